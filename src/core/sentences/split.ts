/**
 * Splits a block into sentences that tile it: every non-whitespace character belongs to exactly
 * one sentence, and no sentence starts or ends with whitespace. Runs the passes in order:
 * candidates -> abbreviations -> continuation -> line breaks -> trim.
 */
import type { BlockKind } from '../types.ts';
import { findCandidates } from './candidates.ts';
import { isAbbreviationStop } from './abbreviations.ts';
import { continuesAfter } from './continuation.ts';
import { lineBreakEnds } from './line-breaks.ts';
import { isSpace } from '../text/chars.ts';

/** A sentence's half-open range in its block. */
export interface Span { start: number; end: number }

export function splitSentences(text: string, kind: BlockKind): Span[] {
  const ends: number[] = [];
  for (const c of findCandidates(text)) {
    if (isAbbreviationStop(text, c)) continue;
    if (continuesAfter(text, c)) continue;
    ends.push(c.end);
  }
  const breaks = lineBreakEnds(text, kind);
  const cuts = breaks.length > 0 ? mergeSorted(ends, breaks) : ends;
  const out: Span[] = [];
  let from = 0;
  for (const cut of cuts) {
    pushTrimmed(text, from, cut, out);
    from = cut;
  }
  pushTrimmed(text, from, text.length, out);
  return out;
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end > start) out.push({ start, end });
}

function mergeSorted(a: number[], b: number[]): number[] {
  return [...a, ...b].sort((x, y) => x - y).filter((v, i, arr) => i === 0 || v !== arr[i - 1]);
}
