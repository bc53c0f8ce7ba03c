import type { BundleSize } from './bundle.ts';
import type { EngineFigures } from './engine.ts';
import { max, median } from './stats.ts';

/** The performance targets, printed beside the figures (the bench never fails on them). */
export const TARGETS = {
  medianPaintedMs: 20,
  maxPaintedMs: 60,
  maxTaskMs: 50,
  largestPageHeapMB: 10,
  bundleKB: 60,
} as const;

/** Medians over the runs of one page. */
export interface PageResult {
  name: string;
  htmlBytes: number;
  runs: number;
  paintedMs: number;
  readMs: number;
  analyzeMs: number;
  /** When the settings arrived, ms after start. */
  settingsMs: number;
  longestTaskMs: number;
  longestTaskCpuMs: number;
  mainThreadMs: number;
  overlapTaskMs: number;
  heapAddedMB: number;
  marks: number;
  /** Time to marks painted with the floor build (an engine that answers at once, in the page); absent with --skip-floor and on stress pages. */
  floorPaintedMs?: number;
}

/** Everything `npm run bench` measured; also what `--json` prints. */
export interface BenchReport {
  date: string;
  chromium: string;
  pages: PageResult[];
  /** Generated stress pages (1 MB article, 100,000 elements, 2,000-deep nesting); not in the medians. */
  huge: PageResult[];
  summary: {
    medianPaintedMs: number;
    maxPaintedMs: number;
    maxTaskMs: number;
    maxTaskCpuMs: number;
    medianMainThreadMs: number;
    largestPage: string;
    largestPageHeapMB: number;
    pagesWithoutMarks: string[];
    /** Median and slowest of the pages' floor-build medians (NaN without the floor build). */
    medianFloorMs: number;
    maxFloorMs: number;
  };
  /** Time to marks with the background's worker stopped before each load (one load per page). */
  coldWorker: { medianPaintedMs: number; maxPaintedMs: number };
  bundle: BundleSize;
  engine: EngineFigures;
  targets: typeof TARGETS;
  errors: string[];
}

/** Builds the summary lines from the per-page medians. */
export function summarise(pages: PageResult[]): BenchReport['summary'] {
  const painted = pages.map((p) => p.paintedMs);
  const floor = pages.map((p) => p.floorPaintedMs ?? Number.NaN).filter(Number.isFinite);
  const largest = [...pages].sort((a, b) => b.htmlBytes - a.htmlBytes)[0];
  return {
    medianPaintedMs: median(painted),
    maxPaintedMs: max(painted),
    maxTaskMs: max(pages.map((p) => p.longestTaskMs)),
    maxTaskCpuMs: max(pages.map((p) => p.longestTaskCpuMs)),
    medianMainThreadMs: median(pages.map((p) => p.mainThreadMs)),
    largestPage: largest?.name ?? '',
    largestPageHeapMB: largest?.heapAddedMB ?? Number.NaN,
    pagesWithoutMarks: pages.filter((p) => !Number.isFinite(p.paintedMs)).map((p) => p.name),
    medianFloorMs: median(floor),
    maxFloorMs: max(floor),
  };
}

const f = (x: number, d = 1): string => (Number.isFinite(x) ? x.toFixed(d) : '–');
const verdict = (x: number, ok: boolean): string => (!Number.isFinite(x) ? 'n/a' : ok ? 'ok' : 'OVER');
/** Verdict for a figure that must reach a floor (throughput, ratio). */
const atLeast = (x: number, floor: number): string => (!Number.isFinite(x) ? 'n/a' : x >= floor ? 'ok' : 'BELOW');

/** A fixed-width table of per-page medians. */
function table(pages: PageResult[]): string[] {
  const head = ['page', 'html kB', 'painted ms', 'settings at', 'read ms', 'analyze ms', 'main thread ms', 'longest task ms', '(cpu)', 'overlap ms', 'heap +MB', 'marks'];
  const rows = pages.map((p) => [p.name, f(p.htmlBytes / 1024, 0), f(p.paintedMs), f(p.settingsMs), f(p.readMs), f(p.analyzeMs), f(p.mainThreadMs), f(p.longestTaskMs), f(p.longestTaskCpuMs), f(p.overlapTaskMs, 0), f(p.heapAddedMB, 2), String(p.marks)]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(head), ...rows.map(line)];
}

