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

const TERMINAL = /[.!?…。！？‼⁇⁈⁉]+/g;
const CLOSING = '"\'”’»›」』)]}';
const CJK_STOPS = '。！？';

export function findCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  TERMINAL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TERMINAL.exec(text)) !== null) {
    const stop = m.index;
    let end = stop + m[0].length;
    while (end < text.length && (CLOSING.includes(text.charAt(end)) || (end > stop && '.!?…'.includes(text.charAt(end))))) end++;
    const cjk = CJK_STOPS.includes(m[0].charAt(m[0].length - 1));
    if (end < text.length && !isSpace(text.charCodeAt(end)) && !cjk) {
      TERMINAL.lastIndex = end;
      continue;
    }
    out.push({ stop, end, run: m[0] });
    TERMINAL.lastIndex = end;
  }
  return out;
}
