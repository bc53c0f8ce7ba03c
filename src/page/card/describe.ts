/**
 * What the card and the announcement say about one claim: pure text, built from the engine's
 * sentence (label, source, reason), so the wording is testable without a DOM.
 */
import type { Claim } from '../claims.ts';
import { snippetOf } from '../summary.ts';
import { LABEL_WORDS, NO_SOURCE, SOURCE_CAPTION, SOURCE_UNNAMED, UNKNOWN_SPEAKER } from './strings.ts';

/** The card's content, as plain strings (inserted with textContent only). */
export interface CardText {
  title: string;
  /** e.g. "3 of 18" */
  position: string;
  sourceCaption: string;
  source: string;
  reason: string;
}

/** The speaker of a claim: the sentence's source, else the first named speaker of its quotations. */
export function speakerOf(claim: Claim): string | null {
  if (claim.sentence.source) return claim.sentence.source;
  for (const q of claim.quotes) if (q.speaker) return q.speaker;
  return null;
}

/** The card text for a claim that is number `index + 1` of `total` marked claims. */
export function describeClaim(claim: Claim, index: number, total: number): CardText {
  const who = speakerOf(claim);
  return {
    title: LABEL_WORDS[claim.label],
    position: `${index + 1} of ${total}`,
    sourceCaption: SOURCE_CAPTION[claim.label],
    source: who ?? (claim.label === 'quote' ? UNKNOWN_SPEAKER : claim.label === 'unsourced' ? NO_SOURCE : SOURCE_UNNAMED),
    reason: claim.sentence.reason?.text ?? '',
  };
}

/** The aria-live announcement, e.g. `Quote 3 of 18: "We are ready…" said by Volodymyr Zelensky`. */
export function announcement(claim: Claim, index: number, total: number): string {
  const text = describeClaim(claim, index, total);
  const who = speakerOf(claim);
  const by = who ? (claim.label === 'quote' ? `, said by ${who}` : `, source: ${who}`) : '';
  return `${text.title} ${text.position}: ${snippetOf(claim.sentence.text, 100)}${by}`;
}
