/**
 * The content script of the bench's "floor" build: the real page session, reader, highlighter
 * and settings, but an engine that answers at once, in the page, with no sentences. Its time to
 * marks painted is what reading the article, the settings' round trip and one frame cost before
 * any analysis: no engine and no message to the background can make the real build faster than
 * that. Built only by scripts/bench/floor.ts; never shipped.
 */
import type { Analysis } from '../../src/core/types.ts';
import { createSession } from '../../src/page/page-session.ts';
import { browserPlatform } from '../../src/page/platform.ts';
import { readArticle, readArticleSteps } from '../../src/page/read.ts';

const nothing = (): Promise<Analysis> =>
  Promise.resolve({ language: 'en', supported: true, coverage: 'full', sentences: [], quotes: [], counts: { quote: 0, attributed: 0, vague: 0, unsourced: 0, other: 0 } });

try {
  createSession({ win: window, platform: browserPlatform, readArticle: (doc) => readArticle(doc), readSteps: (doc) => readArticleSteps(doc), engine: { analyze: nothing } });
} catch {
  /* as the real entry point: never throw into the page */
}
