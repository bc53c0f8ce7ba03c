/**
 * On a huge page (thousands of marked sentences) every change to the highlight registry makes
 * the browser revisit every registered Range: measured in Chromium on a generated 1 MB article,
 * registering 21,000 Ranges took a 160-210 ms frame and each scroll frame 25-75 ms. So beyond
 * a limit only the claims around the viewport are registered, and the window moves on scroll.
 * Pages below the limit (every corpus news page) get all their marks at once, as before.
 */

/** Most claims registered at once. */
export const MAX_DRAWN = 1500;

/**
 * Index of the first Range whose box ends below `y` (viewport coordinates), by binary search:
 * article text runs down the page in document order, so the boxes' bottoms are (nearly) sorted.
 */
export function firstBelow(ranges: readonly Range[], y: number): number {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid]!.getBoundingClientRect().bottom < y) lo = mid + 1;
    else hi = mid;
  }
  return Math.min(lo, Math.max(0, ranges.length - 1));
}

/** The half-open window of `size` indices out of `total`, centred on `center` and kept in bounds. */
export function windowAround(center: number, total: number, size: number): [number, number] {
  if (total <= size) return [0, total];
  const lo = Math.min(Math.max(0, center - (size >> 1)), total - size);
  return [lo, lo + size];
}
