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
