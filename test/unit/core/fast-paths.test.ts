/**
 * The engine answers ASCII and General Punctuation by char code before (or instead of) its
 * Unicode property regexes, for speed and so that a cold first analysis compiles none of them.
 * Each hand-written check must agree exactly with the regex it stands for: these tests compare
 * them on every code unit, or on many generated words.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isUpperAt, isLowerAt, isWordAt } from '../../../src/core/text/chars.ts';
import { PERSON_WORD, ACRONYM, ALL_UPPER, isPersonWord, allMatch, isAsciiUpper, isAcronymCode } from '../../../src/core/attribution/names.ts';
import { DOTTED, isDottedLetters } from '../../../src/core/sentences/abbreviations.ts';
import { tokenize } from '../../../src/core/text/tokens.ts';

/** Words made of these pieces hit every branch: ASCII letters of both cases, joiners, accents, curly marks. */
const PIECES = ['A', 'B', 'M', 'Z', 'a', 'c', 'z', 'D', "'", '’', '-', '.', '&', 'é', 'É', '1', ' ', '”', '—', 'ß', '\u0301'];
const word = (max: number) => fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: max }).map((a) => a.join(''));

describe('hand-written character tests agree with the Unicode regexes', () => {
  it('isUpperAt, isLowerAt, isWordAt on every UTF-16 code unit', () => {
    const bad: number[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const s = String.fromCharCode(c);
      if (isUpperAt(s, 0) !== /\p{Lu}/u.test(s)) bad.push(c);
      if (isLowerAt(s, 0) !== /\p{Ll}/u.test(s)) bad.push(c);
      const space = /\s/.test(s) && s !== '\u180e';
      if (!space && isWordAt(s, 0) !== /[\p{L}\p{M}\p{N}]/u.test(s)) bad.push(c);
    }
    expect(bad).toEqual([]);
  });

  it('isPersonWord is PERSON_WORD', () => {
    fc.assert(fc.property(word(7), (w) => isPersonWord(w) === PERSON_WORD.test(w)), { numRuns: 20_000 });
    for (const w of ['Obama', 'O’Neill', "O'Neill", 'Smith-Jones', 'J', 'J.', 'McDonald', 'MacDonald', 'McD', 'MCDONALD', 'José', 'Zoë']) {
      expect(isPersonWord(w), w).toBe(PERSON_WORD.test(w));
    }
  });

  it('allMatch is ALL_UPPER and ACRONYM', () => {
    fc.assert(fc.property(word(7), (w) => allMatch(w, isAsciiUpper, ALL_UPPER, 1) === ALL_UPPER.test(w)
      && allMatch(w, isAcronymCode, ACRONYM, 2) === ACRONYM.test(w)), { numRuns: 20_000 });
  });

  it('isDottedLetters is DOTTED', () => {
    fc.assert(fc.property(word(8), (w) => isDottedLetters(w) === DOTTED.test(w)), { numRuns: 20_000 });
    for (const w of ['U.S', 'Ph.D', 'a.m', 'J.R.R', 'U.S.', 'USA', 'é.é', 'abc.d']) expect(isDottedLetters(w), w).toBe(DOTTED.test(w));
  });
});

describe('tokeniser fast paths give the words WORD would', () => {
  // WORD, the tokeniser's Unicode fallback: a word is letters/digits/marks joined by ' ’ . -
  const WORD = /[\p{L}\p{N}\p{M}]+(?:['’.\-][\p{L}\p{N}\p{M}]+)*/uy;
  it('an ASCII word followed by ’ or a General Punctuation mark ends where WORD ends it', () => {
    const text = fc.array(fc.constantFrom('Trump', 's', 've', '’', "'", '”', '—', '…', '.', '-', 'é', ' ', 'x', 'U', 'S'), { minLength: 1, maxLength: 12 }).map((a) => a.join(''));
    fc.assert(fc.property(text, (t) => {
      for (const tok of tokenize(t, 0, t.length, () => false).tokens) {
        if (tok.kind === 'punct' || tok.text.includes('.')) continue;
        if (!/[’]/.test(tok.text) && !/[’”—…]/.test(t.charAt(tok.end))) continue;
        WORD.lastIndex = tok.start;
        const m = WORD.exec(t);
        if (!m || Math.min(tok.start + m[0].length, t.length) !== tok.end) return false;
      }
      return true;
    }), { numRuns: 20_000 });
  });
});
