/**
 * Decides what a source phrase is: a named person or organisation (resolved to the fullest
 * name), a vague source ("critics", "many", "people familiar with the matter"), or nothing a
 * reader would call a source ("both leaders", "his recent interactions").
 */
import type { Token } from '../text/tokens.ts';
import { stripPossessive, isPossessive } from '../text/tokens.ts';
import type { Range } from './phrases.ts';
import type { Entities } from './entities.ts';
import { continuesInstitution, makeRun } from './names.ts';
import { isListedPlural, isPluralNoun, singularOf } from './plurals.ts';
import { isAmount, pronounOf } from './phrases.ts';
import { startsKnowledgeLink } from './knowledge.ts';
import {
  VAGUE_NOUNS, INSTITUTION_SET, ORG_NAME_SET, ORG_HEAD_SET, TITLE_SET, NATIONALITY_SET, VAGUE_QUANTIFIER_SET, COMMON_SET, PRONOUN_MAP, CUE_FORMS,
} from '../lexicon/lookup.ts';
import { words } from '../lexicon/words.ts';
import { GROUP_ADJECTIVES, NOT_PERSON_WORDS, PERSON_NOUN_WORDS } from '../lexicon/person-nouns.ts';
/** Adjectives that open sentences before groups ("Former employees said"). */
const GROUP_ADJECTIVE_SET: ReadonlySet<string> = new Set(GROUP_ADJECTIVES);

export interface Source {
  kind: 'named' | 'vague';
  /** The source as shown to the reader: resolved name for people and organisations, the text's words otherwise. */
  name: string;
  /** True when it names a person (the text can later refer to them as "he"/"she"). */
  person: boolean;
  /** For two people speaking together ("Smith and Brown"), the one named last: a following "he" or "she" most likely means them. */
  lastMember?: string;
  /** Block offsets of the words that named it. */
  start: number;
  end: number;
}

/** Roles by which an article refers back to the person it is about ("the Ukrainian leader said"). */
const DESCRIPTION_ROLES = new Set(words(
  'leader president minister premier chancellor senator governor mayor candidate nominee '
  + 'frontrunner front-runner envoy secretary ambassador congressman congresswoman lawmaker '
  + 'billionaire businessman businesswoman tycoon actor actress star singer rapper host '
  + 'hopeful incumbent challenger king queen prince princess pope emir general commander '
  + 'chairman chairwoman founder president-elect speaker mogul veteran former',
));
const DOCUMENTS = new Set(words(
  'statement statements report letter memo study survey analysis document filing tweet post '
  + 'release email emails transcript interview op-ed editorial column speech remarks comments '
  + 'video ad poll count tally',
));
const STUDY_AUTHORS = new Set(words('researchers scientists authors investigators study team'));
/** Is tokens[i] followed at once by a reporting verb ("43 said", "39 have said")? */
function countsSpeakers(tokens: Token[], i: number): boolean {
  let next = tokens[i + 1];
  if (next && (next.lower === 'have' || next.lower === 'had')) next = tokens[i + 2];
  return next !== undefined && !next.quoted && SHARE_VERBS.has(next.lower);
}
/** Verbs a share of respondents reports with ("43 said", "26% say"); not "60 pledged delegates", "the 9/11 comment". */
const SHARE_VERBS = new Set(words('said say says told reported described believe believed think thought agreed disagreed'));
const QUANTITY_HEADS = new Set(words(
  'number lot lots handful majority couple dozens hundreds thousands few some many most '
  + 'several all none half share minority one two three each both percent third thirds quarter '
  + 'quarters plurality fifth fifths tenth',
));
const PERSON_ROLES = new Set(words(
  'spokesman spokeswoman spokesperson president minister secretary governor mayor senator '
  + 'leader chairman ceo judge prosecutor',
));
const DETERMINERS = new Set(words('the a an this that these those its their his her our'));
/** Words after which a pair of names opens a clause as its subject ("when Cruz and Rubio implied"). */
const PAIR_OPENERS = new Set(words(
  'and but or so because when whenever what that after before while as if since although though '
  + 'where who whom whose than like both once until unless whereas why how',
));
/** Words that deny a source rather than name one ("no group claimed", "nobody has said"). */
const NEGATED_SOURCES = new Set(words('no nobody none neither nor'));

