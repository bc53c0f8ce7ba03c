/**
 * Invariants over every PolNeAR text and every corpus page (read through src/page/read.ts):
 * offsets in bounds, stored texts equal their slices, sentences tile each block, quotations and
 * reason triggers sit inside their block.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyze, type ArticleInput } from '../../../src/core/index.ts';
import { readArticle } from '../../../src/page/read.ts';
import { isHiddenByMarkup } from '../../../src/page/visibility.ts';
import { plainTextBlocks } from '../../../src/cli/plain-text.ts';

const SHARED = join(process.cwd(), '..', 'shared', 'corpus');

/** Returns a list of broken invariants (empty when all hold). */
function check(input: ArticleInput): string[] {
  const problems: string[] = [];
  const a = analyze(input);
  const byBlock = new Map<number, { start: number; end: number }[]>();
  for (const s of a.sentences) {
    const block = input.blocks[s.block];
    if (!block) { problems.push(`sentence in missing block ${s.block}`); continue; }
    if (s.start < 0 || s.end > block.text.length || s.start >= s.end) problems.push(`sentence offsets out of bounds: ${s.start}-${s.end}`);
    if (block.text.slice(s.start, s.end) !== s.text) problems.push(`sentence text differs from its slice: ${s.text.slice(0, 40)}`);
    if (s.text !== s.text.trim()) problems.push(`sentence with edge whitespace: ${JSON.stringify(s.text.slice(0, 40))}`);
    for (const t of s.reason?.triggers ?? []) {
      if (block.text.slice(t.start, t.end) !== t.text) problems.push(`trigger differs from its slice: ${t.text}`);
    }
    const list = byBlock.get(s.block) ?? [];
    list.push(s);
    byBlock.set(s.block, list);
  }
  input.blocks.forEach((block, b) => {
    const list = byBlock.get(b) ?? [];
    let covered = 0;
    let last = 0;
    for (const s of list) {
      if (s.start < last) problems.push(`sentences overlap in block ${b}`);
      if (/\S/.test(block.text.slice(last, s.start))) problems.push(`text between sentences in block ${b}`);
      covered += block.text.slice(s.start, s.end).replace(/\s/g, '').length;
      last = s.end;
    }
    if (/\S/.test(block.text.slice(last))) problems.push(`text after the last sentence in block ${b}`);
    if (covered !== block.text.replace(/\s/g, '').length) problems.push(`sentences do not tile block ${b}`);
  });
  for (const q of a.quotes) {
    const block = input.blocks[q.block];
    if (!block) { problems.push(`quote in missing block ${q.block}`); continue; }
    if (q.start < 0 || q.end > block.text.length || q.start >= q.end) problems.push(`quote offsets out of bounds`);
    if (block.text.slice(q.start, q.end) !== q.text) problems.push(`quote text differs from its slice: ${q.text.slice(0, 40)}`);
  }
  return problems;
}

describe('invariants on every PolNeAR text', () => {
  const dir = join(SHARED, 'polnear-train', 'text');
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  it('has the corpus', () => expect(files.length).toBeGreaterThan(800));
  it('holds for all texts', () => {
    const failures: string[] = [];
    for (const f of files) {
      const plain = plainTextBlocks(readFileSync(join(dir, f), 'utf8'));
      for (const p of check({ blocks: plain.blocks, language: 'en' })) failures.push(`${f}: ${p}`);
    }
    expect(failures.slice(0, 20)).toEqual([]);
  }, 120_000);
});

describe('invariants on every corpus page, read as the extension reads it', () => {
  const dir = join(SHARED, 'readability');
  const pages = readdirSync(dir).filter((f) => f.endsWith('.html')).sort();
  it.each(pages)('%s', (page) => {
    const { document } = parseHTML(readFileSync(join(dir, page), 'utf8'));
    const read = readArticle(document as unknown as Document, { isHidden: isHiddenByMarkup });
    if (!read) return; // not an article: nothing to check
    expect(check(read.input)).toEqual([]);
  }, 60_000);
});
