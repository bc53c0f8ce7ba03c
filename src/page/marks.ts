/**
 * Turns claims into DOM Ranges through the text map (the one module that knows DOM offsets).
 * Built as a generator so a page with thousands of sentences is spread over several tasks.
 */
import type { Quote } from '../core/types.ts';
import type { MapLike } from './contracts.ts';
import type { Claim } from './claims.ts';
import type { SourcedLabel } from './names.ts';

/** One quotation's Range and the claim it belongs to (null when it sits in an unmarked sentence). */
export interface QuotationMark {
  quote: Quote;
  range: Range;
  claimId: number | null;
}

/** The words naming a claim's speaker or source (from the engine's reason triggers). */
export interface SourceMark {
  claimId: number;
  label: SourcedLabel;
  range: Range;
}

/** Every Range the highlighter needs for one scan. */
export interface PageMarks {
  /** Sentence Range per claim id; null when the text map could not place it (hidden or changed text). */
  sentences: (Range | null)[];
  /** Per claim id, how many DOM nodes its sentence spans (painting cost); absent: 1 each. */
  weights?: number[];
  quotations: QuotationMark[];
  sources: SourceMark[];
}

/** Which trigger names the source, per label. */
const SOURCE_TRIGGER: Record<SourcedLabel, string> = { quote: 'speaker', attributed: 'source', vague: 'vague' };

/** How many claims to place between checks of the time budget. */
const CHUNK = 16;

/** Builds the Ranges for `claims` and `quotes`, yielding every few claims. */
export function* buildMarks(claims: readonly Claim[], quotes: readonly Quote[], map: Pick<MapLike, 'rangeFor' | 'nodesIn'>): Generator<void, PageMarks> {
  const sentences: (Range | null)[] = [];
  const weights: number[] = [];
  const sources: SourceMark[] = [];
  const owner = new Map<Quote, number>();
  for (const claim of claims) {
    const s = claim.sentence;
    sentences.push(map.rangeFor(s.block, s.start, s.end));
    weights.push(map.nodesIn ? map.nodesIn(s.block, s.start, s.end) : 1);
    const label = claim.label;
    // Every marked label but 'unsourced' names who speaks or who the source is.
    if (label !== 'unsourced') {
      const seen = new Set<string>();
      for (const t of s.reason?.triggers ?? []) {
        // Only words inside the sentence: a speaker named in the previous sentence is not marked here.
        if (t.kind !== SOURCE_TRIGGER[label] || t.start < s.start || t.end > s.end || t.end <= t.start) continue;
        const key = `${t.start}:${t.end}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const range = map.rangeFor(s.block, t.start, t.end);
        if (range) sources.push({ claimId: claim.id, label, range });
      }
    }
    for (const q of claim.quotes) if (!owner.has(q)) owner.set(q, claim.id);
    if (sentences.length % CHUNK === 0) yield;
  }
  const quotations: QuotationMark[] = [];
  for (const quote of quotes) {
    const range = map.rangeFor(quote.block, quote.start, quote.end);
    if (range) quotations.push({ quote, range, claimId: owner.get(quote) ?? null });
    if (quotations.length % CHUNK === 0) yield;
  }
  return { sentences, weights, quotations, sources };
}
