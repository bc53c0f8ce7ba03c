/**
 * Finding the words that name a source around a cue, as token ranges of one sentence:
 *   subjectBefore: `Zelensky argued`, `X, the minister, said`, `insiders, who allege`,
 *                  `with Ukrainian President Volodymyr Zelensky expressing`
 *   phraseAfter:   `according to the Pentagon`, `released by the Kremlin`, `,” said Smith.`
 *   mainSubject:   the subject of the main clause, for `..., emphasizing his commitment`
 */
import { isPossessive, type Token } from '../text/tokens.ts';
import { makeRun } from './names.ts';
import { FILLER_SET, RELATIVE_SET, CUE_FORMS, COMMON_SET, ORG_NAME_SET, PRONOUN_MAP, LY_NOUN_SET } from '../lexicon/lookup.ts';
import { words } from '../lexicon/words.ts';
import { inKnowledgeLink, knowledgeLinkEndingAt } from './knowledge.ts';

/** An inclusive token range. */
export interface Range { first: number; last: number }

const NP_STOP = new Set(words(
  'and but or that as while when because if after before since although though with by to '
  + 'than whether which who whom where is was are were be been has have had will would can '
  + 'could not also how what why so yet even amid during despite into about over against '
  + 'through then there this it he she they whenever wherever whatever until once out',
));
const CLAUSE_JOINERS = new Set(words(
  'and but while as when that because after before since if although though where so then '
  + 'yet whereas until once',
));
const DETERMINED = new Set(words('the a an this that his her its their new latest one another each every'));
/** Articles that open a description in apposition ("X, an Oklahoma Republican who …"). */
const ARTICLES = new Set(words('a an the'));
const DATE_NAMES = new Set(words('monday tuesday wednesday thursday friday saturday sunday yesterday today tonight'));
const PARTICIPLES = new Set(words('seen shown written given taken made known held led run paid told'));
const NP_LINKS = new Set(words('of for at from within in on close to'));
const MAX_NP = 9;

function isWord(t: Token | undefined): t is Token {
  return t !== undefined && t.kind !== 'punct' && !t.quoted;
}

/** Skips auxiliaries, adverbs and a bracketed aside leftwards ("has long", "also", "(R-WI)"). */
function skipFillersLeft(tokens: Token[], j: number): number {
  while (j >= 0) {
    const t = tokens[j]!;
    if (t.text === ')' && !t.quoted) {
      let k = j - 1;
      while (k >= 0 && j - k < 12 && tokens[k]!.text !== '(') k--;
      if (k >= 0 && tokens[k]!.text === '(') { j = k - 1; continue; }
      break;
    }
    // "… on Friday described": a time adverbial between subject and cue.
    if (t.cap && DATE_NAMES.has(t.lower) && !t.quoted) {
      j -= ['on', 'last', 'this', 'next', 'since', 'early', 'late'].includes(tokens[j - 1]?.lower ?? '') ? 2 : 1;
      continue;
    }
    if (t.kind === 'punct' || t.quoted || t.cap) break;
    if (FILLER_SET.has(t.lower) || (t.lower.length > 4 && t.lower.endsWith('ly') && !LY_NOUN_SET.has(t.lower))) { j--; continue; }
    break;
  }
  return j;
}

