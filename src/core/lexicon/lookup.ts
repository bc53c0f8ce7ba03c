/**
 * Lookup structures built once from the word lists (Sets and Maps keyed by lowercase token), so
 * the per-sentence work is a few hash lookups per token. Multi-word phrases are indexed by their
 * first word and matched token by token.
 */
import { REPORTING_VERBS, PASSIVE_BY_CUES, SPEECH_NOUNS, READ_DOCUMENTS, type ReportingVerb } from './reporting-verbs.ts';
import { VAGUE_SOURCE_NOUNS, VAGUE_PHRASES, VAGUE_MODIFIERS, VAGUE_QUANTIFIERS } from './vague.ts';
import { TITLES, NATIONALITIES } from './titles.ts';
import { ORG_WORDS, ORG_HEADS, PLACE_STARTERS, ORG_NAMES, INSTITUTION_NOUNS, PLACE_NAMES } from './organisations.ts';
import { SUBJECT_VERB_FILLERS, RELATIVE_PRONOUNS, PERSON_PRONOUNS } from './pronouns.ts';
import { SIGNAL_WORDS, type SignalKind } from './signals.ts';
import { COMMON_CAPITALISED, LY_NOUNS } from './common-words.ts';

/** A reporting verb form with its lemma. */
export interface CueForm { lemma: string; strength: ReportingVerb['strength'] }

function buildCueForms(): Map<string, CueForm> {
  const m = new Map<string, CueForm>();
  for (const v of REPORTING_VERBS) {
    const lemma = v.forms[0] ?? '';
    for (const f of v.forms) if (!m.has(f)) m.set(f, { lemma, strength: v.strength });
  }
  return m;
}

export const CUE_FORMS: ReadonlyMap<string, CueForm> = buildCueForms();
export const PASSIVE_BY: ReadonlySet<string> = new Set(PASSIVE_BY_CUES);
export const SPEECH_NOUN_SET: ReadonlySet<string> = new Set(SPEECH_NOUNS);
/** Documents whose words "read" (reporting-verbs.ts READ_DOCUMENTS). */
export const READ_DOCUMENT_SET: ReadonlySet<string> = new Set(READ_DOCUMENTS);
export const VAGUE_NOUNS: ReadonlySet<string> = new Set(VAGUE_SOURCE_NOUNS);
export const VAGUE_QUANTIFIER_SET: ReadonlySet<string> = new Set(VAGUE_QUANTIFIERS);
export const TITLE_SET: ReadonlySet<string> = new Set(TITLES);
export const NATIONALITY_SET: ReadonlySet<string> = new Set(NATIONALITIES);
export const ORG_WORD_SET: ReadonlySet<string> = new Set(ORG_WORDS);
/** Institution heads a name goes on after with "of"/"for"/"on" (organisations.ts ORG_HEADS). */
export const ORG_HEAD_SET: ReadonlySet<string> = new Set(ORG_HEADS);
export const PLACE_STARTER_SET: ReadonlySet<string> = new Set(PLACE_STARTERS);
export const ORG_NAME_SET: ReadonlySet<string> = new Set(ORG_NAMES);
export const PLACE_NAME_SET: ReadonlySet<string> = new Set(PLACE_NAMES);
export const INSTITUTION_SET: ReadonlySet<string> = new Set(INSTITUTION_NOUNS);
export const FILLER_SET: ReadonlySet<string> = new Set(SUBJECT_VERB_FILLERS);
export const RELATIVE_SET: ReadonlySet<string> = new Set(RELATIVE_PRONOUNS);
export const COMMON_SET: ReadonlySet<string> = new Set(COMMON_CAPITALISED);
/** Nouns ending in -ly (common-words.ts LY_NOUNS): not adverbs. */
export const LY_NOUN_SET: ReadonlySet<string> = new Set(LY_NOUNS);
/** PERSON_PRONOUNS as a Map: own entries only (an object would answer "constructor"), and a Map lookup by a token's string is a hash probe, not a property lookup. */
export const PRONOUN_MAP: ReadonlyMap<string, (typeof PERSON_PRONOUNS)[string]> = new Map(Object.entries(PERSON_PRONOUNS));

