import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import type { ArticleInput } from '../../src/core/types.ts';
import { corpusPages, CORPUS_DIR } from './corpus.ts';

/** Engine speed alone, in Node: how much article text `analyze` handles per second. */
export interface EngineFigures {
  available: boolean;
  /** Why the figure is missing (engine or reader not present yet). */
  note?: string;
  pages?: number;
  textBytes?: number;
  mbPerSecond?: number;
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

/** Runs analyze over the corpus' article text for at least `minMs` (whole passes) and reports MB/s. */
export async function engineSpeed(minMs = 1500): Promise<EngineFigures> {
  const core = await optional('../../src/core/index.ts');
  const analyze = core?.analyze as Analyze | undefined;
  if (typeof analyze !== 'function') return { available: false, note: 'src/core/index.ts analyze() not available yet' };
  const inputs = await corpusInputs();
  if (typeof inputs === 'string') return { available: false, note: inputs };
  const bytes = inputs.reduce((n, { input }) => n + input.blocks.reduce((m, b) => m + Buffer.byteLength(b.text), 0), 0);
  for (const { input } of inputs) analyze(input); // warm-up (JIT)
  const perPage = new Map<string, number[]>();
  let passes = 0;
  let total = 0;
  while (total < minMs || passes < 3) {
    for (const { name, input } of inputs) {
      const t = performance.now();
      analyze(input);
      const ms = performance.now() - t;
      total += ms;
      perPage.set(name, [...(perPage.get(name) ?? []), ms]);
    }
    passes++;
  }
  let slowest = { name: '', ms: 0 };
  for (const [name, ms] of perPage) {
    const m = [...ms].sort((a, b) => a - b)[Math.floor(ms.length / 2)] ?? 0;
    if (m > slowest.ms) slowest = { name, ms: m };
  }
  return { available: true, pages: inputs.length, textBytes: bytes, mbPerSecond: (bytes * passes) / 1e6 / (total / 1000), slowestPage: slowest };
}
