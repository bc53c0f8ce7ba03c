import { expect, test } from 'vitest';
import { parseHTML } from 'linkedom';
import { defaultIsHidden, isHiddenByMarkup } from '../../../src/page/visibility.ts';

/** The element with id "x" in a parsed page (linkedom: no styles, no checkVisibility). */
function el(body: string): Element {
  return parseHTML(`<html><body>${body}</body></html>`).document.getElementById('x') as unknown as Element;
}

test.each([
  ['<p id="x">shown</p>', false],
  ['<p id="x" hidden>x</p>', true],
  ['<p id="x" style="color:red; display : none !important">x</p>', true],
  ['<p id="x" style="visibility:hidden">x</p>', true],
  ['<p id="x" style="display:block">x</p>', false],
  ['<p id="x" style="display:nonesuch">x</p>', false],
  ['<div id="x" aria-hidden="true">x</div>', true],
  ['<div id="x" aria-hidden="false">x</div>', false],
  ['<template id="x"><p>x</p></template>', true],
  ['<noscript id="x">x</noscript>', true],
  ['<details><summary id="x">More</summary><p>x</p></details>', false],
  ['<details><p id="x">x</p></details>', true],
  ['<details open><p id="x">x</p></details>', false],
])('%s -> hidden %s', (html, hidden) => {
  expect(isHiddenByMarkup(el(html))).toBe(hidden);
  // Without checkVisibility (parsed documents), the default test is the markup test.
  expect(defaultIsHidden(el(html))).toBe(hidden);
});
