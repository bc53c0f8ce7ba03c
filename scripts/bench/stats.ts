/** Median of a list (NaN when empty): the bench's summary statistic on a noisy shared machine. */
export function median(xs: readonly number[]): number {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Largest finite value (NaN when none). */
export function max(xs: readonly number[]): number {
  const s = xs.filter((x) => Number.isFinite(x));
  return s.length ? Math.max(...s) : Number.NaN;
}