/** Bits of Token.lex: the word lists a word belongs to (one hash lookup per word, then bit tests). */
export const LEX = {
  cue: 1, passiveBy: 2, speechNoun: 4, speechAct: 8, vagueStart: 16, signalStart: 32, according: 64,
  /**
   * The first word of an according-to phrase of a language other than English that is not one by
   * itself ("de" of "de l'avis de", "nach" of "nach Angaben", German "so" after a quotation):
   * looked for by attribution/foreign-attribute.ts, but, unlike `according`, no sign of speech.
   */
  accordingPhrase: 128,
} as const;

const SPEECH_ACT_WORDS = ['delivered', 'gave', 'made', 'issued', 'offered', 'penned', 'published', 'released', 'posted', 'sent', 'voiced'];

function buildLex(): Map<string, number> {
  const m = new Map<string, number>();
  const add = (w: string, bit: number): void => { m.set(w, (m.get(w) ?? 0) | bit); };
  for (const w of CUE_FORMS.keys()) add(w, LEX.cue);
  for (const w of PASSIVE_BY) add(w, LEX.passiveBy);
  for (const w of SPEECH_NOUN_SET) add(w, LEX.speechNoun);
  for (const w of SPEECH_ACT_WORDS) add(w, LEX.speechAct);
  for (const w of VAGUE_PHRASE_INDEX.keys()) add(w, LEX.vagueStart);
  for (const w of SIGNAL_INDEX.keys()) add(w, LEX.signalStart);
  add('according', LEX.according);
  return m;
}

let LEX_MAP: Map<string, number> | null = null;
let LEX_SHAPES: Uint32Array | null = null;

/**
 * A word's shape (length and the codes of its first, second and last letters, folded into 19
 * bits; `second` is NaN or 0 for a one-letter word): a few bit operations, no string hashing.
 * The tokeniser passes codes it has just read from the block text.
 */
export function shapeOf(length: number, first: number, second: number, last: number): number {
  const k = ((length & 31) << 14) | ((first & 127) << 7) | (last & 127);
  return (k ^ ((second & 127) * 0x9e5)) & 0x7ffff;
}

/** shapeOf a lowercase word. */
export function shapeOfWord(w: string): number {
  return shapeOf(w.length, w.charCodeAt(0), w.charCodeAt(1), w.charCodeAt(w.length - 1));
}

/** Bitset of the shapes of every listed word: most words of a text are in no list and skip the hash lookup. */
function buildShapes(m: Map<string, number>): Uint32Array {
  const bits = new Uint32Array(1 << 14);
  for (const w of m.keys()) {
    const k = shapeOfWord(w);
    bits[k >>> 5]! |= 1 << (k & 31);
  }
  return bits;
}

/**
 * The word lists a lowercase word belongs to (bits of LEX), given its shape: one bit test for
 * most words, one hash lookup for the rest. The tokeniser sets Token.lex with it.
 */
export function lexiconBits(lower: string, shape: number): number {
  const m = LEX_MAP ?? (LEX_MAP = buildLex());
  const bits = LEX_SHAPES ?? (LEX_SHAPES = buildShapes(m));
  return (bits[shape >>> 5]! & (1 << (shape & 31))) === 0 ? 0 : m.get(lower) ?? 0;
}

/** Phrases indexed by first word: each entry is the phrase's words and a payload. */
export type PhraseIndex<T> = ReadonlyMap<string, { words: string[]; value: T }[]>;

export function buildPhraseIndex<T>(entries: Iterable<[string, T]>): PhraseIndex<T> {
  const m = new Map<string, { words: string[]; value: T }[]>();
  for (const [phrase, value] of entries) {
    const words = phrase.split(' ');
    const first = words[0] ?? '';
    const list = m.get(first) ?? [];
    list.push({ words, value });
    list.sort((a, b) => b.words.length - a.words.length);
    m.set(first, list);
  }
  return m;
}

export const VAGUE_PHRASE_INDEX: PhraseIndex<string> = buildPhraseIndex(
  [...VAGUE_PHRASES, ...VAGUE_MODIFIERS].map((p) => [p, p] as [string, string]),
);

export const SIGNAL_INDEX: PhraseIndex<SignalKind> = buildPhraseIndex(
  (Object.keys(SIGNAL_WORDS) as SignalKind[]).flatMap((k) => SIGNAL_WORDS[k].map((w) => [w, k] as [string, SignalKind])),
);
