/**
 * Turns an analysis into what the popup and the badge need (PageSummary's claims, speakers and
 * counts). Pure, so the popup's lists and the page's numbering can be tested without a browser.
 */
import type { Analysis } from '../core/types.ts';
import type { ClaimSummary, Counts, SpeakerSummary } from '../messaging/schemas.ts';
import type { Claim } from './claims.ts';

/** Longest snippet sent to the popup, in UTF-16 code units including the ellipsis. */
export const SNIPPET_MAX = 140;

/** A sentence shortened for a list: whitespace collapsed, cut at a word boundary with an ellipsis. */
export function snippetOf(text: string, max = SNIPPET_MAX): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  const head = space > max * 0.6 ? cut.slice(0, space) : cut;
  // Never leave half of a surrogate pair at the end.
  const safe = /[\uD800-\uDBFF]$/.test(head) ? head.slice(0, -1) : head;
  return `${safe.trimEnd()}…`;
}

/**
 * Most claims listed per label. A huge page has tens of thousands: the list, its snippets and the
 * message carrying them would make long tasks here and in the background. The popup says how
 * many more there are (counts minus listed); the page's numbering (claim ids) is unchanged.
 */
export const LISTED_CLAIMS_PER_LABEL = 125;
/** Most speakers listed, and claim ids per speaker (the popup steps through them). */
export const LISTED_SPEAKERS = 100;
export const LISTED_IDS_PER_SPEAKER = 500;

/** The first `LISTED_CLAIMS_PER_LABEL` claims of each label, in page order. */
function listed(claims: readonly Claim[]): Claim[] {
  const seen: Record<string, number> = {};
  const out: Claim[] = [];
  for (const c of claims) {
    const n = seen[c.label] ?? 0;
    if (n >= LISTED_CLAIMS_PER_LABEL) continue;
    seen[c.label] = n + 1;
    out.push(c);
  }
  return out;
}

/** The summary parts that depend only on the analysis. */
export interface SummaryParts {
  language: string;
  counts: Counts;
  claims: ClaimSummary[];
  speakers: SpeakerSummary[];
}

/** Builds the claims list (capped per label) and the speaker table: speakers by number of quotations, most first. */
export function summarize(analysis: Analysis, claims: readonly Claim[]): SummaryParts {
  const speakers = new Map<string, { name: string; quotes: number; claimIds: number[]; ids: Set<number>; first: number }>();
  const quoteClaim = new Map<object, number>();
  for (const claim of claims) for (const q of claim.quotes) if (!quoteClaim.has(q)) quoteClaim.set(q, claim.id);
  analysis.quotes.forEach((quote, index) => {
    if (!quote.speaker) return;
    const entry = speakers.get(quote.speaker) ?? { name: quote.speaker, quotes: 0, claimIds: [], ids: new Set<number>(), first: index };
    entry.quotes += 1;
    const id = quoteClaim.get(quote);
    // A Set, not claimIds.includes: a page with thousands of quotations by one speaker stays linear.
    if (id !== undefined && !entry.ids.has(id) && entry.claimIds.length < LISTED_IDS_PER_SPEAKER) {
      entry.ids.add(id);
      entry.claimIds.push(id);
    }
    speakers.set(quote.speaker, entry);
  });
  const speakerList = [...speakers.values()]
    .sort((a, b) => b.quotes - a.quotes || a.first - b.first)
    .slice(0, LISTED_SPEAKERS)
    .map(({ name, quotes, claimIds }) => ({ name, quotes, claimIds: claimIds.sort((a, b) => a - b) }));
  return {
    language: analysis.language,
    counts: { ...analysis.counts },
    claims: listed(claims).map((c) => ({ id: c.id, label: c.label, snippet: snippetOf(c.sentence.text), source: c.sentence.source })),
    speakers: speakerList,
  };
}
