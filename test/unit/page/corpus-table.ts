/**
 * Prints, per corpus page, what the page layer reads (blocks, characters, first block, timing),
 * so a person can check extraction quality page by page:
 *   npx tsx test/unit/page/corpus-table.ts [name] [--blocks]
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { readArticle } from '../../../src/page/read.ts';

const dir = join(import.meta.dirname, '../../../../shared/corpus/readability');
const only = process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : null;
const showBlocks = process.argv.includes('--blocks');
const files = readdirSync(dir).filter((f) => f.endsWith('.html') && (only === null || f === `${only}.html`));
const cut = (s: string, n: number): string => (s.length > n ? s.slice(0, n - 1) + '…' : s).replace(/\s+/g, ' ');
for (const f of files.sort()) {
  const { document } = parseHTML(readFileSync(join(dir, f), 'utf8'));
  const t0 = performance.now();
  const r = readArticle(document as unknown as Document);
  const ms = performance.now() - t0;
  const name = f.replace(/\.html$/, '').padEnd(18);
  if (r === null) {
    console.log(`${name} null  ${ms.toFixed(1)}ms`);
    continue;
  }
  const blocks = r.map.blocks;
  const chars = blocks.reduce((n, b) => n + b.text.length, 0);
  const kinds = blocks.reduce<Record<string, number>>((acc, b) => ((acc[b.kind] = (acc[b.kind] ?? 0) + 1), acc), {});
  const links = blocks.reduce((n, b) => n + (b.links?.length ?? 0), 0);
  console.log(`${name} ${String(blocks.length).padStart(4)} blk ${String(chars).padStart(6)} ch ${ms.toFixed(1).padStart(6)}ms lang=${r.input.language ?? '-'} links=${links} ${JSON.stringify(kinds)} | ${cut(blocks[0]?.text ?? '', 70)}`);
  if (showBlocks) for (const [i, b] of blocks.entries()) console.log(`   ${String(i).padStart(3)} ${b.kind.padEnd(11)} ${cut(b.text, 150)}`);
}