/** Classifies the phrase tokens[r.first..r.last] of a sentence whose block text is `text`. */
export function classifySource(text: string, tokens: Token[], r: Range, entities: Entities): Source | null {
  const first = tokens[r.first]!;
  const lastTok = tokens[r.last]!;
  const start = first.start;
  const end = lastTok.end;
  const phrase = text.slice(start, end);
  if (r.first === r.last) {
    const p = PRONOUN_MAP.get(first.lower) ?? PRONOUN_MAP.get(pronounOf(first.lower));
    if (p !== undefined) return resolvePronoun(p, start, end, entities);
  }
  // "tweets he sent out in 2013 denouncing …": a bare number or year is nobody, unless the verb
  // follows it at once ("43 said the same", "39 have said"): then it counts people.
  if (r.first === r.last && first.kind === 'num' && !countsSpeakers(tokens, r.last)) return null;
  // "no group claimed responsibility", "nobody said": a denied source is no source at all.
  if (NEGATED_SOURCES.has(first.lower)) return null;
  const joint = jointSource(text, tokens, r, entities);
  if (joint) return joint;
  // Head chunk: up to the first link word ("whistleblowers within the US intelligence community").
  let headLast = r.last;
  for (let k = r.first + 1; k <= r.last; k++) {
    const w = tokens[k]!.lower;
    // "nine out of 10 voters": a share of an unnamed group.
    if (w === 'out' && tokens[k + 1]?.lower === 'of' && isAmount(tokens[k - 1]!) && k + 2 <= r.last) return { kind: 'vague', name: phrase, person: false, start, end };
    // "a person familiar with the matter", "people with knowledge of the plans": the head is before the pair.
    if (startsKnowledgeLink(tokens, k)) { headLast = k - 1; break; }
    // Unless it goes on with an institution's name: "the Ministry of Defence", "Council on Foreign Relations".
    if (k + 1 <= r.last && continuesInstitution(tokens, k - 1)) continue;
    if (['of', 'for', 'at', 'from', 'within', 'in', 'on', 'close', 'to'].includes(w)) { headLast = k - 1; break; }
  }
  // "a number of analysts", "dozens of officials": the head is after "of".
  // "a statement from the campaign", "a letter by Senator X": the document's author speaks.
  if (DOCUMENTS.has(tokens[headLast]!.lower) && ['from', 'by', 'of'].includes(tokens[headLast + 1]?.lower ?? '') && headLast + 2 <= r.last) {
    const author = classifySource(text, tokens, { first: headLast + 2, last: r.last }, entities);
    if (author && author.kind === 'named') return { ...author, start, end };
  }
  const quantity = (QUANTITY_HEADS.has(tokens[headLast]!.lower) || tokens[headLast]!.kind === 'num') && first.lower !== 'the';
  if (quantity && tokens[headLast + 1]?.lower === 'of' && headLast + 2 <= r.last) {
    const rest = classifySource(text, tokens, { first: headLast + 2, last: r.last }, entities);
    if (rest && rest.kind === 'named' && !rest.person) return { ...rest, start, end };
    return { kind: 'vague', name: phrase, person: false, start, end };
  }
  // "Nearly half said", "Sixty-six percent said", "About 4 in 10 say": part of an unnamed group.
  if (quantity) return { kind: 'vague', name: phrase, person: false, start, end };
  const head = tokens[headLast]!;
  const headLower = stripPossessive(head.lower);
  // "Many Tunisians", "Some Republicans": an unnamed part of a group.
  if (VAGUE_QUANTIFIER_SET.has(first.lower) && headLast > r.first && !['one', 'two', 'three', 'senior', 'top'].includes(first.lower)) {
    return { kind: 'vague', name: phrase, person: false, start, end };
  }
  let capsInHead = firstCap(tokens, r.first, headLast);
  // "Sources said", "Officials say": capitalised only because the sentence starts there.
  if (capsInHead === 0 && headLast === 0 && (VAGUE_NOUNS.has(headLower) || INSTITUTION_SET.has(headLower) || opensAsGroup(headLower, entities))) capsInHead = -1;
  // "Former employees said", "Local farmers say": an adjective capitalised only because it opens
  // the sentence, before a lowercase plural of people.
  if (capsInHead === 0 && r.first === 0 && headLast > 0 && !head.cap && GROUP_ADJECTIVE_SET.has(first.lower) && firstCap(tokens, 1, headLast) < 0 && isPeoplePlural(headLower)) capsInHead = -1;
  if (capsInHead >= 0 && head.cap) {
    const run = makeRun(tokens, capsInHead, headLast, capsInHead > r.first && tokens[capsInHead - 1]!.lower === 'the');
    if (run.roleOnly) {
      const w = run.lowers[0] ?? '';
      if (run.definite && PERSON_ROLES.has(w) && entities.lastPerson) return { kind: 'named', name: entities.lastPerson, person: true, start, end };
      return null;
    }
    if (/ing$/.test(run.words[0] ?? '') && capsInHead === 0 && r.first === 0) return null;
    if (run.words.length === 0 || (run.words.length === 1 && COMMON_SET.has(run.lowers[0]!) && !entities.isKnownSurname(run.lowers[0]!))) return null;
    if (run.kind === 'place' && run.words.length > 0) return { kind: 'named', name: run.name, person: false, start, end };
    const resolved = entities.observe(run);
    if (resolved !== null) return { kind: 'named', name: resolved, person: run.kind !== 'org', start, end };
    // A lone capitalised word opening the sentence: a name ("Reid says"); one ending in -s only
    // right before an inflected reporting verb and not a plural noun ("Jones said", not
    // "Protesters said", "Associates say", "Signs of momentum …").
    if (run.words.length === 1 && capsInHead === 0 && !run.titled && r.first === 0 && /s$/.test(run.words[0]!) && !(r.first === r.last && surnameBeforeCue(tokens, r.last))) return null;
    // A lone first name ("her mother, Fiona, said") is a person too: the next 'she' may be her.
    return { kind: 'named', name: run.name, person: run.kind === 'person' || entities.genderOf(run.name) !== null, start, end };
  }
  if (VAGUE_NOUNS.has(headLower) || VAGUE_QUANTIFIER_SET.has(headLower) && headLast === r.first) {
    // "Pentagon officials", "officials at the Ministry of Defence": an office is named.
    if (namesAnOffice(tokens, r)) return { kind: 'named', name: phrase, person: false, start, end };
    // "the researchers found": the authors of a study the article is about.
    if (first.lower === 'the' && STUDY_AUTHORS.has(headLower)) return { kind: 'named', name: phrase, person: false, start, end };
    return { kind: 'vague', name: phrase, person: false, start, end };
  }
  // "Protesters said", "local farmers say", "deficit hawks have warned": an unnamed group of people.
  // Not with a name before the head ("Trump's lawyers", "Pentagon doctors"), which identifies them.
  if (isPeoplePlural(headLower) && capsInHead < 0 && !isPossessive(first.text)) return { kind: 'vague', name: phrase, person: false, start, end };
  if (INSTITUTION_SET.has(headLower) || INSTITUTION_SET.has(twoWords(tokens, headLast))) {
    if (DESCRIPTION_ROLES.has(headLower) && first.lower === 'the' && entities.lastPerson && isDescription(tokens, r.first, headLast)) {
      return { kind: 'named', name: entities.lastPerson, person: true, start, end };
    }
    if ((first.lower === 'a' || first.lower === 'an') && PERSON_ROLES.has(headLower)) return { kind: 'vague', name: phrase, person: false, start, end };
    return { kind: 'named', name: phrase, person: false, start, end };
  }
  // "the former top aide to President George W. Bush": a role tied to a name identifies a person.
  if (TITLE_SET.has(headLower) && headLast < r.last && firstCap(tokens, headLast + 1, r.last) >= 0 && first.lower === 'the') {
    return { kind: 'named', name: phrase, person: true, start, end };
  }
  // "the Ukrainian leader", "the former envoy", "the self-described democratic socialist":
  // a description of the person the text is about.
  const personNoun = DESCRIPTION_ROLES.has(headLower) || /(?:ist|ian|ator)$/.test(headLower);
  if (personNoun && first.lower === 'the' && entities.lastPerson && isDescription(tokens, r.first, headLast)) {
    return { kind: 'named', name: entities.lastPerson, person: true, start, end };
  }
  // "according to a computer programmer", "a local resident said": one unnamed person.
  // (The noun must end its phrase or head a link: "a computer programmer who", not "a former" of "a former state chairman".)
  const afterHead = tokens[headLast + 1];
  const headEnds = headLast === r.last || (afterHead !== undefined && !afterHead.cap && ['of', 'for', 'at', 'from', 'in', 'on', 'with', 'close', 'to'].includes(afterHead.lower))
    || startsKnowledgeLink(tokens, headLast + 1);
  // Not a description of someone named ("Dean Johnson, a salesman, says", "Swanson, who is a
  // pastor", "a former staffer named Bradley Podliska").
  const lead = tokens[r.first - 1];
  const describes = (lead !== undefined && !lead.quoted && (lead.text === ',' || BE_FORMS.has(lead.lower))) || tokens[r.last + 1]?.lower === 'named';
  if (INDEFINITE.has(first.lower) && headLast > r.first && headEnds && !describes && isPersonNoun(headLower)) return { kind: 'vague', name: phrase, person: false, start, end };
  return null;
}

