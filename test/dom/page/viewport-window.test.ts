import { beforeEach, describe, expect, test } from 'vitest';
import { createHighlighter } from '../../../src/page/highlighter.ts';
import type { Claim } from '../../../src/page/claims.ts';
import type { PageMarks } from '../../../src/page/marks.ts';
import { highlightName, LABEL_HIGHLIGHT, type MarkKind } from '../../../src/page/names.ts';
import { firstBelow, MAX_DRAWN, MAX_DRAWN_NODES, windowAround, windowByWeight } from '../../../src/page/viewport-window.ts';
import { installHighlightApi, type FakeHighlight } from './fakes.ts';

const LINE = 20;
let scrollY = 0;

/** A Range whose box sits at line `i` of a long page scrolled by `scrollY`. */
function rangeAt(i: number): Range {
  const r = document.createRange();
  r.getBoundingClientRect = () => ({ top: i * LINE - scrollY, bottom: i * LINE + LINE - scrollY, left: 0, right: 100, width: 100, height: LINE, x: 0, y: 0, toJSON: () => ({}) }) as DOMRect;
  return r;
}

function hugePage(n: number): { claims: Claim[]; marks: PageMarks } {
  const claims: Claim[] = [];
  const marks: PageMarks = { sentences: [], quotations: [], sources: [] };
  for (let i = 0; i < n; i++) {
    const label = i % 10 === 0 ? 'quote' : 'unsourced';
    claims.push({ id: i, label, sentence: { block: i, start: 0, end: 10, text: `Sentence ${i}.`, label, source: null }, quotes: [] });
    marks.sentences.push(rangeAt(i));
    if (label === 'quote') {
      marks.quotations.push({ quote: { block: i, start: 1, end: 5, text: 'q', speaker: 'X' }, range: rangeAt(i), claimId: i });
      marks.sources.push({ claimId: i, label: 'quote', range: rangeAt(i) });
    }
  }
  return { claims, marks };
}

const ALL = { quote: true, attributed: true, vague: true, unsourced: true };
const size = (reg: Map<string, FakeHighlight>, name: string) => reg.get(name)?.size ?? 0;
/** The name a huge page's marks take: the flat style, without underlines. */
const flat = (kind: MarkKind) => highlightName(kind, 'default', 'light', true);

