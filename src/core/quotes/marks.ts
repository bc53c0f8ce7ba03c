/**
 * Quotation mark families. A family groups the marks that open and close the same kind of
 * quotation, whatever the language's convention: English “…” and ‘…’, German „…“ and ‚…‘,
 * French « … », German/Danish » … «, Swedish ”…”, CJK 「…」 and 『…』, and straight marks.
 */
export type Family = 'double' | 'single' | 'guillemet' | 'guillemet-single' | 'corner' | 'white-corner';

export const MARK_FAMILY: Readonly<Record<string, Family>> = {
  '"': 'double', '“': 'double', '”': 'double', '„': 'double', '‟': 'double',
  "'": 'single', '‘': 'single', '’': 'single', '‚': 'single', '‛': 'single',
  '«': 'guillemet', '»': 'guillemet', '‹': 'guillemet-single', '›': 'guillemet-single',
  '「': 'corner', '」': 'corner', '『': 'white-corner', '』': 'white-corner',
};

/** MARK_FAMILY by UTF-16 code: the scanners test a code without making a one-character string. */
export const FAMILY_OF_CODE: ReadonlyMap<number, Family> = new Map(Object.entries(MARK_FAMILY).map(([m, f]) => [m.charCodeAt(0), f]));

/** Opening mark -> the marks that may close it (typographic pairs of every convention). */
export const CLOSERS: Readonly<Record<string, string>> = {
  '“': '”"“', '„': '“”"', '‟': '”', '"': '"”“', '”': '”',
  '‘': '’\'‘', '‚': '‘’', '‛': '’', "'": '\'’', '’': '’',
  '«': '»', '»': '«', '‹': '›', '›': '‹', '「': '」', '『': '』',
};

/** Fast check for "could this code unit be a quotation mark at all". */
export function isMarkCode(c: number): boolean {
  return c === 34 || c === 39 || (c >= 0x2018 && c <= 0x201f) || c === 0xab || c === 0xbb ||
    c === 0x2039 || c === 0x203a || (c >= 0x300c && c <= 0x300f);
}

/** The characters isMarkCode accepts, as a class: a native scan jumps from one to the next. */
const MARK_RE = /["'\u2018-\u201f\xab\xbb\u2039\u203a\u300c-\u300f]/g;

/** Index of the first character at or after `from` that could be a quotation mark, or -1 (`test`: no match object). */
export function nextMark(text: string, from: number): number {
  MARK_RE.lastIndex = from;
  return MARK_RE.test(text) ? MARK_RE.lastIndex - 1 : -1;
}
