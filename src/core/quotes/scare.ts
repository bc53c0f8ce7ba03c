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
  const words = c.tokens.slice(c.first, c.end).filter((t) => t.kind !== 'punct');
  if (words.length === 0) return false;
  const before = c.tokens.slice(Math.max(0, c.first - 3), c.first).filter((t) => t.kind !== 'punct').map((t) => t.lower);
  const b1 = before[before.length - 1] ?? '';
  const b2 = before.slice(-2).join(' ');
  if (MARKERS.includes(b1) && !(b1 === 'called' && precededBySpeaker(c.tokens, c.first))) return false;
  if (TWO_WORD_MARKERS.includes(b2)) return false;
  const inner = c.tokens.slice(c.first, c.end);
  const sentenceLike = inner.some((t) => t.kind === 'punct' && '.!?,;:'.includes(t.text));
  if (words.length <= 8 && !sentenceLike && c.first > 1 && words.every((t) => t.cap || SMALL.has(t.lower) || t.kind === 'num') && words.some((t) => t.cap)) {
    return false;
  }
  if (words.length <= 4 && !c.speechContext) return false;
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
