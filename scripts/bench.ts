/**
 * `npm run bench`: the extension's cost on real news pages in Chromium (time to marks painted,
 * longest main-thread task during its work, JS heap added), the content-script bundle size, and
 * the engine's speed alone in Node. Medians of several runs (the machine is shared and noisy).
 * Options: --runs N (default 3), --pages a,b (default: every corpus news page), --skip-huge
 * (the generated 1 MB / 100,000-element / 2,000-deep pages), --skip-floor (no floor build, see
 * bench/floor.ts), --json, --engine-only (only the engine's throughput in Node next to
 * compromise's: no browser, no build needed).
 */
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { findChromium, startServer, writeHugePages } from '../test/e2e/harness/index.ts';
import { WithExtension, WithoutExtension, type ExtensionSample } from './bench/browser.ts';
import { contentScriptSize } from './bench/bundle.ts';
import { buildFloorExtension } from './bench/floor.ts';
import { newsPages } from './bench/corpus.ts';
import { engineSpeedInChild, formatEngine } from './bench/engine.ts';
import { formatReport, summarise, TARGETS, type BenchReport, type PageResult } from './bench/report.ts';
import { median } from './bench/stats.ts';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' }, pages: { type: 'string' },
    json: { type: 'boolean', default: false }, 'skip-huge': { type: 'boolean', default: false },
    'engine-only': { type: 'boolean', default: false }, 'skip-floor': { type: 'boolean', default: false },
  },
});

if (values['engine-only']) {
  const engine = engineSpeedInChild();
  console.log(values.json ? JSON.stringify(engine, null, 2) : formatEngine(engine));
  process.exit(0);
}
const runs = Math.max(1, Number.parseInt(values.runs, 10) || 3);
const wanted = values.pages?.split(',').map((s) => s.trim());
const pages = newsPages().filter((p) => !wanted || wanted.includes(p.name));
const log = (msg: string) => {
  if (!values.json) process.stderr.write(`${msg}\n`);
};

try {
  findChromium();
} catch (err) {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
}

const hugeDir = await mkdtemp(join(tmpdir(), 'says-who-huge-'));
const huge: string[] = values['skip-huge'] ? [] : Object.values(await writeHugePages(hugeDir));
const server = await startServer({ roots: { '/generated/': hugeDir } });
const ext = await WithExtension.start();
// The floor build, loaded in turn with the real one on the news pages (see bench/floor.ts).
const floorBuild = values['skip-floor'] ? null : await buildFloorExtension();
const floor = floorBuild ? await WithExtension.start(floorBuild.dir) : null;
const plain = await WithoutExtension.start();
const browserVersion = await ext.version();

/** Medians of `runs` loads of one page, with and without the extension. */
async function measure(name: string, htmlBytes: number, url: string, marksTimeoutMs: number, withFloor: boolean): Promise<PageResult> {
  const samples: ExtensionSample[] = [];
  const baseline: number[] = [];
  const floorPainted: number[] = [];
  for (let i = 0; i < runs; i++) {
    samples.push(await ext.sample(url, marksTimeoutMs));
    baseline.push(await plain.heap(url));
    // Sampled as the real build is (under a trace), so the two figures compare.
    if (withFloor && floor) floorPainted.push((await floor.sample(url, marksTimeoutMs)).paintedMs);
  }
  const m = (k: keyof ExtensionSample) => median(samples.map((s) => s[k]));
  const r: PageResult = {
    name, htmlBytes, runs,
    paintedMs: m('paintedMs'), readMs: m('readMs'), analyzeMs: m('analyzeMs'), settingsMs: m('settingsMs'),
    longestTaskMs: m('longestTaskMs'), longestTaskCpuMs: m('longestTaskCpuMs'), mainThreadMs: m('mainThreadMs'), overlapTaskMs: m('overlapTaskMs'),
    heapAddedMB: (m('heapBytes') - median(baseline)) / (1024 * 1024),
    marks: m('marks'),
    ...(floorPainted.length ? { floorPaintedMs: median(floorPainted) } : {}),
  };
  log(`${name}: ${Number.isFinite(r.paintedMs) ? `${r.paintedMs.toFixed(1)} ms` : 'no marks'}`);
  return r;
}

const results: PageResult[] = [];
const hugeResults: PageResult[] = [];
const coldPainted: number[] = [];
try {
  for (const p of pages) results.push(await measure(p.name, p.bytes, `${server.origin}/shared/corpus/readability/${p.name}.html`, 10_000, true));
  // The same pages once more, each with the background's worker stopped first (as after idling).
  for (const p of pages) coldPainted.push(await ext.coldWorkerPainted(`${server.origin}/shared/corpus/readability/${p.name}.html`));
  log(`with the worker stopped first: median ${median(coldPainted).toFixed(1)} ms`);
  for (const file of huge) {
    const { size } = await stat(join(hugeDir, file));
    hugeResults.push(await measure(file.replace(/\.html$/, ''), size, `${server.origin}/generated/${file}`, 30_000, false));
  }
} finally {
  await ext.close().catch(() => undefined);
  await floor?.close().catch(() => undefined);
  await floorBuild?.remove();
  await plain.close();
  await server.close();
  await rm(hugeDir, { recursive: true, force: true });
}

log('engine alone in Node…');
const report: BenchReport = {
  date: new Date().toISOString(),
  chromium: `${browserVersion} (${findChromium()})`,
  pages: results,
  huge: hugeResults,
  summary: summarise(results),
  coldWorker: { medianPaintedMs: median(coldPainted), maxPaintedMs: Math.max(...coldPainted.filter(Number.isFinite)) },
  bundle: contentScriptSize(),
  engine: engineSpeedInChild(),
  targets: TARGETS,
  errors: ext.errors(),
};
console.log(values.json ? JSON.stringify(report, null, 2) : formatReport(report));
