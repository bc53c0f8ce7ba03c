/**
 * "a person familiar with the matter", "officials briefed on the talks", "people with knowledge
 * of the plans": the words that tie an unnamed source to what they know. A source's phrase runs
 * through them, and its head is the noun before them, so "a person familiar with the matter said"
 * has "a person familiar with the matter" as its source, not "the matter".
 */
import type { Token } from '../text/tokens.ts';
import { KNOWLEDGE_LINKS } from '../lexicon/vague.ts';

/** Each linking word with the preposition that must follow it ("familiar" -> "with"). */
const PREPOSITION_AFTER = new Map(KNOWLEDGE_LINKS.map((pair) => pair.split(' ') as [string, string]));

/** Is tokens[k] the linking word of a pair ("familiar" in "familiar with")? */
export function isKnowledgeLink(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const next = tokens[k + 1];
  if (!t || !next || t.quoted || next.quoted || t.cap) return false;
  return PREPOSITION_AFTER.get(t.lower) === next.lower;
}

/** Does a pair start at tokens[k]: its linking word, or the "with" of "with knowledge of"? */
export function startsKnowledgeLink(tokens: readonly Token[], k: number): boolean {
  return isKnowledgeLink(tokens, k) || (tokens[k]?.lower === 'with' && isKnowledgeLink(tokens, k + 1));
}

/** Is tokens[k] any word of a pair ("person familiar with the matter": "familiar", "with")? */
export function inKnowledgeLink(tokens: readonly Token[], k: number): boolean {
  return startsKnowledgeLink(tokens, k) || knowledgeLinkEndingAt(tokens, k) > 0;
}

/**
 * How many tokens the pair whose preposition is tokens[k] spans leftwards (2 for "familiar with",
 * 3 for "with knowledge of"), or 0 when tokens[k] ends no pair.
 */
export function knowledgeLinkEndingAt(tokens: readonly Token[], k: number): number {
  if (k < 1 || !isKnowledgeLink(tokens, k - 1)) return 0;
  // "people with knowledge of the plans": "with" belongs to the pair.
  return tokens[k - 1]!.lower === 'knowledge' && tokens[k - 2]?.lower === 'with' ? 3 : 2;
}
