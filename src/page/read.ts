/**
 * The page layer's single entry point: find the article, map its text, and shape the engine's
 * input. The content script and the CLI both call this, so they read pages the same way and
 * their counts agree. The content script takes the same steps spread over several tasks
 * (readArticleSteps), so reading a huge page never blocks it for long.
 */
import type { ArticleInput } from '../core/types.ts';
import { findArticleAndTextsSteps, type FindOptions, type FoundArticle } from './article.ts';
import { buildTextMapSteps, type TextMap } from './text-map.ts';
import { drain } from './drain.ts';

/** What reading a page gives: the article, its text map, and the engine input built from it. */
export interface ReadResult {
  article: FoundArticle;
  map: TextMap;
  input: ArticleInput;
}

/** Reads the article on `doc`; null when the page is not an article. */
export function readArticle(doc: Document, opts?: FindOptions): ReadResult | null {
  return drain(readArticleSteps(doc, opts));
}

/**
 * readArticle as steps: yields every few hundred nodes (scoring pass, block walk) and every few
 * dozen blocks (text map). Run it with scheduler.ts's runSliced under a time budget; the result is
 * readArticle's, provided the page does not change meanwhile (the text map can tell: isStale).
 */
export function* readArticleSteps(doc: Document, opts?: FindOptions): Generator<void, ReadResult | null> {
  const found = yield* findArticleAndTextsSteps(doc, opts);
  if (found === null) return null;
  const { article, texts } = found;
  const map = yield* buildTextMapSteps(article, doc, opts, texts);
  const input: ArticleInput = { blocks: map.blocks };
  if (article.language !== null) input.language = article.language;
  return { article, map, input };
}
