/**
 * The claims of a page: its marked (non-`other`) sentences in page order, each with the
 * quotations inside it. A claim's id is its index in this list, the id the popup and the
 * background use in `scroll-to-claim`, so every context numbers claims the same way.
 */
import type { Analysis, Quote, Sentence } from '../core/types.ts';
import type { MarkLabel } from './names.ts';

/** One marked sentence. */
export interface Claim {
  /** Index among the page's marked sentences, in page order. */
  id: number;
  label: MarkLabel;
  sentence: Sentence;
  /** Quotations that overlap this sentence. */
  quotes: Quote[];
}

function byPosition(a: { block: number; start: number }, b: { block: number; start: number }): number {
  return a.block - b.block || a.start - b.start;
}

/** The marked sentences of an analysis, in page order, with their quotations attached. */
export function claimsOf(analysis: Analysis): Claim[] {
  const sentences = analysis.sentences.filter((s) => s.label !== 'other').sort(byPosition);
  const quotes = [...analysis.quotes].sort(byPosition);
  const claims: Claim[] = [];
  let q = 0;
  for (const sentence of sentences) {
    // Quotes are sorted, so skip the ones that end before this sentence starts.
    while (q < quotes.length && (quotes[q]!.block < sentence.block || (quotes[q]!.block === sentence.block && quotes[q]!.end <= sentence.start))) q++;
    const inside: Quote[] = [];
    for (let i = q; i < quotes.length; i++) {
      const quote = quotes[i]!;
      if (quote.block !== sentence.block || quote.start >= sentence.end) break;
      inside.push(quote);
    }
    claims.push({ id: claims.length, label: sentence.label as MarkLabel, sentence, quotes: inside });
  }
  return claims;
}

/**
 * The claim that contains text position (block, offset), by binary search over claims in page
 * order; null when the position is between or outside marked sentences.
 */
export function claimAt(claims: readonly Claim[], block: number, offset: number): Claim | null {
  let lo = 0;
  let hi = claims.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = claims[mid]!.sentence;
    if (s.block < block || (s.block === block && s.end <= offset)) lo = mid + 1;
    else if (s.block > block || s.start > offset) hi = mid - 1;
    else return claims[mid]!;
  }
  return null;
}