/** The human-readable report: a table per page, then figures against targets. */
export function formatReport(r: BenchReport): string {
  const s = r.summary;
  const t = r.targets;
  const kb = r.bundle.minifiedBytes / 1024;
  const out = [
    `Says Who bench, ${r.date}, ${r.chromium}; medians of ${r.pages[0]?.runs ?? 0} runs per page`,
    '',
    ...table(r.pages),
    ...(r.huge.length ? ['', 'generated stress pages (not in the medians):', ...table(r.huge)] : []),
    '',
    `median time to marks painted   ${f(s.medianPaintedMs)} ms   (target <= ${t.medianPaintedMs} ms: ${verdict(s.medianPaintedMs, s.medianPaintedMs <= t.medianPaintedMs)})`,
    `slowest page                   ${f(s.maxPaintedMs)} ms   (target <= ${t.maxPaintedMs} ms: ${verdict(s.maxPaintedMs, s.maxPaintedMs <= t.maxPaintedMs)})`,
    `  with the worker asleep        ${f(r.coldWorker.medianPaintedMs)} ms median, ${f(r.coldWorker.maxPaintedMs)} ms slowest (the background's worker stopped before each load, as after idling)`,
    ...(Number.isFinite(s.medianFloorMs)
      ? [`  floor: no engine, no messages ${f(s.medianFloorMs)} ms median, ${f(s.maxFloorMs)} ms slowest (the same session with an engine that answers at once in the page, loaded in turn with the real build and measured the same way: reading the article, the settings' round trip and one frame)`]
      : []),
    `longest task it caused         ${f(s.maxTaskMs)} ms wall, ${f(s.maxTaskCpuMs)} ms cpu (target <= ${t.maxTaskMs} ms: ${verdict(s.maxTaskMs, s.maxTaskMs <= t.maxTaskMs)})`,
    `median main-thread time        ${f(s.medianMainThreadMs)} ms   (start to marks painted)`,
    `heap added on largest page     ${f(s.largestPageHeapMB, 2)} MB (${s.largestPage}; target < ${t.largestPageHeapMB} MB: ${verdict(s.largestPageHeapMB, s.largestPageHeapMB < t.largestPageHeapMB)})`,
    ...(r.huge.length ? [`stress pages: longest task     ${f(max(r.huge.map((p) => p.longestTaskMs)))} ms, most heap ${f(max(r.huge.map((p) => p.heapAddedMB)), 2)} MB (target <= ${t.maxTaskMs} ms)`] : []),
    `content script                 ${f(kb)} kB minified, ${f(r.bundle.gzipBytes / 1024)} kB gzip (target < ${t.bundleKB} kB: ${verdict(kb, kb < t.bundleKB)})`,
    r.engine.available
      ? `engine alone (Node)            ${f(r.engine.mbPerSecond ?? Number.NaN, 2)} MB/s as shipped (vite-minified src/core) over ${r.engine.pages} pages' article text (${f((r.engine.textBytes ?? 0) / 1024, 0)} kB); slowest page ${r.engine.slowestPage?.name} ${f(r.engine.slowestPage?.ms ?? Number.NaN)} ms`
      : `engine alone (Node)            not measured: ${r.engine.note ?? ''}`,
    ...(r.engine.ratio !== undefined
      ? [`compromise (same text, Node)   ${f(r.engine.compromiseMbPerSecond ?? Number.NaN, 3)} MB/s sentences + quotations; engine/compromise ${f(r.engine.ratio, 1)}x (targets >= 10 MB/s: ${atLeast(r.engine.mbPerSecond ?? Number.NaN, 10)}, >= 50x: ${atLeast(r.engine.ratio, 50)}; CPU time, medians)`]
      : []),
  ];
  if (s.pagesWithoutMarks.length) out.push(`no marks painted on: ${s.pagesWithoutMarks.join(', ')}`);
  if (r.errors.length) out.push(`extension errors: ${r.errors.join(' | ')}`);
  out.push('"settings at": when the settings arrived, ms after start (the read and the analysis run meanwhile; nothing is drawn before). "analyze": the wait for the background\'s engine once the article is read (the analysis itself runs in the background, off the page\'s thread).');
  out.push('"main thread": the extension\'s tasks up to marks painted and "longest task": its longest task, both from a Chrome trace (tasks running its code, or inside its work window running no page script); "overlap": longest long task of any cause overlapping its work (upper bound).');
  return out.join('\n');
}
