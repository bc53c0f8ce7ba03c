/**
 * Character classes used by the hand-written scanners. ASCII is tested by code unit for speed;
 * anything else falls back to a Unicode property test, so accented names and other scripts work.
 */
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const LETTER = /[\p{L}\p{M}]/u;
const NUMBER = /\p{N}/u;

/**
 * U+2000–U+206F, General Punctuation (spaces, dashes, curly quotation marks, ellipsis): no letter,
 * digit or mark, so the Unicode property tests below are skipped for the commonest non-ASCII
 * characters of English text (those regexes are slow, and compiling one costs a cold page load).
 */
export function isGeneralPunctuation(c: number): boolean {
  return c >= 0x2000 && c <= 0x206f;
}

/** True for spaces, tabs, newlines, NBSP and the other Unicode spaces. */
export function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 160 || c === 0x202f || c === 0x2009 || c === 0x200a ||
    (c >= 0x2000 && c <= 0x200b) || c === 0x3000 || c === 0xfeff || c === 0x2028 || c === 0x2029 || c === 0x85 || c === 0x1680 || c === 0x205f;
}

export function isUpperAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90;
  return !isGeneralPunctuation(c) && UPPER.test(s.charAt(i));
}

export function isLowerAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return c >= 97 && c <= 122;
  return !isGeneralPunctuation(c) && LOWER.test(s.charAt(i));
}

export function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Letters or digits: what a word is made of. */
export function isWordAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (Number.isNaN(c)) return false;
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (isSpace(c) || isGeneralPunctuation(c)) return false;
  return LETTER.test(s.charAt(i)) || NUMBER.test(s.charAt(i));
}

/** Last index < i that is not whitespace, plus one (or 0). */
export function trimEnd(s: string, start: number, end: number): number {
  while (end > start && isSpace(s.charCodeAt(end - 1))) end--;
  return end;
}
