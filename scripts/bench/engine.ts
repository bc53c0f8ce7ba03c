import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import type { ArticleInput } from '../../src/core/types.ts';
import { corpusPages, CORPUS_DIR } from './corpus.ts';

/** Engine speed alone, in Node: how much article text `analyze` handles per second, next to compromise's. */
export interface EngineFigures {
  available: boolean;
  /** Why the figure is missing (engine or reader not present yet). */
  note?: string;
  pages?: number;
  textBytes?: number;
  /** Median pass over all pages, CPU time. */
  mbPerSecond?: number;
  /** Engine passes measured. */
  passes?: number;
  /** compromise doing sentences + quotations on the same text (median pass, CPU time). */
  compromiseMbPerSecond?: number;
  compromisePasses?: number;
  /** mbPerSecond / compromiseMbPerSecond. */
  ratio?: number;
  /** Slowest single page (ms, median of the passes). */
  slowestPage?: { name: string; ms: number };
}

type Analyze = (input: ArticleInput) => unknown;
type Reader = (doc: Document, opts?: { isHidden?: (el: Element) => boolean }) => { input: ArticleInput } | null;

/** Loads a module that may not exist yet (the engine lands in parallel); null when absent. */
async function optional(path: string): Promise<Record<string, unknown> | null> {
  try {
    return (await import(/* @vite-ignore */ path)) as Record<string, unknown>;
  } catch {
    return null;
  }
}

/** Article inputs for every corpus page, read as the CLI reads them (linkedom + src/page/read.ts). */
async function corpusInputs(): Promise<{ name: string; input: ArticleInput }[] | string> {
  const read = await optional('../../src/page/read.ts');
  const visibility = await optional('../../src/page/visibility.ts');
  const readArticle = read?.readArticle as Reader | undefined;
  if (typeof readArticle !== 'function') return 'src/page/read.ts readArticle not available';
  const isHidden = visibility?.isHiddenByMarkup as ((el: Element) => boolean) | undefined;
  const out: { name: string; input: ArticleInput }[] = [];
  for (const p of corpusPages()) {
    const { document } = parseHTML(readFileSync(join(CORPUS_DIR, `${p.name}.html`), 'utf8'));
    const r = readArticle(document as unknown as Document, isHidden ? { isHidden } : undefined);
    if (r) out.push({ name: p.name, input: r.input });
  }
  return out;
}

