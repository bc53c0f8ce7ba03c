/**
 * Turns claims into DOM Ranges through the text map (the one module that knows DOM offsets).
 * Built as a generator so a page with thousands of sentences is spread over several tasks.
 */
import type { Quote } from '../core/types.ts';
import type { MapLike } from './contracts.ts';
import type { Claim } from './claims.ts';

/** One quotation's Range and the claim it belongs to (null when it sits in an unmarked sentence). */
export interface QuotationMark {
  quote: Quote;
  range: Range;
  claimId: number | null;
}

/** Every Range the highlighter needs for one scan. */
export interface PageMarks {
  /** Sentence Range per claim id; null when the text map could not place it (hidden or changed text). */
  sentences: (Range | null)[];
  quotations: QuotationMark[];
}

/** How many claims to place between checks of the time budget. */
const CHUNK = 16;

/** Builds the Ranges for `claims` and `quotes`, yielding every few claims. */
export function* buildMarks(claims: readonly Claim[], quotes: readonly Quote[], map: Pick<MapLike, 'rangeFor'>): Generator<void, PageMarks> {
  const sentences: (Range | null)[] = [];
  const owner = new Map<Quote, number>();
  for (const claim of claims) {
    const s = claim.sentence;
    sentences.push(map.rangeFor(s.block, s.start, s.end));
    for (const q of claim.quotes) if (!owner.has(q)) owner.set(q, claim.id);
    if (sentences.length % CHUNK === 0) yield;
  }
  const quotations: QuotationMark[] = [];
  for (const quote of quotes) {
    const range = map.rangeFor(quote.block, quote.start, quote.end);
    if (range) quotations.push({ quote, range, claimId: owner.get(quote) ?? null });
    if (quotations.length % CHUNK === 0) yield;
  }
  return { sentences, quotations };
}
