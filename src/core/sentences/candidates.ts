/**
 * Pass 1 of sentence splitting: every place where a sentence could end. A candidate is a run
 * of terminal punctuation, plus any closing quotation marks or brackets right after it, followed
 * by whitespace or the end of the block:
 *   `He left.  She stayed.`          -> after "left."
 *   `‘We are ready.’ He smiled.`      -> after "ready.’" (closing mark after the full stop)
 *   `Time or political will? Too...` -> after "will?"
 *   `3.5 per cent`                   -> none (no space after the dot)
 * CJK stops (。！？) need no space after them.
 */
import { isSpace } from '../text/chars.ts';

export interface Candidate {
  /** Offset of the first terminal mark. */
  stop: number;
  /** Offset just after the terminal run and its closing marks: where the sentence would end. */
  end: number;
  /** The terminal run itself ("." "?!" "..." "…"). */
  run: string;
}

/** . ! ? … 。 ！ ？ ‼ ⁇ ⁈ ⁉: the marks that can end a sentence. */
function isTerminal(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || (c > 127 && (c === 0x2026 || c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x203c || (c >= 0x2047 && c <= 0x2049)));
}

/** 。 ！ ？: CJK stops, which need no space after them. */
function isCjkStop(c: number): boolean {
  return c === 0x3002 || c === 0xff01 || c === 0xff1f;
}

const CLOSING = '"\'”’»›」』)]}';
const FOLLOW_ON = '.!?…';

/** The marks of isTerminal as a class: `test` jumps to the next one natively, without a match object. */
const TERMINAL = /[.!?…。！？‼⁇⁈⁉]/g;

/** This runs over every character of the page: terminal marks are found by TERMINAL, the rest by char code. */
export function findCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    TERMINAL.lastIndex = i;
    if (!TERMINAL.test(text)) break;
    const stop = TERMINAL.lastIndex - 1;
    let runEnd = stop + 1;
    while (runEnd < n && isTerminal(text.charCodeAt(runEnd))) runEnd++;
    let end = runEnd;
    while (end < n && (CLOSING.includes(text.charAt(end)) || FOLLOW_ON.includes(text.charAt(end)))) end++;
    const cjk = isCjkStop(text.charCodeAt(runEnd - 1));
    if (end < n && !isSpace(text.charCodeAt(end)) && !cjk) {
      i = end;
      continue;
    }
    out.push({ stop, end, run: runEnd === stop + 1 && text.charCodeAt(stop) === 46 ? '.' : text.slice(stop, runEnd) });
    i = end;
  }
  return out;
}
