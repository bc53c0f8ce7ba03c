/**
 * Vague sources: the ways a text attributes a claim without saying who makes it. Kept as data;
 * much of it follows the examples of Wikipedia's "weasel words" guidance (MOS:WEASEL):
 * "some people say", "it is believed", "critics", "experts", "sources", "reportedly".
 */
import { words, phrases } from './words.ts';

/** Nouns that, as the subject of a reporting verb, make the source unnamed ("critics say"). */
export const VAGUE_SOURCE_NOUNS: readonly string[] = phrases(
  'critics|critic|experts|expert|analysts|observers|commentators|pundits|sources|source|'
  + 'insiders|insider|officials|official|whistleblowers|whistleblower|people|many|some|others|'
  + 'several|most|few|scientists|researchers|economists|scholars|historians|diplomats|'
  + 'activists|opponents|supporters|skeptics|sceptics|detractors|reports|studies|research|'
  + 'media|rumors|rumours|allegations|accusations|witnesses|somebody|someone|everyone|'
  + 'everybody|nobody|voices|users|residents|aides|advisers|advisors|lawmakers|politicians|'
  + 'authorities|government officials|administration officials|spokesman|spokeswoman|'
  + 'spokesperson|person|individual',
);

/** Phrases that mark a claim as vaguely sourced wherever they occur (lowercase, tokenised by spaces). */
export const VAGUE_PHRASES: readonly string[] = phrases(
  'some people say|some say|many say|many believe|many argue|some argue|many people|'
  + 'people say|people are saying|it is believed|it is said|it is reported|it was reported|'
  + 'it has been reported|it is claimed|it has been claimed|it has been said|'
  + 'it has been suggested|it is thought|it is widely|it is rumored|it is rumoured|'
  + 'it is alleged|it was alleged|it is understood|it is feared|it is expected|it is estimated|'
  + 'is said to|are said to|was said to|were said to|is believed to|are believed to|'
  + 'was believed to|is thought to|are thought to|is reported to|are reported to|is alleged to|'
  + 'is understood to|is rumored to|according to reports|according to sources|'
  + 'according to some|according to critics|according to experts|according to officials|'
  + 'according to insiders|according to media reports|according to local media|'
  + 'according to people|a person familiar with|people familiar with|sources familiar with|'
  + 'familiar with the matter|familiar with the situation|familiar with the plans|'
  + 'on condition of anonymity|on the condition of anonymity|declined to be named|'
  + 'asked not to be named|spoke on condition|not authorized to speak|speaking anonymously|'
  + 'there are reports|reports suggest|reports say|media reports|news reports|studies show|'
  + 'research shows|research suggests|experts say|experts believe|scientists say|critics say|'
  + 'critics argue|observers say|analysts say|has been accused by some|widely believed|'
  + 'widely reported|widely regarded|some have said|some have argued|others say|others argue|'
  + 'many have argued|a source close to|sources close to|an insider|insiders|whistleblowers|'
  + 'allegations|rumors|rumours|investigative reports|unnamed|anonymous|we\'re told|we’re told|'
  + 'we are told|i\'m told|i’m told|i am told|we have learned|we\'ve learned|we’ve learned|'
  + 'has learned|have learned',
);

/** Adverbs and adjectives that attribute without a source ("allegedly", "the alleged bribe"). */
export const VAGUE_MODIFIERS: readonly string[] = words(
  'allegedly reportedly purportedly supposedly alleged purported rumored rumoured ostensibly',
);

/** Quantifiers that keep a vague noun vague ("some experts", "many officials"). */
export const VAGUE_QUANTIFIERS: readonly string[] = phrases(
  'some|many|several|most|few|a few|numerous|countless|certain|other|various|unnamed|'
  + 'anonymous|senior|top|two|three|one',
);

/**
 * How an unnamed source is tied to what they know, as "word preposition" pairs: "a person
 * familiar with the matter", "officials briefed on the talks", "sources close to the family".
 * The source's phrase runs through them: its head is the noun before the pair.
 */
export const KNOWLEDGE_LINKS: readonly string[] = phrases(
  'familiar with|briefed on|knowledgeable about|aware of|close to|involved in|knowledge of',
);
