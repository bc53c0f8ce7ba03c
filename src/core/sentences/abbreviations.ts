/**
 * Pass 2 of sentence splitting: a full stop after an abbreviation or an initial usually does not
 * end the sentence.
 *   `Mr. Obama said`        -> title abbreviation: never a sentence end
 *   `J.R.R. Tolkien wrote`  -> initials: never a sentence end before a capitalised word
 *   `No. 5 on the list`     -> number abbreviation before a number
 *   `moved to the U.S. The next year` -> ambiguous abbreviation: ends only before a sentence opener
 */
import { TITLE_ABBREVIATIONS, OTHER_ABBREVIATIONS, NUMBER_ABBREVIATIONS, SENTENCE_OPENERS } from '../lexicon/abbreviations.ts';
import { isSpace, isDigitCode, isUpperAt } from '../text/chars.ts';
import type { Candidate } from './candidates.ts';

const TITLES = new Set(TITLE_ABBREVIATIONS);
const OTHERS = new Set(OTHER_ABBREVIATIONS);
const NUMBERED = new Set(NUMBER_ABBREVIATIONS);
const OPENERS = new Set(SENTENCE_OPENERS);

/** The word (letters and inner dots) that ends right before the full stop at `stop`. */
function wordBefore(text: string, stop: number): string {
  let i = stop;
  while (i > 0) {
    const c = text.charCodeAt(i - 1);
    if (isSpace(c) || c === 40 || c === 34 || c === 0x201c || c === 0x2018 || c === 0x2014) break;
    i--;
  }
  return text.slice(i, stop);
}

/** The next word after the candidate, lowercased ('' if none). */
function nextWord(text: string, from: number): string {
  let i = from;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  let j = i;
  while (j < text.length && !isSpace(text.charCodeAt(j)) && !',;:.!?'.includes(text.charAt(j))) j++;
  return text.slice(i, j).toLowerCase();
}

/** Letter pairs and dots ("U.S", "Ph.D"). Exported for the test that isDottedLetters agrees with it. */
export const DOTTED = /^(?:\p{L}{1,2}\.)+\p{L}{1,2}$/u;

/**
 * "U.S", "Ph.D", "a.m": DOTTED, letter pairs and dots. An ASCII word is checked by hand, so an
 * English page never compiles the Unicode regex (a cold page load pays for each one compiled).
 */
export function isDottedLetters(word: string): boolean {
  let run = 0;
  let dots = 0;
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c > 127) return DOTTED.test(word);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) {
      if (++run > 2) return false;
    } else if (c === 46 && run > 0) { run = 0; dots++; }
    else return false;
  }
  return run > 0 && dots > 0;
}

/** Longer words without an inner dot are neither listed abbreviations nor initials: no lookup needed. */
const LONGEST = Math.max(2, ...[...TITLES, ...OTHERS, ...NUMBERED].map((w) => w.length));

/** True when the candidate's full stop belongs to an abbreviation and the sentence goes on. */
export function isAbbreviationStop(text: string, c: Candidate): boolean {
  if (c.run !== '.' || c.end !== c.stop + 1) return false;
  const word = wordBefore(text, c.stop);
  if (word.length === 0) return false;
  const dotted = word.includes('.');
  if (word.length > LONGEST && !dotted) return false;
  const lower = word.toLowerCase();
  if (TITLES.has(lower)) return true;
  if (NUMBERED.has(lower)) {
    const next = nextWord(text, c.end);
    return next.length > 0 && isDigitCode(next.charCodeAt(0));
  }
  // A single capital letter is an initial ("George W. Bush"); dotted forms are abbreviations.
  const initial = (word.length === 1 ? isUpperAt(word, 0) : word.length === 2 && /^\p{Lu}$/u.test(word)) || (dotted && isDottedLetters(word));
  if (initial || OTHERS.has(lower)) return !OPENERS.has(nextWord(text, c.end).replace(/^["'“‘(]+/, ''));
  return false;
}