/** CPU time (user + system, ms) of `fn`: steadier than wall time on a shared, noisy machine. */
function cpuMs(fn: () => void): number {
  const c0 = process.cpuUsage();
  fn();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

/**
 * compromise (a common JS NLP library, a devDependency used only here) doing the two jobs the
 * engine's own first passes do: sentences and quotations, page by page on the same article text.
 * The yardstick the "≥ 50× compromise" target is measured against; null when not installed.
 */
async function compromiseRunner(): Promise<((text: string) => void) | null> {
  const mod = await optional('compromise');
  const nlp = mod?.default as ((text: string) => { sentences(): { length: number }; quotations(): { length: number } }) | undefined;
  if (typeof nlp !== 'function') return null;
  return (text) => {
    const doc = nlp(text);
    if (doc.sentences().length < 0 || doc.quotations().length < 0) throw new Error('unreachable');
  };
}

/**
 * The engine as the extension ships it: src/core built by vite (the extension's bundler) into a
 * minified ES module in a temp folder, then imported. Not src/core through tsx: tsx's transform
 * keeps function names by wrapping every function, closures in hot loops included, in a
 * `__name()` call, which made the source measure 20-25% slower than the code that runs in the page.
 */
async function shippedEngine(): Promise<Record<string, unknown> | null> {
  const out = mkdtempSync(join(tmpdir(), 'says-who-engine-'));
  try {
    const { build } = await import('vite');
    await build({
      configFile: false,
      logLevel: 'silent',
      publicDir: false,
      build: { outDir: out, emptyOutDir: true, minify: true, target: 'es2022', lib: { entry: resolve('src/core/index.ts'), formats: ['es'], fileName: () => 'core.js' } },
    });
    return (await import(pathToFileURL(join(out, 'core.js')).href)) as Record<string, unknown>;
  } catch {
    return null;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/**
 * Runs analyze over the corpus' article text in whole passes (at least 3, for at least `minMs` of
 * CPU) and reports the median pass as MB/s; then compromise over the same text (`compromiseRuns`
 * passes, median) and the ratio. CPU time, not wall time: the machine is shared.
 */
export async function engineSpeed(minMs = 1500, compromiseRuns = 3): Promise<EngineFigures> {
  const core = await shippedEngine();
  const analyze = core?.analyze as Analyze | undefined;
  if (typeof analyze !== 'function') return { available: false, note: 'could not build src/core with vite, or it has no analyze()' };
  const inputs = await corpusInputs();
  if (typeof inputs === 'string') return { available: false, note: inputs };
  const bytes = inputs.reduce((n, { input }) => n + input.blocks.reduce((m, b) => m + Buffer.byteLength(b.text), 0), 0);
  // Warm-up: a few passes, so the optimising JIT has compiled the hot paths before the clock runs.
  for (let w = 0; w < 10; w++) for (const { input } of inputs) analyze(input);
  const perPage = new Map<string, number[]>();
  const passes: number[] = [];
  let total = 0;
  while (total < minMs || passes.length < 3) {
    let pass = 0;
    for (const { name, input } of inputs) {
      const ms = cpuMs(() => analyze(input));
      pass += ms;
      perPage.set(name, [...(perPage.get(name) ?? []), ms]);
    }
    passes.push(pass);
    total += pass;
  }
  let slowest = { name: '', ms: 0 };
  for (const [name, ms] of perPage) {
    const m = median(ms);
    if (m > slowest.ms) slowest = { name, ms: m };
  }
  const mbPerSecond = bytes / 1e6 / (median(passes) / 1000);
  const figures: EngineFigures = { available: true, pages: inputs.length, textBytes: bytes, mbPerSecond, passes: passes.length, slowestPage: slowest };
  const run = await compromiseRunner();
  if (!run) return { ...figures, note: 'compromise not installed: no comparison' };
  const texts = inputs.map(({ input }) => input.blocks.map((b) => b.text).join('\n\n'));
  run(texts[0] ?? ''); // warm-up
  const cPasses: number[] = [];
  for (let r = 0; r < compromiseRuns; r++) cPasses.push(cpuMs(() => { for (const t of texts) run(t); }));
  const compromiseMbPerSecond = bytes / 1e6 / (median(cPasses) / 1000);
  return { ...figures, compromiseMbPerSecond, compromisePasses: cPasses.length, ratio: mbPerSecond / compromiseMbPerSecond };
}

/** Runs scripts/bench/engine-main.ts in a fresh Node process (through tsx) and returns its figures. */
export function engineSpeedInChild(): EngineFigures {
  try {
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/bench/engine-main.ts'], { encoding: 'utf8', maxBuffer: 1 << 20 });
    return JSON.parse(out.trim().split('\n').pop() ?? '{}') as EngineFigures;
  } catch (error) {
    return { available: false, note: `engine measurement failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}` };
  }
}

/** The engine figures alone, for `npm run bench -- --engine-only` (the full report prints them with the browser figures). */
export function formatEngine(e: EngineFigures): string {
  if (!e.available) return `engine alone (Node): not measured: ${e.note ?? ''}`;
  const lines = [
    `engine alone (Node)  ${(e.mbPerSecond ?? Number.NaN).toFixed(2)} MB/s (as shipped: vite-minified build of src/core; median of ${e.passes} passes, CPU time) over ${e.pages} pages' article text (${((e.textBytes ?? 0) / 1024).toFixed(0)} kB); slowest page ${e.slowestPage?.name} ${(e.slowestPage?.ms ?? Number.NaN).toFixed(2)} ms`,
  ];
  if (e.ratio !== undefined) lines.push(`compromise (same text) ${(e.compromiseMbPerSecond ?? Number.NaN).toFixed(3)} MB/s (median of ${e.compromisePasses}); engine/compromise ${e.ratio.toFixed(1)}x`);
  else if (e.note) lines.push(e.note);
  return lines.join('\n');
}
