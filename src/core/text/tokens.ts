/**
 * Word tokens with their offsets. Every later step (cue verbs, names, signals) works on these,
 * so a sentence is tokenised once. A word keeps internal apostrophes, hyphens and the dots of
 * dotted abbreviations ("Zelensky’s", "son-in-law", "U.S."); punctuation is one token per mark.
 */
export interface Token {
  /** Offset in the block text. */
  start: number;
  end: number;
  text: string;
  lower: string;
  /** 'word' (letters, maybe digits), 'num' (starts with a digit), 'punct' (one mark). */
  kind: 'word' | 'num' | 'punct';
  /** Starts with an uppercase letter. */
  cap: boolean;
  /** Inside a direct quotation (its words are the speaker's, not the writer's). */
  quoted: boolean;
  /** Which word lists the word is in (bits of lexicon/lookup.ts LEX), so passes skip other words cheaply. */
  lex: number;
}

import { TITLE_ABBREVIATIONS } from '../lexicon/abbreviations.ts';
import { lexiconBits, shapeOf, shapeOfWord } from '../lexicon/lookup.ts';

// Sticky and linear: a word is letters/digits joined by single apostrophes, hyphens or dots.
// Used only where a word has a non-ASCII character; ASCII words are scanned by hand.
const WORD = /[\p{L}\p{N}\p{M}]+(?:['’.\-][\p{L}\p{N}\p{M}]+)*/uy;
const UPPER = /\p{Lu}/u;
const TITLE_DOTS: ReadonlySet<string> = new Set(TITLE_ABBREVIATIONS);

function isSpaceCode(c: number): boolean {
  return c <= 32 || c === 160;
}

/** 1 for ASCII letters and digits: one table read per character in the tokeniser's hot loop. */
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_WORD[c] = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;

function asciiWordCode(c: number): boolean {
  return c < 128 && ASCII_WORD[c] === 1;
}

/** A dot joins only short pieces ("U.S", "Ph.D", "a.m") or digits ("3.5"), not "said.Trump". */
function shortSegment(text: string, start: number, dot: number): boolean {
  let k = dot - 1;
  while (k >= start && asciiWordCode(text.charCodeAt(k)) && text.charCodeAt(k) !== 46) k--;
  const len = dot - 1 - k;
  const digits = isDigitAscii(text.charCodeAt(dot - 1)) && isDigitAscii(text.charCodeAt(dot + 1));
  return len <= 3 || digits;
}

function isDigitAscii(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isJoiner(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 46 || c === 45;
}

/** General punctuation (dashes, curly quotation marks, ellipsis; ’ excepted), NBSP and guillemets: never part of a WORD match. */
function isNeverWordCode(c: number): boolean {
  return (c >= 0x2000 && c <= 0x206f && c !== 0x2019) || c === 0xa0 || c === 0xab || c === 0xbb;
}

/**
 * Where WORD's match ends when the word goes on at `e` with ’, given ASCII letters so far: WORD
 * joins any ' ’ . - followed by a letter or digit, whatever the sentence's end. -1 when a
 * non-ASCII character there could be a letter (WORD must decide).
 */
function apostropheWordEnd(text: string, e: number): number {
  for (;;) {
    const d = text.charCodeAt(e);
    if (asciiWordCode(d)) { e++; continue; }
    if (isJoiner(d)) {
      const n = text.charCodeAt(e + 1);
      if (asciiWordCode(n)) { e += 2; continue; }
      return n > 127 ? -1 : e;
    }
    return d > 127 && !isNeverWordCode(d) ? -1 : e;
  }
}

/** Is every character of `w` (a word with dots) a letter-dot pair pattern like "U.S" or "J.R.R"? */
function isDotted(text: string, start: number, end: number): boolean {
  if ((end - start) % 2 === 0) return false;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if ((k - start) % 2 === 1 ? c !== 46 : !((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return false;
  }
  return end - start >= 3;
}

/** After this many words inside one quotation, the middle of a long quotation is skipped. */
const QUOTED_HEAD = 12;
/** One shared string per punctuation mark, so marks do not allocate a string each. */
const PUNCT = new Map<number, string>();

/**
 * Tokenises `text` between `start` and `end`; `inQuote(i)` says whether offset i is quoted. Each
 * word gets its word-list bits (Token.lex) as it is made, from the codes just read.
 * `skipQuoted(i)`, if given, returns where to resume inside a long quotation: nothing reads the
 * middle words of a quotation (only its first words, its last words and the marks), so they are
 * not materialised, which keeps quote-heavy and pathological text cheap.
 */
export function tokenize(
  text: string, start: number, end: number, inQuote: (i: number) => boolean, skipQuoted?: (i: number) => number,
  /** The page language's word lists (lexicon/foreign.ts `bits`); English's by default. */
  bitsOf?: (lower: string, shape: number) => number,
): Tokenized {
  const out: Token[] = [];
  let lexAll = 0;
  let i = start;
  let quotedRun = 0;
  while (i < end) {
    if (skipQuoted && quotedRun >= QUOTED_HEAD) {
      quotedRun = 0;
      let j = skipQuoted(i);
      if (j > i) {
        while (j < end && !isSpaceCode(text.charCodeAt(j))) j++;
        i = j;
        continue;
      }
    }
    const c = text.charCodeAt(i);
    if (c <= 32 || c === 160) { i++; continue; }
    let e = -1;
    let upper = c >= 65 && c <= 90;
    if (asciiWordCode(c)) {
      e = i + 1;
      for (;;) {
        const d = text.charCodeAt(e);
        if (asciiWordCode(d)) { if (d >= 65 && d <= 90) upper = true; e++; continue; }
        if (d > 127 && e < end) {
          // What WORD would do, without running it: stop before a dash or curly quotation mark,
          // go on through an apostrophe before ASCII letters ("Trump’s"); anything else is WORD's.
          if (d === 0x2019) {
            const w = apostropheWordEnd(text, e);
            if (w !== -1) { e = w; upper = true; break; }
          } else if (isNeverWordCode(d)) break;
          e = -1;
          break;
        }
        if (isJoiner(d) && e + 1 < end && (d !== 46 || shortSegment(text, i, e))) {
          const n = text.charCodeAt(e + 1);
          if (asciiWordCode(n)) { if (n >= 65 && n <= 90) upper = true; e += 2; continue; }
          if (n > 127) { e = -1; break; }
        }
        break;
      }
    }
    let ascii = e !== -1;
    if (e === -1 && (c > 127 || asciiWordCode(c))) {
      WORD.lastIndex = i;
      const m = WORD.exec(text);
      if (m) { e = i + m[0].length; upper = true; ascii = false; }
    }
    if (e !== -1) {
      if (e > end) e = end;
      // "U.S." keeps its last dot; so does a single capital initial ("George W. Bush").
      if (text.charCodeAt(e) === 46 && e < end) {
        const c0 = text.charCodeAt(i);
        if (isDotted(text, i, e) || (e === i + 1 && c0 >= 65 && c0 <= 90)) e++;
        else if (c0 >= 65 && c0 <= 90 && e - i <= 5 && TITLE_DOTS.has(text.slice(i, e).toLowerCase())) e++;
      }
      const word = text.slice(i, e);
      if (text.charCodeAt(e - 1) === 46) upper = true;
      const lower = upper ? word.toLowerCase() : word;
      const cap = c < 128 ? c >= 65 && c <= 90 : UPPER.test(word.charAt(0));
      const quoted = inQuote(i);
      quotedRun = quoted ? quotedRun + 1 : 0;
      // An ASCII word's lowercase letters are its codes with A-Z shifted: no need to read `lower` again.
      const shape = ascii
        ? shapeOf(e - i, lowerCode(c), e - i > 1 ? lowerCode(text.charCodeAt(i + 1)) : 0, lowerCode(text.charCodeAt(e - 1)))
        : shapeOfWord(lower);
      const lex = bitsOf === undefined ? lexiconBits(lower, shape) : bitsOf(lower, shape);
      lexAll |= lex;
      out.push({ start: i, end: e, text: word, lower, kind: c >= 48 && c <= 57 ? 'num' : 'word', cap, quoted, lex });
      i = e;
      continue;
    }
    if (c === 0x2009 || c === 0x202f || (c >= 0x2000 && c <= 0x200b) || c === 0x3000 || c === 0xfeff) { i++; continue; }
    let ch = PUNCT.get(c);
    if (ch === undefined) {
      ch = text.charAt(i);
      if (PUNCT.size < 512) PUNCT.set(c, ch);
    }
    out.push({ start: i, end: i + 1, text: ch, lower: ch, kind: 'punct', cap: false, quoted: inQuote(i), lex: 0 });
    i++;
  }
  return { tokens: out, lex: lexAll };
}

/** A sentence's tokens, and the union of their word-list bits (passes looking for words the sentence lacks are skipped). */
export interface Tokenized {
  tokens: Token[];
  lex: number;
}

/** A-Z to a-z; any other code as it is. */
function lowerCode(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/** Index of the first token starting at or after `offset` (binary search; tokens are in text order). */
export function tokenIndexAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The word without a possessive ending ("Zelensky’s" -> "Zelensky", "Joneses’" -> "Joneses"). */
export function stripPossessive(word: string): string {
  const n = word.length;
  const last = word.charCodeAt(n - 1);
  if (last === 115 /* s */) {
    const a = word.charCodeAt(n - 2);
    return a === 0x2019 || a === 39 ? word.slice(0, -2) : word;
  }
  return last === 0x2019 || last === 39 ? word.slice(0, -1) : word;
}

/** True when the word ends with a possessive marker. */
export function isPossessive(word: string): boolean {
  const n = word.length;
  const last = word.charCodeAt(n - 1);
  const prev = word.charCodeAt(n - 2);
  if (last === 115 /* s */) return prev === 0x2019 || prev === 39;
  return (last === 0x2019 || last === 39) && prev === 115;
}
