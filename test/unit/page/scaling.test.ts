/**
 * The page layer must stay linear in the page size: no repeated textContent over nested
 * candidates, no per-element subtree searches, and no stack overflow however deep the page.
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

/** How many elements readArticle asks about (through the hidden test) on `doc`. */
function questions(doc: Document): number {
  let n = 0;
  readArticle(doc, { isHidden: () => (n++, false) });
  return n;
}

test('work grows linearly with the page', () => {
  // 8x the page: linear is 8x the elements asked about, quadratic 64x. (Timings are too noisy on
  // a shared machine to assert; browser-bench.ts measured 8x the page at 6-7x the time in Chromium.)
  const small = bigPage(250);
  const large = bigPage(2000);
  const ratio = questions(large) / questions(small);
  expect(ratio).toBeGreaterThan(7.5);
  expect(ratio).toBeLessThan(8.5);
  expect(readArticle(large)?.map.blocks.length).toBe(4001);
});

test('every paragraph of a big page is read once, comments never', () => {
  const r = readArticle(bigPage(300))!;
  const texts = r.map.blocks.map((b) => b.text);
  expect(texts.filter((t) => t.startsWith('Paragraph ')).length).toBe(300);
  expect(texts.filter((t) => t.startsWith('Second paragraph ')).length).toBe(300);
  expect(texts.some((t) => t.startsWith('Comment') || t.startsWith('Related'))).toBe(false);
});

test('absurdly deep nesting does not overflow the stack', () => {
  const depth = 20_000;
  const { document } = parseHTML('<html><body><h1>Deep</h1><div id="top"></div></body></html>');
  let at = document.getElementById('top')!;
  for (let i = 0; i < depth; i++) at = at.appendChild(document.createElement(i % 2 ? 'div' : 'span'));
  at.textContent = 'Deep text, far down, that nobody reads.';
  const article = document.createElement('article');
  article.innerHTML = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i}: the minister said, on Tuesday, that the rules would take effect in March.</p>`).join('');
  document.body.appendChild(article);
  const r = readArticle(document as unknown as Document);
  expect(r?.map.blocks.filter((b) => b.text.startsWith('Paragraph')).length).toBe(6);
});
