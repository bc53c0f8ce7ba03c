/**
 * Reads the article for the session, with one shortcut: the first read can happen early (while
 * the settings are still on their way) and is reused by the first scan if the page has not
 * changed since. The first real read is timed as `says-who:read`.
 */
import type { ReadArticle, ReadResult } from './contracts.ts';
import { measure } from './timing.ts';

/** The session's reader. */
export interface PageReader {
  /** Reads now and keeps the result for the next `read()`. */
  readEarly(doc: Document): void;
  /** The early result if still valid (same URL, nodes unchanged), else a fresh read. */
  read: ReadArticle;
}

/** Creates the reader over `readArticle` for the page at `win`. */
export function createPageReader(win: Window, readArticle: ReadArticle): PageReader {
  let early: { result: ReadResult | null; url: string } | null = null;
  let measured = false;
  const timed: ReadArticle = (doc) => {
    const start = performance.now();
    const result = readArticle(doc);
    if (!measured) measure('says-who:read', start);
    measured = true;
    return result;
  };
  return {
    readEarly(doc) {
      early = { result: timed(doc), url: win.location.href };
    },
    read(doc) {
      const e = early;
      early = null;
      const fresh = e !== null && e.url === win.location.href && (!e.result || (e.result.article.root.isConnected && !e.result.map.isStale()));
      return fresh ? e.result : timed(doc);
    },
  };
}
