/**
 * On a huge page (thousands of marked sentences) every change to the highlight registry makes
 * the browser revisit every registered Range: measured in Chromium on a generated 1 MB article,
 * registering 21,000 Ranges took a 160-210 ms frame and each scroll frame 25-75 ms. So beyond
 * a limit only the claims around the viewport are registered, and the window moves on scroll.
 * Pages below the limit (every corpus news page) get all their marks at once, as before.
 */
import { lowerBound } from './lower-bound.ts';

/** Most claims registered at once. */
export const MAX_DRAWN = 1500;

/**
 * Most DOM nodes (text nodes, `<br>`s) covered by the registered sentence marks at once. Each
 * registry change makes Chromium 156 rebuild the markers of every marked node and repaint those in
 * view; and while any registered highlight has a text decoration (our underlines) it also
 * recomputes visual overflow across the page's paint layer, a fixed cost set by the page, not by
 * the number of ranges. Measured on the generated 100,000-element page (one `<span>` per word,
 * ~40 nodes a paragraph): that walk is ~30 ms of PrePaint for one underlined range as for 1,500
 * nodes; a window of 1,500 nodes moved by a long scroll costs a 55-70 ms frame, 1,000 nodes the
 * same, 3,000 nodes 65-75 ms, and the least change that marks the view (ONE underlined Range over
 * its paragraphs, page script, no extension) 42-53 ms. 1,500 nodes, a screen and a half of that
 * page, cover the view with room to scroll; news pages (a few nodes a sentence) mark hundreds of
 * sentences within it.
 */
export const MAX_DRAWN_NODES = 1500;

/**
 * Index of the first Range whose box ends below `y` (viewport coordinates), by binary search:
 * article text runs down the page in document order, so the boxes' bottoms are (nearly) sorted.
 */
export function firstBelow(ranges: readonly Range[], y: number): number {
  const below = lowerBound(ranges.length, (mid) => ranges[mid]!.getBoundingClientRect().bottom >= y);
  return Math.min(below, Math.max(0, ranges.length - 1));
}

/** The half-open window of `size` indices out of `total`, centred on `center` and kept in bounds. */
export function windowAround(center: number, total: number, size: number): [number, number] {
  if (total <= size) return [0, total];
  const lo = Math.min(Math.max(0, center - (size >> 1)), total - size);
  return [lo, lo + size];
}

/**
 * windowAround, then narrowed (from the end farther from `center`) until the weights inside add
 * up to at most `maxWeight`: the window of claims whose marks the browser can repaint in one frame.
 */
export function windowByWeight(center: number, weights: readonly number[], size: number, maxWeight: number): [number, number] {
  let [lo, hi] = windowAround(center, weights.length, size);
  let sum = 0;
  for (let i = lo; i < hi; i++) sum += weights[i] ?? 1;
  const c = Math.min(Math.max(center, lo), hi - 1);
  while (sum > maxWeight && hi - lo > 1) {
    if (c - lo > hi - 1 - c) sum -= weights[lo++] ?? 1;
    else sum -= weights[--hi] ?? 1;
  }
  return [lo, hi];
}

/** Total weight of a list (claims without a weight count 1). */
export function totalWeight(weights: readonly number[]): number {
  let sum = 0;
  for (const w of weights) sum += w;
  return sum;
}
