/**
 * The whole page path on random, malformed markup: tag soup (unclosed, misnested, scripts,
 * templates, SVG, tables, iframes, hidden and editable regions, stray quotation marks and odd
 * Unicode) around news paragraphs. readArticle must never throw; when it finds an article, the
 * engine's output on it must keep every invariant, every sentence and quotation must map back
 * to a live DOM Range, and nothing inside an editable region or a form control may be read.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyze } from '../../../src/core/index.ts';
import { readArticle } from '../../../src/page/read.ts';
import { load, PARAGRAPHS } from '../article/fixture.ts';
import { violations } from '../../unit/fuzz/invariants.ts';
import { MARKS } from '../../unit/fuzz/arbitraries.ts';

const EDITABLE_SECRET = 'EDITABLESECRET';
const TEXT = fc.oneof(
  fc.constantFrom(...PARAGRAPHS),
  fc.constantFrom(...MARKS),
  fc.constantFrom(' ', '\n', '&nbsp;', '&shy;', '\u200b', '&lt;img src=x&gt;', 'مرحبا', '😀', '“We agree,” she said.', 'Critics say'),
);
const OPEN = fc.constantFrom(
  '<p>', '<div>', '<span>', '<b>', '<i>', '<a href="/x">', '<article>', '<section>', '<blockquote>', '<li>', '<ul>', '<h2>',
  '<table><tr><td>', '<figure><figcaption>', '<script>', '<style>', '<template>', '<svg><text>', '<noscript>',
  '<div hidden>', '<span style="display:none">', '<div aria-hidden="true">', '<pre>', '<textarea>', '<select><option>', '<object>',
  `<div contenteditable="true">${EDITABLE_SECRET} `, `<form><input value="${EDITABLE_SECRET}">`,
);
const CLOSE = fc.constantFrom('</p>', '</div>', '</span>', '</b>', '</a>', '</article>', '</li>', '</table>', '</script>', '</template>', '</svg>', '</form>', '');

/**
 * A body: random open tags, texts and close tags around real paragraphs. The soup comes first
 * inside the article (so it is read), and an unclosed <script> or <textarea> may swallow the rest.
 */
const soup = fc.array(fc.oneof({ weight: 3, arbitrary: TEXT }, { weight: 2, arbitrary: OPEN }, { weight: 2, arbitrary: CLOSE }), { minLength: 5, maxLength: 60 })
  .map((parts) => `<!doctype html><html lang="en"><head><title>Soup</title></head><body><article>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}${parts.join('')}</article></body></html>`);

let articles = 0;

describe('reading random tag soup', () => {
  it('never throws; found articles keep the engine invariants and map back to live ranges; editable text is never read', () => {
    fc.assert(
      fc.property(soup, (html) => {
        const doc = load(html);
        const read = readArticle(doc);
        if (!read) return;
        articles++;
        const a = analyze(read.input);
        expect(violations(read.input, a)).toEqual([]);
        for (const b of read.input.blocks) expect(b.text).not.toContain(EDITABLE_SECRET);
        for (const s of [...a.sentences, ...a.quotes]) {
          const r = read.map.rangeFor(s.block, s.start, s.end);
          expect(r, `no range for ${JSON.stringify(s.text)}`).not.toBeNull();
          expect(r!.startContainer.isConnected).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
    // The property must have looked at articles, not just at pages it rejected.
    expect(articles).toBeGreaterThan(120);
  });
});
