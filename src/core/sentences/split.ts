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
  if (end <= start) return;
  const prev = out[out.length - 1];
  // A lone "…" or "—" between two sentences is no sentence: it joins the one before it, and the
  // first sentence takes in a mark that opens the block ("… and then it rained.").
  if (prev && isMarksOnly(text, start, end)) prev.end = end;
  else if (prev && isMarksOnly(text, prev.start, prev.end) && out.length === 1) prev.end = end;
  else out.push({ start, end });
}

/** Punctuation the splitter may leave alone between sentences: ellipses, dashes, quotation marks, bullets. */
const LONE_MARKS = new Set([0x2026, 0x2013, 0x2014, 0x2018, 0x2019, 0x201c, 0x201d, 0xab, 0xbb, 0x2022, 0xb7]);

/** Does text[start, end) hold no word at all, only a few marks ("…", ". . .", "—")? */
function isMarksOnly(text: string, start: number, end: number): boolean {
  if (end - start > 6) return false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 128 ? (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) : !LONE_MARKS.has(c)) return false;
  }
  return true;
}

function mergeSorted(a: number[], b: number[]): number[] {
  return [...a, ...b].sort((x, y) => x - y).filter((v, i, arr) => i === 0 || v !== arr[i - 1]);
}
