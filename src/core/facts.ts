/**
 * Computes the facts the label rules read for one sentence: tokens, names seen (fed into the
 * article's entity registry), attributions, a speech owner, vague phrases, signals and links.
 */
import type { Block, LinkSpan } from './types.ts';
import type { Token } from './text/tokens.ts';
import type { SentenceFacts } from './rules/types.ts';
import type { Entities } from './attribution/entities.ts';
import { findNameRuns, type NameRun } from './attribution/names.ts';
import { FAMILY_HE_WORDS, FAMILY_SHE_WORDS, FAMILY_ANY_WORDS } from './lexicon/person-nouns.ts';
import { attribute } from './attribution/attribute.ts';
import { findSpeechOwner } from './attribution/speech-owner.ts';
import { matchPhrases } from './text/phrases.ts';
import { VAGUE_PHRASE_INDEX, SIGNAL_INDEX, LEX } from './lexicon/lookup.ts';
import type { LanguageLexicon } from './lexicon/foreign.ts';
import { foreignNameRuns } from './attribution/foreign-names.ts';
import { attributeForeign } from './attribution/foreign-attribute.ts';

/** Words without which attribute() finds nothing: cue verbs, "according", "<verb> by", "<speech noun> by". */
const ATTRIBUTION_BITS = LEX.cue | LEX.according | LEX.passiveBy | LEX.speechNoun;
/** A speech owner needs a noun of speech ("remarks", "speech"). */
const SPEECH_OWNER_BITS = LEX.speechNoun;

const FAMILY_HE: ReadonlySet<string> = new Set(FAMILY_HE_WORDS);
const FAMILY_SHE: ReadonlySet<string> = new Set(FAMILY_SHE_WORDS);
const FAMILY_ANY: ReadonlySet<string> = new Set(FAMILY_ANY_WORDS);

/**
 * "Her father, Brad, 39, worried", "his wife, Jordan, said": a name between commas right after a
 * family word is a person (even a first name no list knows), of the family word's gender, so
 * that a later "he" or "she" finds them. The gender the family word tells ('he', 'she'), null
 * for a neutral one ("friend"), undefined when the run is no such name.
 */
function familyGender(tokens: Token[], run: NameRun): 'he' | 'she' | null | undefined {
  const comma = tokens[run.first - 1];
  const family = tokens[run.first - 2];
  const after = tokens[run.last + 1];
  if (comma?.text !== ',' || !family || family.quoted || family.kind !== 'word' || (after !== undefined && after.text !== ',' && after.text !== '.')) return undefined;
  const w = family.lower;
  if (run.words.length === 0) return undefined;
  return FAMILY_HE.has(w) ? 'he' : FAMILY_SHE.has(w) ? 'she' : FAMILY_ANY.has(w) ? null : undefined;
}

function isTitleCase(tokens: Token[]): boolean {
  let words = 0;
  let caps = 0;
  for (const t of tokens) {
    if (t.kind !== 'word' || t.lower.length <= 3) continue;
    words++;
    if (t.cap) caps++;
  }
  return words >= 3 && caps / words > 0.7;
}

/** The block's external links inside [start, end), clipped to it. */
function linksIn(links: LinkSpan[], start: number, end: number): SentenceFacts['links'] {
  const out: SentenceFacts['links'] = [];
  for (const l of links) if (l.external && l.start < end && l.end > start) out.push({ start: Math.max(l.start, start), end: Math.min(l.end, end), href: l.href });
  return out;
}

export function sentenceFacts(
  block: Block,
  start: number,
  end: number,
  tokens: Token[],
  entities: Entities,
  supported: boolean,
  /** Union of the tokens' Token.lex bits: passes looking for words the sentence lacks are skipped. */
  lexAll = -1,
  /** The word lists of a page in French, Spanish, German or Portuguese; null for English. */
  foreign: LanguageLexicon | null = null,
): SentenceFacts {
  if (foreign !== null) return foreignFacts(block, start, end, tokens, entities, lexAll, foreign);
  const text = block.text;
  const persons: { index: number; name: string }[] = [];
  // A title-case heading capitalises every word: its runs are not names ("Veteran Wraps Baby").
  const titleCase = block.kind === 'heading' && isTitleCase(tokens);
  for (const run of titleCase ? [] : findNameRuns(tokens, 0, tokens.length, false)) {
    const family = run.kind !== 'org' && run.kind !== 'place' && !run.honorific ? familyGender(tokens, run) : undefined;
    // "his wife, Jane," after "Jane Sanders": the known full name, of the family word's gender.
    const known = family !== undefined && run.words.length === 1 ? entities.fullest(run.name) : '';
    if (known.includes(' ')) {
      if (family) entities.setGender(known, family);
      if (!tokens[run.first]!.quoted) persons.push({ index: run.first, name: known });
      continue;
    }
    if (family !== undefined) {
      run.kind = 'person';
      if (family !== null) run.honorific = family;
      // "Trump's wife, Melania," stays "Melania": the fullest name the article gives, no surname guessed for her.
    }
    const resolved = entities.observe(run);
    const personLike = run.kind === 'person' || run.titled || (run.words.length === 1 && entities.isKnownSurname(run.lowers[0]!));
    // A name inside quoted words is someone's speech about that person, not who the text is about
    // now: "As Eloise deteriorated…" must not make Eloise the 'she' of the next "She added:".
    if (resolved !== null && personLike && run.kind !== 'org' && !tokens[run.first]!.quoted) persons.push({ index: run.first, name: resolved });
  }
  // The first person named before the pronoun: usually the subject of the sentence.
  const personBefore = (index: number): string | null => {
    const p = persons[0];
    return p && p.index < index ? p.name : null;
  };
  const facts: SentenceFacts = {
    text, start, end, kind: block.kind, tokens, quotes: [],
    attributions: supported && (lexAll & ATTRIBUTION_BITS) !== 0 ? attribute(text, tokens, entities, personBefore, lexAll) : [],
    speechOwner: supported && (lexAll & SPEECH_OWNER_BITS) !== 0 ? findSpeechOwner(text, tokens, entities, personBefore) : null,
    vaguePhrases: supported && (lexAll & LEX.vagueStart) !== 0 ? matchPhrases(text, tokens, VAGUE_PHRASE_INDEX, LEX.vagueStart) : [],
    signals: supported && (lexAll & LEX.signalStart) !== 0 ? matchPhrases(text, tokens, SIGNAL_INDEX, LEX.signalStart) : [],
    persons,
    listIntro: null,
    links: block.links ? linksIn(block.links, start, end) : [],
  };
  return remember(facts, entities);
}