/** The subject of the cue at `cue`, searching leftwards; a single token for pronouns. */
export function subjectBefore(tokens: Token[], cue: number): Range | null {
  let j = skipFillersLeft(tokens, cue - 1);
  if (j < 0) return null;
  let t = tokens[j]!;
  if (t.text === ',' && j > 0) {
    // A stray comma after a name ("Gov. John Kasich (R-OH), said").
    const k = skipFillersLeft(tokens, j - 1);
    const u = tokens[k];
    if (u && u.cap && !u.quoted && u.kind === 'word' && k < j - 1) return nounPhraseLeft(tokens, k);
  }
  // Appositives: `X, the minister, said` / `her mother, Fiona, said` /
  // `Dean Johnson, a salesman from Sumter, South Carolina, said`.
  for (let round = 0; round < 3 && t.text === ','; round++) {
    const k = previousComma(tokens, j - 1);
    const firstOfChunk = tokens[k + 1];
    if (k < 0 || !firstOfChunk) return null;
    const pluralPossessive = tokens[k + 2]?.text === '’' || tokens[k + 2]?.text === "'";
    if (firstOfChunk.cap && !['The', 'A', 'An'].includes(firstOfChunk.text) && !isPossessive(firstOfChunk.text) && !pluralPossessive) {
      const r = nounPhraseLeft(tokens, j - 1);
      if (r && makeRun(tokens, r.first, r.last, false).kind !== 'place') return r;
    }
    j = skipFillersLeft(tokens, k - 1);
    // "Clinton, 35, the daughter of …, said": an age in apposition.
    if (tokens[j]?.kind === 'num' && tokens[j - 1]?.text === ',') j = skipFillersLeft(tokens, j - 2);
    if (j < 0) return null;
    t = tokens[j]!;
  }
  if (t.quoted || t.kind === 'punct') return null;
  if (PRONOUN_MAP.has(t.lower) || PRONOUN_MAP.has(pronounOf(t.lower))) return { first: j, last: j };
  if (RELATIVE_SET.has(t.lower)) {
    let a = j - 1;
    if (tokens[a]?.text === ',') a--;
    if (a < 0 || !isWord(tokens[a])) return null;
    const r = nounPhraseLeft(tokens, a);
    // "HDR, which highlighted …": "which" speaks for a thing, not a person; keep known organisations only.
    if (r && t.lower === 'which' && r.first === r.last && !ORG_NAME_SET.has(tokens[r.first]!.lower)) return null;
    // "Senator James Lankford, an Oklahoma Republican who warned …": the description is in
    // apposition to a person's name, and "who" is that person.
    const described = r && ARTICLES.has(tokens[r.first]!.lower) && tokens[r.first - 1]?.text === ',' ? tokens[r.first - 2] : undefined;
    if (described && described.cap && !described.quoted && described.kind === 'word') {
      const name = nounPhraseLeft(tokens, r!.first - 2);
      if (name && makeRun(tokens, name.first, name.last, false).kind === 'person') return name;
    }
    return r;
  }
  const r = nounPhraseLeft(tokens, j);
  // "posted to Twitter asking …": the object of a preposition is not the subject.
  const before = r ? tokens[r.first - 1] : undefined;
  // ("with X expressing hope" is the exception: X is the gerund's subject.)
  const gerund = tokens[cue]!.lower.endsWith('ing');
  // ("About half of voters say": "about" before an amount means roughly.)
  const roughly = before?.lower === 'about' && r !== null && isAmount(tokens[r.first]!);
  if (r && before && !before.quoted && OBJECT_PREPOSITIONS.has(before.lower) && !(gerund && before.lower === 'with') && !roughly) return null;
  return r && before?.text === ',' ? openingPersonInstead(tokens, r) : r;
}

/**
 * `Stacy Baker of Columbia, South Carolina says`, `Michael Seaman, who lives near the capital,
 * Sacramento, said`: the words right before the cue end a description of the sentence's opening
 * name. When they follow a comma and name a place, the person who opens the sentence (directly
 * followed by a comma or "of") is the subject.
 */
function openingPersonInstead(tokens: Token[], r: Range): Range {
  // A place ("South Carolina") or an abbreviated state ("N.C.", "Calif."); not a surname ("Biden, Rubio said").
  const run = makeRun(tokens, r.first, r.last, false);
  if (run.kind !== 'place' && !tokens[r.last]!.text.endsWith('.')) return r;
  const m = mainSubject(tokens);
  if (!m || m.last >= r.first - 1) return r;
  const after = tokens[m.last + 1];
  if (!after || (after.text !== ',' && after.lower !== 'of')) return r;
  for (let k = m.first; k <= m.last; k++) if (!tokens[k]!.cap || tokens[k]!.quoted) return r;
  return makeRun(tokens, m.first, m.last, false).kind === 'person' ? m : r;
}

/** "we're" -> "we": the pronoun of a contraction. */
export function pronounOf(lower: string): string {
  for (let k = 0; k < lower.length; k++) {
    const c = lower.charCodeAt(k);
    if (c === 39 || c === 0x2019) return k > 0 ? lower.slice(0, k) : lower;
  }
  return lower;
}

const AMOUNTS = new Set(words('half third quarter one two three four five six seven eight nine ten eleven twelve dozen dozens hundreds thousands'));

/** "half", "two", "40": a word that counts something ("about half of voters", "nine out of 10"). */
export function isAmount(t: Token): boolean {
  const c = t.text.charCodeAt(0);
  return AMOUNTS.has(t.lower) || (c >= 48 && c <= 57);
}

const OBJECT_PREPOSITIONS = new Set(words('to with about against into onto toward towards via through'));

function previousComma(tokens: Token[], from: number): number {
  for (let k = from; k >= 0 && from - k < 30; k--) {
    const t = tokens[k]!;
    if (t.quoted) return -1;
    if (t.text === ',') return k;
    // Inside a sentence a full stop is an abbreviation's ("the No. 2 in the GOP leadership").
    if (t.kind === 'punct' && t.text !== '-' && t.text !== '’' && t.text !== "'" && t.text !== '.') return -1;
  }
  return -1;
}

