/**
 * One scan of the page: read the article, have the engine (the background's) label it, place the
 * marks' Ranges in time-boxed slices. Each step checks `stillWanted()` so a scan overtaken by a
 * newer one (new content, a navigation, a stop) drops its results instead of drawing stale marks.
 */
import type { Analysis } from '../core/types.ts';
import type { Analyze, ReadResult } from './contracts.ts';
import { claimsOf, type Claim } from './claims.ts';
import { buildMarks, type PageMarks } from './marks.ts';
import { runSliced } from './scheduler.ts';
import { measure as record } from './timing.ts';

/** Everything one finished scan produced. */
export interface ScanResult {
  read: ReadResult;
  analysis: Analysis;
  claims: Claim[];
  marks: PageMarks;
}

/** What a scan needs. */
export interface ScanContext {
  doc: Document;
  /** Reads the article (in slices); null when there is none or the read was dropped. */
  readArticle: (doc: Document, stillWanted: () => boolean) => Promise<ReadResult | null>;
  analyze: Analyze;
  signal: AbortSignal;
  stillWanted: () => boolean;
  /**
   * The engine's analysis of `read` made ahead of the scan (the session's early work), or null:
   * then the scan asks the engine itself.
   */
  earlyAnalysis?: (read: ReadResult) => Promise<Analysis | null> | null;
  /** Called once the article is read, before the engine's result is used (the session picks the marks' colours then). */
  onRead?: (read: ReadResult) => void;
  /** Record the `says-who:analyze` and `says-who:ranges` measures (the first scan only). */
  measure: boolean;
}

function measure(name: string, start: number, on: boolean): void {
  if (on) record(name, start);
}

/** Runs one scan; 'no-article' when the page has none, null when dropped (stale or stopped). */
export async function scanPage(ctx: ScanContext): Promise<ScanResult | 'no-article' | null> {
  const wanted = () => !ctx.signal.aborted && ctx.stillWanted();
  const read = await ctx.readArticle(ctx.doc, ctx.stillWanted);
  if (!wanted()) return null;
  if (!read || read.input.blocks.length === 0) return 'no-article';
  ctx.onRead?.(read);
  const analyzeStart = performance.now();
  const early = ctx.earlyAnalysis?.(read) ?? null;
  let analysis = early ? await early : null;
  if (!analysis && wanted()) analysis = await ctx.analyze(read.input, ctx.signal);
  if (!analysis || !wanted()) return null;
  // The wait for the engine from the end of the read (or from when this scan took the early work).
  measure('says-who:analyze', analyzeStart, ctx.measure);
  const claims = claimsOf(analysis);
  const rangesStart = performance.now();
  const marks = await runSliced(buildMarks(claims, analysis.quotes, read.map), { signal: ctx.signal, stillWanted: ctx.stillWanted });
  measure('says-who:ranges', rangesStart, ctx.measure);
  if (!marks || !wanted()) return null;
  return { read, analysis, claims, marks };
}
