/**
 * Telling a plural noun from a surname ending in -s when a lone capitalised word opens a sentence
 * before a reporting verb: "Protesters said" is an unnamed group, "Jones said" a person.
 */
import { PLURAL_ENDINGS, PLURAL_NOUNS } from '../lexicon/plurals.ts';
import { INSTITUTION_SET, VAGUE_NOUNS, TITLE_SET, NATIONALITY_SET, ORG_WORD_SET } from '../lexicon/lookup.ts';

const PLURALS: ReadonlySet<string> = new Set(PLURAL_NOUNS);

/** Is the lowercase word `lower` (ending in -s) a plural common noun rather than a surname? */
export function isPluralNoun(lower: string): boolean {
  if (!lower.endsWith('s')) return false;
  if (PLURALS.has(lower) || INSTITUTION_SET.has(lower) || VAGUE_NOUNS.has(lower)) return true;
  for (const e of PLURAL_ENDINGS) if (lower.endsWith(e)) return true;
  // "Republicans", "Americans", "Democrats", "Ministries": the plural of a listed singular.
  const singular = lower.slice(0, -1);
  return TITLE_SET.has(singular) || NATIONALITY_SET.has(singular) || INSTITUTION_SET.has(singular) || ORG_WORD_SET.has(singular) || VAGUE_NOUNS.has(singular);
}

/** Is `lower` one of the listed plurals (PLURAL_NOUNS), whose opening capital is no surname's? */
export function isListedPlural(lower: string): boolean {
  return PLURALS.has(lower);
}

/** The singular of a plural noun ("deputies" -> "deputy", "witnesses" -> "witness", "nurses" -> "nurse"); null when it is none. */
export function singularOf(lower: string): string | null {
  if (!lower.endsWith('s') || lower.endsWith('ss')) return null;
  return lower.endsWith('ies') ? `${lower.slice(0, -3)}y` : /(?:ss|sh|ch|x)es$/.test(lower) ? lower.slice(0, -2) : lower.slice(0, -1);
}
