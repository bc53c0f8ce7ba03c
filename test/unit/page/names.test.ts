import { describe, expect, test } from 'vitest';
import { parseHTML } from 'linkedom';
import { elementNameFlags, NAME_CHROME, NAME_HIDDEN, nameTokens } from '../../../src/page/article/names.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isChrome, isChromeText, isHiddenHelper, isPruned } from '../../../src/page/article/classify.ts';

test.each([
  ['MostRead__list', ['most', 'read', 'list']],
  ['article-body', ['article', 'body']],
  ['css-1xdhyk6 ', ['css', '1xdhyk6']],
  ['post-11469382', ['post']],
])('nameTokens(%s)', (name, tokens) => expect(nameTokens(name)).toEqual(tokens));

/** Flags of a <div> with the given class. */
function flagsOf(cls: string): number {
  const { document } = parseHTML(`<div class="${cls}"></div>`);
  return elementNameFlags(document.querySelector('div') as unknown as Element);
}

describe('names that mark chrome', () => {
  test.each([
    ['comments', true],
    ['article-comments', true],
    ['MostRead__list', true],
    ['most-popular-container', true],
    ['share-bar', true],
    ['newsletter-signup', true],
    ['storytimestamp', true],
    ['article-tags', true],
    ['post-meta', true],
    ['byline', true],
    ['has-comments', false],
    ['with-sidebar', false],
    ['tag-amazon', false],
    ['category-business', false],
    ['article-body-commercial-selector', false],
    ['story-body', false],
    ['header', false],
    ['shadow', false],
    ['loaded', false],
  ])('%s -> %s', (cls, chrome) => expect((flagsOf(cls) & NAME_CHROME) !== 0).toBe(chrome));
});

test.each([
  ['sr-only', true],
  ['visually-hidden', true],
  ['screen-reader-text', true],
  ['image-credit', true],
  ['caption', false],
])('hidden helper name %s -> %s', (cls, hidden) => expect((flagsOf(cls) & NAME_HIDDEN) !== 0).toBe(hidden));

describe('isChrome', () => {
  const el = (html: string): Element => parseHTML(`<html><body>${html}</body></html>`).document.body.firstElementChild as unknown as Element;
  test.each([
    ['<nav><a>x</a></nav>', true],
    ['<aside>x</aside>', true],
    ['<div role="navigation">x</div>', true],
    ['<div contenteditable="true">x</div>', true],
    ['<div contenteditable="false">x</div>', false],
    ['<div class="comments">x</div>', true],
    ['<div class="i-nav_drawer">x<article><h1>T</h1></article></div>', false],
    ['<span class="comments">x</span>', false],
    ['<section itemprop="articleBody" class="share">x</section>', false],
    ['<main class="sidebar-layout">x</main>', false],
  ])('%s -> %s', (html, chrome) => expect(isChrome(el(html))).toBe(chrome));
});

test.each([
  ['Advertisement', true],
  ['Read more: How the rules were written', true],
  ['By Jane Smith', true],
  ['By Jane Smith and Tom Jones | Reuters', true],
  ['Foto: LA NACION', true],
  ['(Bild: Hersteller)', true],
  ['0', true],
  ['EXCLUSIVE', true],
  ['Map: Flow of foreign fighters to Syria', true],
  ['Gallery: Xbox One X screenshots | 9 Photos', true],
  ['US', false],
  ['Kenya trip', false],
  ['Updated 3:45 PM ET', true],
  ['By the time the vote came, the minister had left.', false],
  ['Time or political will?', false],
  ['The report said unemployment fell.', false],
])('isChromeText(%s) -> %s', (text, chrome) => expect(isChromeText(text)).toBe(chrome));

test.each(['guardian-1', 'nytimes-3', 'msn', 'seattletimes-1'])('isPruned agrees with isChrome || isHiddenHelper on every element of %s', (name) => {
  const html = readFileSync(join(import.meta.dirname, `../../../../shared/corpus/readability/${name}.html`), 'utf8');
  const { document } = parseHTML(html);
  let pruned = 0;
  for (const e of Array.from(document.querySelectorAll('*')) as unknown as Element[]) {
    if (e.localName === 'html' || e.localName === 'body') continue;
    const p = isPruned(e);
    expect(p, e.outerHTML.slice(0, 120)).toBe(isChrome(e) || isHiddenHelper(e));
    if (p) pruned++;
  }
  expect(pruned).toBeGreaterThan(5);
});
