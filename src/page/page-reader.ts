/**
 * Reads the article for the session, in time-boxed slices (a huge page is read over many short
 * tasks), with one shortcut: the first read, and the engine's analysis of it, can start early,
 * while the settings are still on their way (an IPC round trip of 15-50 ms, which would otherwise
 * leave the page's main thread idle). Early work draws nothing and sends nothing: the first scan
 * takes it if the page has not changed since, and a site the settings disable (or on-demand mode)
 * discards it, so its remaining slices never run: a disabled site pays for at most the slices that
 * ran before its settings arrived. The first completed read is timed as `says-who:read` and the
 * first completed early analysis as `says-who:analyze` (wall time, slices and pauses included).
 */
import type { Analysis } from '../core/types.ts';
import type { ReadArticle, ReadResult, ReadSteps } from './contracts.ts';
import type { AnalyzeSteps } from './scan.ts';
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
   * The early analysis of `read` when `read` is the early read just handed out by `read()` (whose
   * `stillWanted` it now obeys too); null otherwise: the scan runs the engine itself. Resolves
   * to null when it was dropped.
   */
  earlyAnalysis(read: ReadResult): Promise<Analysis | null> | null;
  /** Drops the early work (the site turned out disabled): its remaining slices never run. */
  discardEarly(): void;
}

/** Optional parts of the reader. */
export interface ReaderOptions {
  /** The engine, for the early analysis; without it only the read starts early. */
  analyze?: AnalyzeSteps;
  /** Called in the task that finished a read (the session reads the article's tone while styles are fresh). */
  onRead?: (read: ReadResult) => void;
  /** How the early work gives the event loop back between slices (the session lets the settings' reply in). */
  earlyYield?: () => Promise<void>;
}

interface Early {
  /** The slice the early read and then the early analysis run in (one budget per task for both). */
  slice: { start: number };
  result: Promise<ReadResult | null>;
  analysis: Promise<Analysis | null> | null;
  url: string;
  wanted: boolean;
  /** The taking scan's own test, once a scan took the early work. */
  scanWanted: () => boolean;
}

const ignore = (): void => undefined;

/** Creates the reader over `steps` for the page at `win`; reads stop when `signal` aborts. */
export function createPageReader(win: Window, steps: ReadSteps, signal: AbortSignal, opts: ReaderOptions = {}): PageReader {
  let early: Early | null = null;
  let taken: { read: ReadResult; analysis: Promise<Analysis | null> } | null = null;
  let readMeasured = false;
  let analysisMeasured = false;
  const timed = async (doc: Document, stillWanted: () => boolean, early?: Early): Promise<ReadResult | null> => {
    const start = performance.now();
    const result = await runSliced(steps(doc), { signal, stillWanted, ...(early ? { slice: early.slice } : {}), ...(early && opts.earlyYield ? { yieldFn: opts.earlyYield } : {}) });
    if (signal.aborted || !stillWanted()) return result;
    if (!readMeasured) {
      readMeasured = true;
      measure('says-who:read', start);
    }
    if (result) opts.onRead?.(result);
    return result;
  };
  const analyzeEarly = async (e: Early, analyze: AnalyzeSteps): Promise<Analysis | null> => {
    const read = await e.result;
    const wanted = () => e.wanted && e.scanWanted();
    if (!read || read.input.blocks.length === 0 || !wanted()) return null;
    const start = performance.now();
    const analysis = await runSliced(analyze(read.input), { signal, stillWanted: wanted, slice: e.slice, ...(opts.earlyYield ? { yieldFn: opts.earlyYield } : {}) });
    if (analysis && !analysisMeasured && !signal.aborted && wanted()) {
      analysisMeasured = true;
      measure('says-who:analyze', start);
    }
    return analysis;
  };
  return {
    readEarly(doc) {
      const e: Early = { slice: { start: performance.now() }, result: Promise.resolve(null), analysis: null, url: win.location.href, wanted: true, scanWanted: () => true };
      e.result = timed(doc, () => e.wanted, e);
      if (opts.analyze) e.analysis = analyzeEarly(e, opts.analyze);
      // Work nobody takes must not report a failure to the page's console; a scan that takes it still sees it.
      e.result.catch(ignore);
      e.analysis?.catch(ignore);
      early = e;
    },
    discardEarly() {
      if (early) early.wanted = false;
      early = null;
    },
    async read(doc, stillWanted) {
      const e = early;
      early = null;
      taken = null;
      if (e !== null) {
        const result = await e.result;
        if (e.url === win.location.href && (!result || (result.article.root.isConnected && !result.map.isStale()))) {
          if (result && e.analysis) {
            e.scanWanted = stillWanted;
            taken = { read: result, analysis: e.analysis };
          } else e.wanted = false;
          return result;
        }
        e.wanted = false;
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