const BE_FORMS = new Set(words('is was were are be been being'));
/** Determiners of one unnamed someone ("a programmer", "another resident"). */
const INDEFINITE = new Set(words('a an another one'));
/** Singular nouns for a person by what they do ("programmer", "analyst", "chairman"). */
const PERSON_ENDINGS = /(?:[^e]er|or|ist|ian|man|woman|person)$/;
/** People nouns without those endings. */
const PERSON_NOUNS = new Set(PERSON_NOUN_WORDS);
/** Nouns and adjectives with those endings that are not people ("a letter", "a former", "a major"). */
const THING_NOUNS = new Set(NOT_PERSON_WORDS);

/** A plural noun for people ("protesters", "parents", "nurses", "deputies"): as a source, an unnamed group. */
function isPeoplePlural(lower: string): boolean {
  const singular = singularOf(lower);
  return singular !== null && isPersonNoun(singular);
}

/**
 * "Protesters said", "Parents say": a plural opening the sentence is a group, not a surname, when
 * it is a listed plural (lexicon/plurals.ts) or the plural of a listed people noun, of people,
 * and the article has named nobody so ("Sanders said").
 */
function opensAsGroup(lower: string, entities: Entities): boolean {
  const singular = singularOf(lower);
  return singular !== null && (isListedPlural(lower) || PERSON_NOUNS.has(singular)) && isPersonNoun(singular) && !entities.isKnownSurname(lower);
}

