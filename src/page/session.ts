/**
 * The content script's entry point: starts one page session with the real article reader, the
 * background's engine (over a port) and the browser runtime. Wrapped so that nothing, ever, is thrown into the page.
 */
import { createSession, type Session } from './page-session.ts';
import { browserPlatform, connectToBackground } from './platform.ts';
import { createRemoteEngine } from './remote-engine.ts';
import { readArticle, readArticleSteps } from './read.ts';

/** Starts the page session; returns it (or null if it could not start). Never throws. */
export function startSession(): Session | null {
  try {
    return createSession({ win: window, platform: browserPlatform, readArticle: (doc) => readArticle(doc), readSteps: (doc) => readArticleSteps(doc), engine: createRemoteEngine(connectToBackground) });
  } catch {
    return null;
  }
}