/** The noun phrase that ends at token j, walking left over names, nouns and "of/for/at" links. */
/**
 * For a cue after "and"/"but" (`Bush referred to Rubio as ... but described ...`): the nearest
 * name before the cue that is directly followed by a verb-like word, i.e. a clause subject.
 */
export function clauseSubjectBefore(tokens: Token[], cue: number): Range | null {
  for (let k = cue - 2; k >= 0 && cue - k < 40; k--) {
    const t = tokens[k]!;
    if (t.quoted || !t.cap || t.kind !== 'word' || isPossessive(t.text)) continue;
    const n = tokens[k + 1];
    if (!n || n.quoted || n.kind !== 'word' || n.cap || NP_LINKS.has(n.lower) || NP_STOP.has(n.lower) && !FILLER_SET.has(n.lower)) continue;
    // A subject starts the sentence or follows punctuation, a conjunction or a title;
    // "… sit Putin down", "… thanked Sanders" are objects.
    const p = tokens[k - 1];
    if (p && !p.quoted && p.kind === 'word' && !p.cap && !CLAUSE_JOINERS.has(p.lower)) continue;
    return nounPhraseLeft(tokens, k);
  }
  return null;
}

export function nounPhraseLeft(tokens: Token[], j: number): Range | null {
  const last = j;
  let first = j;
  const end = tokens[j]!;
  // A reporting-verb form ends a subject only as a noun: "the report states", "his statement".
  const determined = DETERMINED.has(tokens[j - 1]?.lower ?? '');
  if (NP_STOP.has(end.lower) || NP_LINKS.has(end.lower) || CUE_FORMS.has(end.lower) && !end.cap && !end.lower.endsWith('s') && !determined) return null;
  for (let k = j - 1; k >= 0 && last - k < MAX_NP; k--) {
    const t = tokens[k]!;
    if (!isWord(t)) {
      // Keep the dot of initials and abbreviations inside names; stop at any other mark.
      break;
    }
    // "a person familiar with the matter": the phrase runs through the pair to its head.
    const pair = knowledgeLinkEndingAt(tokens, k);
    if (pair > 0 && isWord(tokens[k - pair]) && !NP_STOP.has(tokens[k - pair]!.lower)) {
      first = k - pair;
      k -= pair;
      continue;
    }
    // "nine out of 10 voters": "out of" links an amount to its group ("out" alone ends a phrase: "put out a statement").
    if (t.lower === 'of' && tokens[k - 1]?.lower === 'out' && isWord(tokens[k - 2])) {
      first = k - 2;
      k -= 2;
      continue;
    }
    const joinsNames = t.lower === 'and' && tokens[k + 1]?.cap === true && tokens[k - 1]?.cap === true;
    const link = NP_LINKS.has(t.lower) && !t.cap;
    if (!link && NP_STOP.has(t.lower) && (!t.cap || COMMON_SET.has(t.lower)) && !joinsNames) break;
    if (CUE_FORMS.has(t.lower) && !t.cap) break;
    if (link) {
      // A link needs a noun before it ("a spokesman for the ministry").
      const before = tokens[k - 1];
      if (!isWord(before) || NP_STOP.has(before.lower) || NP_LINKS.has(before.lower)) break;
      first = k - 1;
      k--;
      continue;
    }
    // "A news report published Wednesday said": a participle ends the phrase; but right after a
    // determiner it is an adjective ("an unidentified poster", "a retired teacher").
    if (t.lower.endsWith('ed') && !t.cap && t.lower.length > 4 && !t.lower.includes('-') && !DETERMINED.has(tokens[k - 1]?.lower ?? '')) break;
    first = k;
    // "Mr Mugabe's critics": the possessor's name (and its title) ends the phrase.
    if (t.cap && isPossessive(t.text)) {
      while (first > 0 && tokens[first - 1]!.cap && !tokens[first - 1]!.quoted && tokens[first - 1]!.kind === 'word') first--;
      break;
    }
  }
  // "A news report published Wednesday said": a date after a participle is not the subject.
  let dateOnly = true;
  for (let k = first; k <= last && dateOnly; k++) {
    const l = tokens[k]!.lower;
    dateOnly = DATE_NAMES.has(l) || l === 'last' || l === 'week' || l === 'this';
  }
  const part = tokens[first - 1];
  if (dateOnly && part && !part.quoted && part.lower.endsWith('ed') && first - 2 >= 0) {
    const before = nounPhraseLeft(tokens, first - 2);
    if (before) return before;
  }
  // "intelligence reports seen by Reuters suggest": the subject is before the reduced relative.
  const by = tokens[first - 1];
  const participle = tokens[first - 2];
  if (by?.lower === 'by' && participle && !participle.quoted && (participle.lower.endsWith('ed') || PARTICIPLES.has(participle.lower)) && first - 3 >= 0) {
    const before = nounPhraseLeft(tokens, first - 3);
    if (before) return before;
  }
  return { first, last };
}

