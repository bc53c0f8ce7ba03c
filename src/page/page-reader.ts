/**
 * Reads the article for the session, in time-boxed slices (a huge page is read over many short
 * tasks), with one shortcut: the first read, and the engine's analysis of it, can start early,
 * while the settings are still on their way (an IPC round trip of 15-50 ms). Early work draws
 * nothing: the first scan takes it if the page has not changed since; a site the settings
 * disable (or on-demand mode) discards it, so the read's remaining slices never run, and the
 * engine itself refuses an early request for such a site (see src/messaging/analysis.ts). The
 * first completed read is timed as `says-who:read` (wall time, slices and pauses included).
 */
import type { Analysis } from '../core/types.ts';
import type { Analyze, ReadArticle, ReadResult, ReadSteps } from './contracts.ts';
import { runSliced } from './scheduler.ts';
import { measure } from './timing.ts';

/** The session's reader. */
export interface PageReader {
  /** Starts reading (and analysing, when the reader has an engine) now, and keeps the result for the next `read()`. */
  readEarly(doc: Document): void;
  /**
   * The early result if still valid (same URL, nodes unchanged), else a fresh read. Resolves to
   * null when the page is not an article, or when the read was dropped (`stillWanted()` false).
   */
  read(doc: Document, stillWanted: () => boolean): Promise<ReadResult | null>;
  /**
   * The early analysis of `read` when `read` is the early read just handed out by `read()`; null
   * otherwise (the scan asks the engine itself). Resolves to null when it was refused or dropped.
   */
  earlyAnalysis(read: ReadResult): Promise<Analysis | null> | null;
  /** Drops the early work (the site turned out disabled): the read's remaining slices never run. */
  discardEarly(): void;
}

/** Optional parts of the reader. */
export interface ReaderOptions {
  /** The engine, for the early analysis; without it only the read starts early. */
  analyze?: Analyze;
  /** Called in the task that finished a read (the session reads the article's tone while styles are fresh). */
  onRead?: (read: ReadResult) => void;
  /** How the early read gives the event loop back between slices (the session lets the settings' reply in). */
  earlyYield?: () => Promise<void>;
}

interface Early {
  result: Promise<ReadResult | null>;
  analysis: Promise<Analysis | null> | null;
  /** Aborts the early analysis when nobody takes it. */
  abort: AbortController;
  url: string;
  wanted: boolean;
}

const ignore = (): void => undefined;

/** Creates the reader over `steps` for the page at `win`; reads stop when `signal` aborts. */
export function createPageReader(win: Window, steps: ReadSteps, signal: AbortSignal, opts: ReaderOptions = {}): PageReader {
  let early: Early | null = null;
  let taken: { read: ReadResult; analysis: Promise<Analysis | null> } | null = null;
  let readMeasured = false;
  const drop = (e: Early) => {
    e.wanted = false;
    e.abort.abort();
  };
  const timed = async (doc: Document, stillWanted: () => boolean, yieldFn?: () => Promise<void>): Promise<ReadResult | null> => {
    const start = performance.now();
    const result = await runSliced(steps(doc), { signal, stillWanted, ...(yieldFn ? { yieldFn } : {}) });
    if (signal.aborted || !stillWanted()) return result;
    if (!readMeasured) {
      readMeasured = true;
      measure('says-who:read', start);
    }
    if (result) opts.onRead?.(result);
    return result;
  };
  return {
    readEarly(doc) {
      const abort = new AbortController();
      signal.addEventListener('abort', () => abort.abort(), { once: true, signal: abort.signal });
      const e: Early = { result: Promise.resolve(null), analysis: null, abort, url: win.location.href, wanted: true };
      e.result = timed(doc, () => e.wanted, opts.earlyYield);
      const analyze = opts.analyze;
      if (analyze) e.analysis = e.result.then((read) => (read && read.input.blocks.length > 0 && e.wanted ? analyze(read.input, abort.signal, true) : null));
      // Work nobody takes must not report a failure to the page's console; a scan that takes it still sees it.
      e.result.catch(ignore);
      e.analysis?.catch(ignore);
      early = e;
    },
    discardEarly() {
      if (early) drop(early);
      early = null;
    },
    async read(doc, stillWanted) {
      const e = early;
      early = null;
      taken = null;
      if (e !== null) {
        const result = await e.result;
        if (e.url === win.location.href && (!result || (result.article.root.isConnected && !result.map.isStale()))) {
          if (result && e.analysis) taken = { read: result, analysis: e.analysis };
          else drop(e);
          return result;
        }
        drop(e);
      }
      return timed(doc, stillWanted);
    },
    earlyAnalysis(read) {
      const t = taken;
      taken = null;
      return t !== null && t.read === read ? t.analysis : null;
    },
  };
}

/** readArticle as a single step: for sessions built with a plain reader (test fakes). */
export function oneStep(read: ReadArticle): ReadSteps {
  return function* (doc) {
    return read(doc);
  };
}
