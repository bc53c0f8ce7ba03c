/**
 * Times readArticle (findArticle + buildTextMap) in headless Chromium on every corpus page, and
 * compares what the browser reads with what linkedom (the CLI) reads, block by block:
 *   npx tsx test/unit/page/browser-bench.ts [name] [--js]
 * Pages are served from 127.0.0.1 with their own scripts disabled (--js: enabled, as in the
 * end-to-end tests) and every outside request blocked; the page layer is bundled with esbuild and injected. "cold" is the first call in a
 * fresh page (what the content script pays: its code is not optimised yet), best of 3 loads;
 * "warm" the median of 7 further calls; "walk" a cold plain walk over every node, the floor any
 * DOM reader pays (the machine's load shows in it too).
 */
import { readFileSync, readdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { parseHTML } from 'linkedom';
import { readArticle } from '../../../src/page/read.ts';
import { startServer } from '../../e2e/harness/server.ts';
import { findChromium } from '../../e2e/harness/chromium-path.ts';

const root = join(import.meta.dirname, '../../..');
const corpus = join(root, '../shared/corpus/readability');
const only = process.argv.slice(2).find((a) => !a.startsWith('--'));
const pageScripts = process.argv.includes('--js');
const names = readdirSync(corpus)
  .filter((f) => f.endsWith('.html'))
  .map((f) => f.replace(/\.html$/, ''))
  .filter((n) => !only || n === only)
  .sort();

const bundle = await build({
  stdin: { contents: "import { readArticle } from './src/page/read.ts'; (globalThis as any).__swRead = readArticle;", resolveDir: root, loader: 'ts' },
  bundle: true,
  format: 'iife',
  write: false,
  minify: true,
});
const code = bundle.outputFiles[0]!.text;
console.log(`page-layer bundle: ${(code.length / 1024).toFixed(1)} kB minified`);

/** A cold plain walk over every node, as a string so the test runner's transforms don't touch it. */
const FLOOR = `globalThis.__swFloor = function () {
  var t = performance.now();
  function walk(n) { var s = n.nodeType === 3 ? n.data.length : 0; for (var c = n.firstChild; c !== null; c = c.nextSibling) s += walk(c); return s; }
  walk(document.documentElement);
  return performance.now() - t;
};`;

const server = await startServer();
const home = mkdtempSync(join(tmpdir(), 'sw-bench-'));
const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'], env: { ...process.env, HOME: home } });
const context = await browser.newContext({ javaScriptEnabled: pageScripts, viewport: { width: 1280, height: 800 } });
await context.route('**/*', (route) => (route.request().url().startsWith(server.origin) ? route.continue() : route.abort()));

interface Row { name: string; cold: number; warm: number; floor: number; blocks: number; chars: number; texts: string[] }
const rows: Row[] = [];
const LOADS = 3;
for (const name of names) {
  let best: Row | null = null;
  for (let load = 0; load < LOADS; load++) {
  const page = await context.newPage();
  page.on('pageerror', () => undefined);
  await page.goto(`${server.origin}/shared/corpus/readability/${name}.html`, { waitUntil: 'load' });
  // Page scripts are off; evaluate() still runs, so the bundle is evaluated the same way.
  await page.evaluate(code);
  await page.evaluate(FLOOR);
  const r = await page.evaluate(() => {
    const read = (globalThis as unknown as { __swRead: (d: Document) => { map: { blocks: { text: string }[] } } | null }).__swRead;
    // Floor: one cold recursive walk over every node, summing text lengths (what any DOM reader pays).
    const floor = (globalThis as unknown as { __swFloor: () => number }).__swFloor();
    const t0 = performance.now();
    const first = read(document);
    const cold = performance.now() - t0;
    const times: number[] = [];
    for (let i = 0; i < 7; i++) {
      const t = performance.now();
      read(document);
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    const texts = first?.map.blocks.map((b) => b.text) ?? [];
    return { cold, warm: times[3]!, floor, texts };
  });
  const row = { name, cold: r.cold, warm: r.warm, floor: r.floor, blocks: r.texts.length, chars: r.texts.reduce((n, t) => n + t.length, 0), texts: r.texts };
  if (best === null || row.cold < best.cold) best = row;
  await page.close();
  }
  rows.push(best!);
}
await browser.close();
await server.close();
rmSync(home, { recursive: true, force: true });

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
console.log('page               blocks  chars   cold ms  warm ms  walk ms  linkedom-diff');
for (const row of rows) {
  const doc = parseHTML(readFileSync(join(corpus, `${row.name}.html`), 'utf8')).document as unknown as Document;
  const cli = readArticle(doc)?.map.blocks.map((b) => b.text) ?? [];
  const missing = cli.filter((t) => !row.texts.includes(t));
  const extra = row.texts.filter((t) => !cli.includes(t));
  const diff = missing.length + extra.length === 0 ? 'same' : `-${missing.length} +${extra.length} ${JSON.stringify((missing[0] ?? extra[0] ?? '').slice(0, 50))}`;
  console.log(`${row.name.padEnd(18)} ${String(row.blocks).padStart(5)} ${String(row.chars).padStart(6)} ${row.cold.toFixed(1).padStart(9)} ${row.warm.toFixed(1).padStart(8)} ${row.floor.toFixed(1).padStart(8)}  ${diff}`);
}
console.log(`median cold ${median(rows.map((r) => r.cold)).toFixed(1)} ms, median warm ${median(rows.map((r) => r.warm)).toFixed(1)} ms, median plain walk ${median(rows.map((r) => r.floor)).toFixed(1)} ms, max cold ${Math.max(...rows.map((r) => r.cold)).toFixed(1)} ms`);