/** The noun phrase starting at token i and running right until punctuation or a clause word. */
export function phraseAfter(tokens: Token[], i: number): Range | null {
  const first = i;
  const lead = tokens[i];
  if (!lead || NP_LINKS.has(lead.lower) || NP_STOP.has(lead.lower)) return null;
  let last = -1;
  for (let k = i; k < tokens.length && k - i < MAX_NP; k++) {
    const t = tokens[k]!;
    if (!isWord(t)) break;
    const joinsNames = t.lower === 'and' && tokens[k - 1]?.cap === true && tokens[k + 1]?.cap === true;
    // "the former top aide to President George W. Bush"
    const toName = t.lower === 'to' && tokens[k + 1]?.cap === true && !tokens[k + 1]!.quoted;
    // "one person familiar with the talks", "officials briefed on the plans".
    if (k > i && inKnowledgeLink(tokens, k)) {
      last = k;
      continue;
    }
    if (k > i && !joinsNames && !toName && (NP_STOP.has(t.lower) || (!t.cap && CUE_FORMS.has(t.lower)))) break;
    if (k > i && !t.cap && (t.lower.endsWith('ed') || t.lower.endsWith('ing')) && t.lower.length > 4) break;
    last = k;
  }
  if (last < first) return null;
  // Don't end on a link word ("the report of").
  while (last > first && ['of', 'for', 'at', 'from', 'in', 'on', 'the', 'a', 'an'].includes(tokens[last]!.lower)) last--;
  return { first, last };
}

const COORDINATORS = new Set(words('but and yet so still however meanwhile instead now then also'));
const CLAUSE_OPENERS = new Set(words(
  'as in at during after before while when yet but however meanwhile for by with amid '
  + 'despite since although though and so still instead earlier later on from under if because',
));

/** The subject of the main clause: skips an opening adverbial ("Yet, ...", "As the war ..., ") first. */
export function mainSubject(tokens: Token[]): Range | null {
  let i = 0;
  while (i < tokens.length && tokens[i]!.kind === 'punct') i++;
  const first = tokens[i];
  if (!first) return null;
  for (let k = i; k < tokens.length && k - i < 8; k++) {
    const t = tokens[k]!;
    if (t.kind === 'punct' && (t.text === '–' || t.text === '—') && !t.quoted) { i = k + 1; break; }
    if (t.kind === 'word' && !t.cap) break;
  }
  // "But Sen. Pat Toomey refused …": a coordinator is one word, not a clause.
  if (COORDINATORS.has(tokens[i]?.lower ?? '')) {
    i++;
    if (tokens[i]?.text === ',') i++;
  }
  for (let round = 0; round < 3 && CLAUSE_OPENERS.has(tokens[i]?.lower ?? '') && !COORDINATORS.has(tokens[i]?.lower ?? ''); round++) {
    let k = i;
    while (k < tokens.length && tokens[k]!.text !== ',' && k - i < 25) k++;
    if (tokens[k]?.text !== ',') return null;
    i = k + 1;
  }
  const t = tokens[i];
  if (!isWord(t)) return null;
  if (PRONOUN_MAP.has(t.lower)) return { first: i, last: i };
  // The subject runs to the first comma, verb-like word or filler.
  let last = i;
  for (let k = i + 1; k < tokens.length && k - i < 6; k++) {
    const u = tokens[k]!;
    if (!isWord(u) || FILLER_SET.has(u.lower) || NP_STOP.has(u.lower) || NP_LINKS.has(u.lower)) break;
    if (!u.cap && (CUE_FORMS.has(u.lower) || u.lower.endsWith('ed'))) break;
    last = k;
  }
  // "The leader of Ennahda, Rachid Ghannouchi, condemned ...": the name in apposition.
  let k = last + 1;
  while (k < tokens.length && k - last < 6 && tokens[k]!.text !== ',' && isWord(tokens[k])) k++;
  if (tokens[k]?.text === ',' && tokens[k + 1]?.cap && !tokens[k + 1]!.quoted) {
    let e = k + 1;
    while (e + 1 < tokens.length && tokens[e + 1]!.cap && !tokens[e + 1]!.quoted && tokens[e + 1]!.kind === 'word') e++;
    if (tokens[e + 1]?.text === ',' && e > k + 1) return { first: k + 1, last: e };
  }
  return { first: i, last };
}
