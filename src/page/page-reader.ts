/**
 * Reads the article for the session, in time-boxed slices (a huge page is read over many short
 * tasks), with one shortcut: the first read can start early (while the settings are still on
 * their way) and is reused by the first scan if the page has not changed since. The first
 * completed read is timed as `says-who:read` (wall time, slices and pauses included).
 */
import type { ReadArticle, ReadResult, ReadSteps } from './contracts.ts';
import { runSliced } from './scheduler.ts';
import { measure } from './timing.ts';

/** The session's reader. */
export interface PageReader {
  /** Starts reading now and keeps the result for the next `read()`. */
  readEarly(doc: Document): void;
  /**
   * The early result if still valid (same URL, nodes unchanged), else a fresh read. Resolves to
   * null when the page is not an article, or when the read was dropped (`stillWanted()` false).
   */
  read(doc: Document, stillWanted: () => boolean): Promise<ReadResult | null>;
  /** Drops the early read (the site turned out disabled): its remaining slices never run. */
  discardEarly(): void;
}

/** Creates the reader over `steps` for the page at `win`; reads stop when `signal` aborts. */
export function createPageReader(win: Window, steps: ReadSteps, signal: AbortSignal): PageReader {
  let early: { result: Promise<ReadResult | null>; url: string; wanted: boolean } | null = null;
  let measured = false;
  const timed = async (doc: Document, stillWanted: () => boolean): Promise<ReadResult | null> => {
    const start = performance.now();
    const result = await runSliced(steps(doc), { signal, stillWanted });
    if (!measured && !signal.aborted && stillWanted()) {
      measured = true;
      measure('says-who:read', start);
    }
    return result;
  };
  return {
    readEarly(doc) {
      const e: NonNullable<typeof early> = { result: Promise.resolve(null), url: win.location.href, wanted: true };
      e.result = timed(doc, () => e.wanted);
      early = e;
    },
    discardEarly() {
      if (early) early.wanted = false;
      early = null;
    },
    async read(doc, stillWanted) {
      const e = early;
      early = null;
      if (e !== null) {
        const result = await e.result;
        if (e.url === win.location.href && (!result || (result.article.root.isConnected && !result.map.isStale()))) return result;
      }
      return timed(doc, stillWanted);
    },
  };
}

/** readArticle as a single step: for sessions built with a plain reader (test fakes). */
export function oneStep(read: ReadArticle): ReadSteps {
  return function* (doc) {
    return read(doc);
  };
}
