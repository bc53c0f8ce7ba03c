/**
 * The popup's one-line sourcing summary: "18 of 47 claims name a source; 5 rely on vague
 * sources; 9 have none". Definitions (documented here because the numbers must add up):
 * - claims: every sentence that is not `other` (quote + attributed + vague + unsourced);
 * - name a source: `attributed`, plus `quote` sentences whose speaker is known;
 * - vague: `vague`;
 * - none: `unsourced`, plus quotations nobody is said to have said (speaker unknown).
 * So named + vague + none = claims. The unknown-speaker quotes are counted from the claims list.
 */
import type { PageSummary } from '../messaging/schemas.ts';

/** The three parts of the sourcing line and their total. */
export interface Sourcing {
  total: number;
  named: number;
  vague: number;
  none: number;
}

/** Computes the sourcing line's numbers from a page summary. */
export function sourcingOf(summary: Pick<PageSummary, 'counts' | 'claims'>): Sourcing {
  const { quote, attributed, vague, unsourced } = summary.counts;
  const unknownQuotes = Math.min(quote, summary.claims.filter((c) => c.label === 'quote' && c.source === null).length);
  return {
    total: quote + attributed + vague + unsourced,
    named: attributed + quote - unknownQuotes,
    vague,
    none: unsourced + unknownQuotes,
  };
}
