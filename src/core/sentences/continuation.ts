/**
 * Pass 3 of sentence splitting: a terminal mark followed by a lowercase word does not end the
 * sentence, because the writer went on:
 *   `‘Why can he stop tankers?’ he asked, pointing to ...` -> one sentence
 *   `He paused ... and went on`                          -> one sentence
 *   `Yahoo! reported`, `Jeb! was better`                  -> one sentence
 */
import { isSpace, isLowerAt, isDigitCode } from '../text/chars.ts';
import type { Candidate } from './candidates.ts';

export function continuesAfter(text: string, c: Candidate): boolean {
  let i = c.end;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  if (i >= text.length) return false;
  // Skip an opening bracket or dash before the next word.
  if ('(['.includes(text.charAt(i))) return false;
  if (isLowerAt(text, i)) return true;
  // "…" and "..." before a number go on ("rose from 3 ... 5"); a full stop before a number ends.
  if (c.run !== '.' && isDigitCode(text.charCodeAt(i))) return true;
  return false;
}
