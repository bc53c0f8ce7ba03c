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
}

// Sticky and linear: a word is letters/digits joined by single apostrophes, hyphens or dots.
const WORD = /[\p{L}\p{N}\p{M}]+(?:['’.\-][\p{L}\p{N}\p{M}]+)*/uy;
const DOTTED = /^(?:\p{L}\.)+\p{L}$/u;

/** Tokenises `text` between `start` and `end`; `inQuote(i)` says whether offset i is quoted. */
export function tokenize(text: string, start: number, end: number, inQuote: (i: number) => boolean): Token[] {
  const out: Token[] = [];
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13 || c === 160) { i++; continue; }
    WORD.lastIndex = i;
    const m = WORD.exec(text);
    if (m && m.index === i) {
      let e = i + m[0].length;
      if (e > end) e = end;
      let word = text.slice(i, e);
      // "U.S." keeps its last dot; so does a single-letter initial followed by a dot.
      if (text.charCodeAt(e) === 46 && e < end && (DOTTED.test(word) || (word.length === 1 && /\p{Lu}/u.test(word)))) {
        e++;
        word += '.';
      }
      const lower = word.toLowerCase();
      const first = word.charCodeAt(0);
      out.push({
        start: i, end: e, text: word, lower,
        kind: first >= 48 && first <= 57 ? 'num' : 'word',
        cap: lower !== word && word.charAt(0) !== lower.charAt(0),
        quoted: inQuote(i),
      });
      i = e;
      continue;
    }
    if (c <= 32 || c === 0x2009 || c === 0x202f) { i++; continue; }
    const ch = text.charAt(i);
    if (/\s/u.test(ch)) { i++; continue; }
    out.push({ start: i, end: i + 1, text: ch, lower: ch, kind: 'punct', cap: false, quoted: inQuote(i) });
    i++;
  }
  return out;
}

/** The word without a possessive ending ("Zelensky’s" -> "Zelensky", "Joneses’" -> "Joneses"). */
export function stripPossessive(word: string): string {
  if (word.endsWith('’s') || word.endsWith("'s")) return word.slice(0, -2);
  if (word.endsWith('’') || word.endsWith("'")) return word.slice(0, -1);
  return word;
}

/** True when the word ends with a possessive marker. */
export function isPossessive(word: string): boolean {
  return word.endsWith('’s') || word.endsWith("'s") || word.endsWith('s’') || word.endsWith("s'");
}
