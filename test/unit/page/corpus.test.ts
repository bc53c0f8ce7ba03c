/**
 * The page layer on real pages, parsed with linkedom as the CLI does: the seed article gives
 * exactly its headline, body paragraphs and captions; every news page gives a headline and real
 * body paragraphs free of boilerplate; the non-news pages give nothing or little.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseHTML } from 'linkedom';
import { readArticle, type ReadResult } from '../../../src/page/read.ts';

const shared = join(import.meta.dirname, '../../../../shared');
const corpus = join(shared, 'corpus/readability');
const NOT_NEWS = ['wikipedia', 'mozilla-1', 'ietf-1'];
const pages = readdirSync(corpus)
  .filter((f) => f.endsWith('.html'))
  .map((f) => f.replace(/\.html$/, ''))
  .sort();

function parse(file: string): Document {
  return parseHTML(readFileSync(file, 'utf8')).document as unknown as Document;
}

/** Strings that only page furniture contains. */
const BOILERPLATE = [
  /all rights reserved/i, /^advertisement$/i, /sign up for/i, /subscribe to our/i, /share on (?:facebook|twitter)/i,
  /^share this/i, /^most (?:read|popular)$/i, /^related (?:stories|articles|content)/i, /follow us on/i, /^read more\b/i,
  /^comments? \(\d+\)/i, /privacy policy/i, /terms of (?:use|service)/i, /cookie policy/i, /^©/, /skip to (?:main )?content/i,
  /^by [A-Z][a-z]+ [A-Z][a-z]+$/, /^updated \d/i, /^published \d/i, /you may also like/i,
];

/** A block that reads as a sentence or more of prose. */
const isProse = (text: string): boolean => text.length >= 60 && /[.!?…]/.test(text);
const BODY_KINDS = new Set(['paragraph', 'quote-block']);

function checkInvariants(r: ReadResult): void {
  expect(r.article.blocks.length).toBe(r.map.blocks.length);
  r.map.blocks.forEach((b, i) => {
    expect(b.text.length).toBeGreaterThan(0);
    expect(b.text).toBe(b.text.trim());
    expect(b.text).not.toMatch(/ {2}|\n |\n\n| \n/);
    expect(b.kind).toBe(r.article.blocks[i]!.kind);
    expect(r.article.root.contains(r.article.blocks[i]!.element)).toBe(true);
    for (const l of b.links ?? []) {
      expect(0 <= l.start && l.start < l.end && l.end <= b.text.length).toBe(true);
      expect(l.href).toMatch(/^https?:\/\//);
    }
  });
}

describe('seed article', () => {
  const file = join(shared, 'examples/seed-article.html');
  const r = readArticle(parse(file))!;

  test('exactly the headline, the body paragraphs and the captions, in order', () => {
    // Independent expectation from the page's own structure: h1, body <p> (not the byline), figcaptions.
    const doc = parse(file);
    const expected = Array.from(doc.querySelectorAll('article > h1, article > p:not(.byline), article figcaption')).map((e) =>
      (e.textContent ?? '').replace(/\s+/g, ' ').trim(),
    );
    expect(r.map.blocks.map((b) => b.text)).toEqual(expected);
    expect(r.map.blocks[0]!.kind).toBe('heading');
    expect(r.map.blocks.filter((b) => b.kind === 'caption')).toHaveLength(4);
    expect(r.input.language).toBe('en');
  });

  test('every labelled sentence is in the text; comments, "Most read", byline and footer are not', () => {
    const labels = JSON.parse(readFileSync(join(shared, 'examples/seed-article.labels.json'), 'utf8')) as { sentences: { text: string }[] };
    const all = r.map.blocks.map((b) => b.text).join('\n');
    for (const s of labels.sentences) expect(all).toContain(s.text);
    for (const absent of ['reader_42', 'Sources please', 'Comments (2)', 'Most read', 'We will not back down', 'Ten things', 'All rights reserved', 'Privacy · Terms', 'Staff Reporter', 'Sport']) {
      expect(all).not.toContain(absent);
    }
  });

  test('invariants', () => checkInvariants(r));
});

describe('corpus pages (linkedom)', () => {
  test('the corpus is there', () => expect(pages.length).toBe(30));

  const results = new Map<string, { r: ReadResult | null; ms: number }>();
  for (const name of pages) {
    const doc = parse(join(corpus, `${name}.html`));
    const t0 = performance.now();
    const r = readArticle(doc);
    results.set(name, { r, ms: performance.now() - t0 });
  }

  test.each(pages.filter((p) => !NOT_NEWS.includes(p)))('%s: headline and at least 5 body paragraphs without boilerplate', (name) => {
    const { r } = results.get(name)!;
    expect(r).not.toBeNull();
    const blocks = r!.map.blocks;
    expect(blocks[0]!.kind).toBe('heading');
    expect(r!.article.title.length).toBeGreaterThan(5);
    expect(blocks.filter((b) => BODY_KINDS.has(b.kind) && isProse(b.text)).length).toBeGreaterThanOrEqual(5);
    for (const b of blocks) for (const re of BOILERPLATE) expect(b.text, `${name}: "${b.text.slice(0, 80)}"`).not.toMatch(re);
    checkInvariants(r!);
  });

  test.each(NOT_NEWS)('%s: not an article, or little text', (name) => {
    const { r } = results.get(name)!;
    const chars = r === null ? 0 : r.map.blocks.reduce((n, b) => n + b.text.length, 0);
    expect(chars).toBeLessThan(1500);
  });

  test('per-page table (read it: blocks, characters, first block)', () => {
    const rows = pages.map((name) => {
      const { r, ms } = results.get(name)!;
      if (r === null) return `${name.padEnd(18)} null ${ms.toFixed(1).padStart(6)} ms`;
      const chars = r.map.blocks.reduce((n, b) => n + b.text.length, 0);
      return `${name.padEnd(18)} ${String(r.map.blocks.length).padStart(4)} blocks ${String(chars).padStart(6)} chars ${ms.toFixed(1).padStart(6)} ms | ${r.map.blocks[0]?.text.slice(0, 60)}`;
    });
    console.log(rows.join('\n'));
    expect(rows).toHaveLength(30);
  });
});