function isPersonNoun(lower: string): boolean {
  if (PERSON_NOUNS.has(lower)) return true;
  return PERSON_ENDINGS.test(lower) && !THING_NOUNS.has(lower) && !DOCUMENTS.has(lower) && !INSTITUTION_SET.has(lower);
}

/**
 * "Smith and Brown said", "Jane Doe and John Roe said": two named people or organisations joined
 * by "and" speak together, so both are credited ("Smith and Brown"); an institution whose name
 * holds "and" ("World Travel and Tourism Council") stays one name. Null when the phrase is no such pair.
 */
function jointSource(text: string, tokens: Token[], r: Range, entities: Entities): Source | null {
  for (let k = r.first + 1; k < r.last; k++) {
    const t = tokens[k]!;
    if (t.lower !== 'and' || t.cap || !tokens[k - 1]!.cap || !tokens[k + 1]!.cap) continue;
    // One institution whose name holds "and" ends with an institution head ("World Travel and
    // Tourism Council"); two organisations ("Nintendo and Apple") speak together.
    if (makeRun(tokens, r.first, r.last, false).kind === 'org' && ORG_HEAD_SET.has(stripPossessive(tokens[r.last]!.lower))) return null;
    // The end of a list ("Alabama, Georgia and Virginia", "Sciences, Engineering and Medicine"),
    // or two roles of one person ("former Pennsylvania Gov. and Committee Chairman Ed Rendell").
    const before = tokens[r.first - 1];
    if (before?.text === ',' && tokens[r.first - 2]?.cap === true) return null;
    // A pair after a verb or a preposition is its object ("has demonized Wall Street and Mr. Trump
    // has …", "the Court of Appeals and William Landes"), unless a clause opens there ("when Cruz
    // and Rubio implied", "because Congress and President Obama agreed").
    if (before && before.kind === 'word' && !before.cap && !before.quoted && !PAIR_OPENERS.has(before.lower)) return null;
    if (TITLE_SET.has(tokens[k - 1]!.lower.replace(/\.$/, ''))) return null;
    // "Professors Foner and Alba", "Senators Cruz and Rubio": a plural title is each one's.
    const lead = tokens[r.first]!;
    const pluralTitle = k - 1 > r.first && lead.cap && lead.lower.length > 3 && lead.lower.endsWith('s') && TITLE_SET.has(lead.lower.slice(0, -1));
    const left = classifySource(text, tokens, { first: pluralTitle ? r.first + 1 : r.first, last: k - 1 }, entities);
    const right = classifySource(text, tokens, { first: k + 1, last: r.last }, entities);
    if (left?.kind !== 'named' || right?.kind !== 'named') return null;
    if (makeRun(tokens, r.first, k - 1, false).kind === 'place' || makeRun(tokens, k + 1, r.last, false).kind === 'place') return null;
    // Not a person: a later "he" or "she" is one of them, not both.
    const source: Source = { kind: 'named', name: `${left.name} and ${right.name}`, person: false, start: tokens[r.first]!.start, end: tokens[r.last]!.end };
    if (right.person) source.lastMember = right.name;
    return source;
  }
  return null;
}

