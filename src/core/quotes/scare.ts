/**
 * Not every pair of quotation marks is a quotation. Titles of works (`on “Saturday Night Live”`),
 * words used as words (`the term ‘shadow fleet’`), nicknames and scare quotes that nobody is
 * said to have said (`the so-called ‘shadow fleet’`, `the earlier “undercard” debate`) are not.
 * A short quoted fragment counts only when the sentence presents it as someone's words
 * (a reporting verb or a noun of speech outside the quotation: `described the meeting as ‘useful’`).
 */
import type { Token } from '../text/tokens.ts';

const MARKERS = ['so-called', 'titled', 'entitled', 'nicknamed', 'named', 'headlined', 'captioned', 'hashtag', 'slogan', 'term', 'word', 'words', 'phrase', 'label', 'called'];
const TWO_WORD_MARKERS = ['known as', 'so called', 'referred to as'];
const SMALL = new Set(['of', 'the', 'a', 'an', 'and', 'in', 'on', 'for', 'to', 'at', 'or', 'with', 'from', 'by', 'is', '&', 'vs']);

export interface QuoteContext {
  /** Tokens of the sentence holding the opening mark. */
  tokens: Token[];
  /** Index of the first token inside the quotation, and one past the last. */
  first: number;
  end: number;
  /** Does the sentence present words as someone's (a cue or a noun of speech outside quotations)? */
  speechContext: boolean;
  /** Did the block continue a quotation from the previous paragraph, or leave one open? */
  multiParagraph: boolean;
}

export function isQuotation(c: QuoteContext): boolean {
  if (c.multiParagraph) return true;
  // Count the words inside (up to 9: only "short" and "title-length" matter) without allocating.
  let words = 0;
  let allTitle = true;
  let anyCap = false;
  let exclaims = false;
  let innerStop = false;
  let lastPunct = '';
  for (let k = c.first; k < c.end && words <= 8; k++) {
    const t = c.tokens[k]!;
    if (t.kind === 'punct') {
      if (t.text === '!' || t.text === '?') exclaims = true;
      if ('.!?,;:'.includes(t.text)) {
        if (k < c.end - 1) innerStop = true;
        else lastPunct = t.text;
      }
      continue;
    }
    words++;
    if (t.cap) anyCap = true;
    else if (!SMALL.has(t.lower) && t.kind !== 'num') allTitle = false;
  }
  if (words === 0) return false;
  // The two words before the opening mark.
  let b1 = '';
  let b2 = '';
  for (let k = c.first - 1; k >= 0 && c.first - k <= 3; k--) {
    const t = c.tokens[k]!;
    if (t.kind === 'punct') continue;
    if (b1 === '') b1 = t.lower;
    else { b2 = `${t.lower} ${b1}`; break; }
  }
  if (MARKERS.includes(b1) && !(b1 === 'called' && precededBySpeaker(c.tokens, c.first))) return false;
  if (TWO_WORD_MARKERS.includes(b2)) return false;
  // Titles of shows, books and slogans: every word capitalised ("Meet the Press," "New Day,").
  if (words <= 8 && !innerStop && !exclaims && c.first > 1 && allTitle && anyCap) return false;
  // A sentence that is nothing but the quotation ("“It is over.”") is someone's words.
  let whole = c.first <= 1;
  for (let k = c.end; whole && k < c.tokens.length; k++) if (c.tokens[k]!.kind !== 'punct') whole = false;
  if (whole) return true;
  // Punctuated as speech inside the marks: "“Go back to Univision,” he …", "“USA!"
  if (lastPunct !== '' || exclaims || innerStop) return true;
  if (words <= 4 && !c.speechContext) return false;
  return true;
}

/** "Trump called it ‘a disaster’" (a speaker calls) vs "a film called ‘Heat’" (a title). */
function precededBySpeaker(tokens: Token[], first: number): boolean {
  for (let k = first - 1; k >= 0 && first - k < 5; k--) {
    const t = tokens[k]!;
    if (t.lower === 'called') {
      const p = tokens[k - 1];
      return p !== undefined && (p.cap || ['he', 'she', 'they', 'it', 'i', 'we', 'also', 'has', 'have', 'had'].includes(p.lower));
    }
  }
  return false;
}
