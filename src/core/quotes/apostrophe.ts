/**
 * Apostrophes are never quotation marks: `Zelensky’s`, `don’t`, `’90s`, `’em`, `the Joneses’`.
 * These helpers decide, from the characters around a ’ or ', whether it can only be an apostrophe.
 */
import { isSpace, isWordAt, isDigitCode } from '../text/chars.ts';

const CONTRACTION_STARTS = /^(?:em|til|tis|twas|n|cause|bout|round|kay|nuff)\b/iy;

/** A mark between two letters (`don’t`) or before a decade (`’90s`) or a clipped word (`’em`). */
export function isApostrophe(text: string, i: number): boolean {
  const before = i > 0 && isWordAt(text, i - 1);
  const after = isWordAt(text, i + 1);
  if (before && after) return true;
  if (!before && after) {
    const c1 = text.charCodeAt(i + 1);
    const c2 = text.charCodeAt(i + 2);
    // ’90s, ’08: two digits then a non-digit.
    if (isDigitCode(c1) && isDigitCode(c2) && !isDigitCode(text.charCodeAt(i + 3))) return true;
    CONTRACTION_STARTS.lastIndex = i + 1;
    if (CONTRACTION_STARTS.test(text)) return true;
  }
  return false;
}

/**
 * A ’ after an s and before a word that goes on (`the Joneses’ house`) is a plural possessive;
 * the caller checks first that a later mark could still close the open quotation.
 */
export function isPluralPossessive(text: string, i: number): boolean {
  if (text.charCodeAt(i - 1) !== 115 /* s */) return false;
  if (!isSpace(text.charCodeAt(i + 1))) return false;
  const next = text.charCodeAt(i + 2);
  return next >= 97 && next <= 122;
}