describe('viewport window on huge pages', () => {
  let registry: Map<string, FakeHighlight>;
  beforeEach(() => {
    registry = installHighlightApi();
    scrollY = 0;
  });

  test('windowAround stays in bounds', () => {
    expect(windowAround(10, 100, 1000)).toEqual([0, 100]);
    expect(windowAround(10, 5000, 1000)).toEqual([0, 1000]);
    expect(windowAround(4990, 5000, 1000)).toEqual([4000, 5000]);
    expect(windowAround(2500, 5000, 1000)).toEqual([2000, 3000]);
  });

  test('firstBelow finds the range at a viewport height', () => {
    const ranges = Array.from({ length: 100 }, (_, i) => rangeAt(i));
    expect(firstBelow(ranges, 405)).toBe(20);
    scrollY = 1000;
    expect(firstBelow(ranges, 405)).toBe(70);
  });

  test('a page under the limit gets every mark', () => {
    const { claims, marks } = hugePage(MAX_DRAWN);
    createHighlighter(window, new AbortController().signal)!.show(claims, marks, ALL);
    expect(size(registry, LABEL_HIGHLIGHT.unsourced) + size(registry, LABEL_HIGHLIGHT.quote)).toBe(MAX_DRAWN);
  });

  test('a huge page registers a window around the viewport, which follows the scroll', () => {
    const n = 6000;
    const { claims, marks } = hugePage(n);
    const h = createHighlighter(window, new AbortController().signal)!;
    h.show(claims, marks, ALL);
    const drawn = () => size(registry, flat('unsourced')) + size(registry, flat('quote'));
    const has = (i: number) => registry.get(i % 10 === 0 ? flat('quote') : flat('unsourced'))!.has(marks.sentences[i]!);
    expect(drawn()).toBe(MAX_DRAWN);
    expect(has(0)).toBe(true);
    expect(has(MAX_DRAWN + 10)).toBe(false);
    // Quotations and speakers only for the claims in the window.
    expect(size(registry, flat('quotation'))).toBe(MAX_DRAWN / 10);
    expect(size(registry, flat('speaker'))).toBe(MAX_DRAWN / 10);
    // A small scroll keeps the window; a long one moves it to the new viewport.
    scrollY = 100 * LINE;
    h.reframe();
    expect(has(0)).toBe(true);
    scrollY = 3000 * LINE;
    h.reframe();
    expect(drawn()).toBe(MAX_DRAWN);
    expect(has(0)).toBe(false);
    expect(has(3010)).toBe(true);
    // Centred on the sentence at mid-viewport (line 3000 + half the window's height).
    const middle = 3000 + Math.floor(window.innerHeight / 2 / LINE);
    expect(has(middle - MAX_DRAWN / 2)).toBe(true);
    expect(has(middle - MAX_DRAWN / 2 - 1)).toBe(false);
    expect(has(middle + MAX_DRAWN / 2 - 1)).toBe(true);
  });

  test('windowByWeight narrows the window, from the end farther from the centre, until its nodes fit', () => {
    const ones = Array.from({ length: 5000 }, () => 1);
    expect(windowByWeight(2500, ones, 1000, 100_000)).toEqual(windowAround(2500, 5000, 1000));
    const heavy = Array.from({ length: 5000 }, () => 40);
    const [lo, hi] = windowByWeight(2500, heavy, 1000, 4000);
    expect(hi - lo).toBe(100);
    expect(lo).toBeLessThanOrEqual(2500);
    expect(hi).toBeGreaterThan(2500);
    expect(Math.abs(2500 - lo - (hi - 1 - 2500))).toBeLessThanOrEqual(1);
    expect(windowByWeight(0, heavy, 1000, 4000)).toEqual([0, 100]);
    // One claim heavier than the budget is still drawn alone.
    expect(windowByWeight(3, [1, 1, 1, 99_999, 1], 10, 50)).toEqual([3, 4]);
  });

  test('sentences spanning many nodes (one element per word) get a window bounded by nodes, not claims', () => {
    const { claims, marks } = hugePage(1000);
    marks.weights = claims.map(() => 40);
    const h = createHighlighter(window, new AbortController().signal)!;
    h.show(claims, marks, ALL, 'top');
    const drawn = size(registry, flat('unsourced')) + size(registry, flat('quote'));
    expect(drawn).toBe(Math.floor(MAX_DRAWN_NODES / 40));
    expect(registry.get(flat('quote'))!.has(marks.sentences[0]!)).toBe(true);
    // Scrolled far down: the window moves there.
    scrollY = 800 * LINE;
    h.reframe();
    expect(registry.get(flat('quote'))!.has(marks.sentences[0]!)).toBe(false);
    expect(registry.get(flat('quote'))!.has(marks.sentences[810]!)).toBe(true);
  });

  test('a huge page is drawn in the flat style, a page under the limit in the plain one, and a filter never switches it', () => {
    const small = hugePage(MAX_DRAWN);
    const h = createHighlighter(window, new AbortController().signal)!;
    h.show(small.claims, small.marks, ALL);
    expect(size(registry, LABEL_HIGHLIGHT.quote)).toBe(MAX_DRAWN / 10);
    expect(size(registry, flat('quote'))).toBe(0);
    // The page grows past the limit (infinite scroll): the marks move to the flat names.
    const big = hugePage(MAX_DRAWN + 500);
    h.show(big.claims, big.marks, ALL);
    expect(size(registry, LABEL_HIGHLIGHT.quote)).toBe(0);
    expect(size(registry, flat('quote'))).toBeGreaterThan(0);
    expect([...registry.keys()].filter((n) => n.startsWith('says-who-') && !n.includes('-flat-'))).toEqual([]);
    // Showing only quotations leaves far fewer marks than the limit, but the page is as big as before.
    h.show(big.claims, big.marks, { quote: true, attributed: false, vague: false, unsourced: false });
    expect(size(registry, flat('quote'))).toBe((MAX_DRAWN + 500) / 10);
    expect(size(registry, LABEL_HIGHLIGHT.quote)).toBe(0);
  });
});
