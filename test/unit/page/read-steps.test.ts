/**
 * readArticleSteps is readArticle spread over many small steps (the content script runs it under
 * a time budget so a huge page never blocks the page for long): it must pause often on a big
 * page, never do much between two pauses, and give exactly readArticle's result.
 */
import { expect, test } from 'vitest';
import { parseHTML } from 'linkedom';
import { readArticle, readArticleSteps } from '../../../src/page/read.ts';

function bigPage(paragraphs: number, spansPerParagraph: number): Document {
  const p = (i: number) => `<p>${Array.from({ length: spansPerParagraph }, (_, j) => `<span>word${i}-${j},</span>`).join(' ')} the minister said, on Tuesday.</p>`;
  const nav = Array.from({ length: 2000 }, (_, i) => `<li><a href="/s/${i}">Section ${i}</a></li>`).join('');
  const html = `<html lang="en"><head><title>Big</title></head><body><nav><ul>${nav}</ul></nav><article><h1>Big</h1>${Array.from({ length: paragraphs }, (_, i) => p(i)).join('')}</article></body></html>`;
  return parseHTML(html).document as unknown as Document;
}

/** Runs the steps, counting the elements asked about between two yields (the hidden test sees each). */
function stepped(doc: Document): { result: ReturnType<typeof readArticle>; steps: number; mostPerStep: number } {
  let asked = 0;
  let mostPerStep = 0;
  let steps = 0;
  const gen = readArticleSteps(doc, { isHidden: () => (asked++, false) });
  for (;;) {
    const s = gen.next();
    mostPerStep = Math.max(mostPerStep, asked);
    asked = 0;
    if (s.done) return { result: s.value, steps, mostPerStep };
    steps++;
  }
}

test('on a page of ~40,000 elements the read pauses hundreds of times, after a few hundred elements at most', () => {
  const doc = bigPage(1500, 25);
  const { result, steps, mostPerStep } = stepped(doc);
  expect(result?.map.blocks.length).toBe(1501);
  expect(steps).toBeGreaterThan(200);
  // Between two yields: at most a few hundred elements (one block's inline content may add its own).
  expect(mostPerStep).toBeLessThan(600);
});

test('the stepped read gives readArticle result: same blocks, texts, links and kinds', () => {
  const doc = bigPage(300, 8);
  const once = readArticle(doc)!;
  const { result } = stepped(doc);
  expect(result!.input).toEqual(once.input);
  expect(result!.article.title).toBe(once.article.title);
  expect(result!.article.root).toBe(once.article.root);
  expect(result!.article.blocks.map((b) => b.element)).toEqual(once.article.blocks.map((b) => b.element));
});

test('not an article: the steps end with null too', () => {
  const { document } = parseHTML('<html><body><h1>Shop</h1><p>Buy now.</p></body></html>');
  expect(stepped(document as unknown as Document).result).toBeNull();
});