/**
 * "Jones said", "Forbes, however, says", "McAdams, a professor, writes": a capitalised word ending
 * in -s that is not a plural noun, directly followed by an inflected reporting verb (a person takes
 * "said"/"says", a plural noun "say"), or by an appositive between commas and then one.
 */
function surnameBeforeCue(tokens: Token[], last: number): boolean {
  if (isPluralNoun(stripPossessive(tokens[last]!.lower))) return false;
  let k = last + 1;
  // "Roberts and Hughes said": the other name of a pair.
  if (tokens[k]?.lower === 'and') while (tokens[k + 1]?.cap === true && !tokens[k + 1]!.quoted && k - last < 5) k++;
  if (k > last + 1) k++;
  if (tokens[k]?.text === ',') {
    k++;
    while (k < tokens.length && k - last < 16 && tokens[k]!.text !== ',' && !tokens[k]!.quoted) k++;
    if (tokens[k]?.text !== ',') return false;
    k++;
  }
  const next = tokens[k];
  const form = next && !next.quoted ? CUE_FORMS.get(next.lower) : undefined;
  return form !== undefined && form.strength === 'speech' && next!.lower !== form.lemma;
}

function twoWords(tokens: Token[], last: number): string {
  const a = tokens[last - 1];
  return a ? `${a.lower} ${tokens[last]!.lower}` : '';
}

function firstCap(tokens: Token[], from: number, to: number): number {
  for (let k = from; k <= to; k++) {
    const t = tokens[k]!;
    if (t.cap && !(k === from && (DETERMINERS.has(t.lower) || VAGUE_QUANTIFIER_SET.has(t.lower)))) return k;
  }
  return -1;
}

/** "the Ukrainian leader": a determiner, adjectives or nationalities, and a role noun. */
function isDescription(tokens: Token[], first: number, head: number): boolean {
  if (head - first > 3) return false;
  for (let k = first + 1; k < head; k++) {
    const t = tokens[k]!;
    if (t.cap && !NATIONALITY_SET.has(t.lower) && k !== head - 1) return false;
  }
  return true;
}

/** Does a vague noun phrase name the office it speaks for ("Pentagon officials")? */
function namesAnOffice(tokens: Token[], r: Range): boolean {
  for (let k = r.first; k <= r.last; k++) {
    const t = tokens[k]!;
    // "sources close to the campaign", "people familiar with Pentagon plans": what they know is not where they work.
    if (startsKnowledgeLink(tokens, k)) return false;
    if (k === 0 && !ORG_NAME_SET.has(t.lower)) continue;
    if (isPossessive(t.text) || TITLE_SET.has(t.lower.replace(/\.$/, ''))) continue;
    if (t.cap && !NATIONALITY_SET.has(t.lower) && !DETERMINERS.has(t.lower) && !VAGUE_QUANTIFIER_SET.has(t.lower) && !COMMON_SET.has(t.lower)) return true;
    if (!t.cap && INSTITUTION_SET.has(t.lower) && k > r.first) return true;
  }
  return false;
}

function resolvePronoun(p: string, start: number, end: number, entities: Entities): Source | null {
  if (p === 'he' || p === 'she') {
    const name = entities.personFor(p);
    return name ? { kind: 'named', name, person: true, start, end } : null;
  }
  if (p === 'it' && entities.lastOrg && entities.sentence - entities.lastOrgSentence <= 1) {
    return { kind: 'named', name: entities.lastOrg, person: false, start, end };
  }
  if (p === 'they' && entities.lastGroupSource && entities.sentence - entities.lastGroupSourceSentence <= 1) {
    return { kind: entities.lastGroupSource.kind, name: entities.lastGroupSource.name, person: false, start, end };
  }
  return null;
}
