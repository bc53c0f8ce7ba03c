/**
 * The page layer must stay linear in the page size: no repeated textContent over nested
 * candidates, no per-element subtree searches. Doubling a generated page may not much more than
 * double the time (a quadratic pass would quadruple it).
 */
import { expect, test } from 'vitest';
import { parseHTML } from 'linkedom';
import { readArticle } from '../../../src/page/read.ts';

/** A page with `n` sections of nested wrappers, teaser rails, comments and long paragraphs. */
function bigPage(n: number): Document {
  const section = (i: number): string =>
    `<div class="wrap"><div class="inner"><div class="rail related"><a href="/r${i}">Related ${i}</a></div>` +
    `<p>Paragraph ${i}: the minister said, on Tuesday, that the rules would take effect in March, and critics disagreed.</p>` +
    `<p>Second paragraph ${i}, with <a href="https://x.org/${i}">a link</a>, <em>emphasis</em> and a <br>line break.</p></div></div>`;
  const body = Array.from({ length: n }, (_, i) => section(i)).join('');
  const comments = Array.from({ length: n / 4 }, (_, i) => `<div class="comment"><p>Comment ${i}, I disagree with this, strongly.</p></div>`).join('');
  const html = `<html lang="en"><head><title>Rules</title></head><body><h1>Rules</h1><article>${body}</article><section class="comments">${comments}</section></body></html>`;
  return parseHTML(html).document as unknown as Document;
}

/** Best of three timings of readArticle on `doc`. */
function time(doc: Document): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    const r = readArticle(doc);
    best = Math.min(best, performance.now() - t);
    expect(r?.map.blocks.length).toBeGreaterThan(100);
  }
  return best;
}

test('time grows linearly with the page', () => {
  const small = bigPage(400);
  const large = bigPage(1600);
  time(small); // warm up the JIT
  const ratio = time(large) / time(small);
  // 4x the page: linear is about 4x, quadratic about 16x. Allow for noise on a shared machine.
  expect(ratio).toBeLessThan(9);
});

test('every paragraph of a big page is read once, comments never', () => {
  const r = readArticle(bigPage(300))!;
  const texts = r.map.blocks.map((b) => b.text);
  expect(texts.filter((t) => t.startsWith('Paragraph ')).length).toBe(300);
  expect(texts.filter((t) => t.startsWith('Second paragraph ')).length).toBe(300);
  expect(texts.some((t) => t.startsWith('Comment') || t.startsWith('Related'))).toBe(false);
});