/**
 * The same facts for a page in French, Spanish, German or Portuguese: names, attributions and
 * vague phrases from that language's word lists (lexicon/foreign/*.ts); no speech owner and no
 * check-worthiness signals (those languages get no `unsourced` label).
 */
function foreignFacts(
  block: Block, start: number, end: number, tokens: Token[], entities: Entities, lexAll: number, lx: LanguageLexicon,
): SentenceFacts {
  const text = block.text;
  const persons: { index: number; name: string }[] = [];
  const titleCase = block.kind === 'heading' && isTitleCase(tokens);
  for (const run of titleCase ? [] : foreignNameRuns(tokens, 0, tokens.length, lx)) {
    const resolved = entities.observe(run);
    const personLike = run.kind === 'person' || run.titled || (run.words.length === 1 && entities.isKnownSurname(run.lowers[0]!));
    if (resolved !== null && personLike && run.kind !== 'org') persons.push({ index: run.first, name: resolved });
    // "Luiz Inácio Lula da Silva" … "Lula": the inner words of a long name can stand for it.
    if (resolved !== null && run.kind === 'person' && run.words.length >= 3) {
      for (let k = 1; k < run.lowers.length - 1; k++) if (!lx.nameParticles.has(run.lowers[k]!)) entities.alias(run.lowers[k]!, resolved);
    }
  }
  const facts: SentenceFacts = {
    text, start, end, kind: block.kind, tokens, quotes: [],
    attributions: (lexAll & (LEX.cue | LEX.according | LEX.accordingPhrase)) !== 0 ? attributeForeign(text, tokens, entities, lx, lexAll) : [],
    speechOwner: null,
    vaguePhrases: (lexAll & LEX.vagueStart) !== 0 ? matchPhrases(text, tokens, lx.vaguePhrases, LEX.vagueStart) : [],
    signals: [],
    persons,
    listIntro: null,
    links: block.links ? linksIn(block.links, start, end) : [],
  };
  return remember(facts, entities);
}

/** After a sentence: the group that spoke (for "they") and the person it is about (for he/she) become the most recent. */
function remember(facts: SentenceFacts, entities: Entities): SentenceFacts {
  const { text, tokens, persons } = facts;
  // An organisation or group that spoke: what "they" can be in this sentence and the next.
  for (const a of facts.attributions) {
    if (a.source && !a.source.person) {
      entities.lastGroupSource = { kind: a.source.kind, name: a.source.name };
      entities.lastGroupSourceSentence = entities.sentence;
    }
  }
  const owner = facts.speechOwner;
  if (owner) {
    const t = owner.noun;
    facts.attributions.push({ via: 'speech', cueIndex: tokens.indexOf(t), cueText: t.text, cueStart: t.start, cueEnd: t.end, speech: true, source: owner.source });
  }
  // Who the text is about now: a named person source, the owner of the speech, or the first person named.
  // Everyone named becomes recent (for he/she), the sentence's subject or source most recent.
  for (let k = persons.length - 1; k >= 0; k--) entities.lastPerson = persons[k]!.name;
  // (For a pair speaking together, the one named last.)
  const sourced = facts.attributions.find((a) => a.source?.kind === 'named' && (a.source.person || a.source.lastMember !== undefined))?.source;
  const named = (sourced?.person ? sourced.name : sourced?.lastMember)
    ?? (facts.speechOwner?.source.person ? facts.speechOwner.source.name : undefined);
  if (named) entities.lastPerson = named;
  entities.previous = { text, tokens };
  return facts;
}
