/**
 * The one binary search the page layer's sorted lookups share (Ranges down the page, pieces of a
 * block, raw offsets of a text node): hover and the viewport window stay logarithmic on huge pages.
 */

/**
 * The first index in [0, count) at which `reached(i)` is true, or `count` when there is none.
 * `reached` must be false up to some index and true from there on (a sorted list's "at or after").
 */
export function lowerBound(count: number, reached: (index: number) => boolean): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (reached(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
