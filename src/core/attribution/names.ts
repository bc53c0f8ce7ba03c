/**
 * Names in running text: capitalised runs of words, their titles stripped
 * ("Russian presidential aide Yuri Ushakov" -> "Yuri Ushakov", "U.S. President Donald Trump’s"
 * -> "Donald Trump"), and whether a run looks like a person, an organisation or a place.
 */
import type { Token } from '../text/tokens.ts';
import { stripPossessive } from '../text/tokens.ts';
import { isUpperAt } from '../text/chars.ts';
import { FEMALE_WORDS, MALE_WORDS } from '../lexicon/first-names.ts';

const FEMALE_WORD_SET: ReadonlySet<string> = new Set(FEMALE_WORDS);
const MALE_WORD_SET: ReadonlySet<string> = new Set(MALE_WORDS);
import {
  TITLE_SET, NATIONALITY_SET, ORG_WORD_SET, ORG_HEAD_SET, PLACE_STARTER_SET, ORG_NAME_SET, COMMON_SET, PLACE_NAME_SET,
} from '../lexicon/lookup.ts';
import { words } from '../lexicon/words.ts';

export type NameKind = 'person' | 'org' | 'place' | 'unknown';

/** A capitalised run after title stripping. */
export interface NameRun {
  /** Token range of the whole run (titles included), inclusive. */
  first: number;
  last: number;
  /** The name without titles, possessive removed ("Donald Trump"). */
  name: string;
  /** The words of the name. */
  words: string[];
  /** The same words in lowercase (the tokens' own lowercase forms: nothing to lowercase again). */
  lowers: string[];
  kind: NameKind;
  /** The run was preceded by "the" ("the Kremlin"). */
  definite: boolean;
  /** Titles were stripped from it ("President Trump"), which makes a single word a person. */
  titled: boolean;
  possessive: boolean;
  /** Only a title, nationality or date: no name. */
  roleOnly: boolean;
  /** Gender told by a stripped title ("Mrs", "Sir"), if any. */
  honorific?: 'he' | 'she';
}

const DATE_WORDS = new Set(words(
  'monday tuesday wednesday thursday friday saturday sunday january february march april '
  + 'june july august september october november december jan. feb. aug. sept. oct. nov. dec.',
));

/** An all-capitals place name opening a wire story ("WASHINGTON —") is not a speaker. */
function isDateline(t: Token): boolean {
  return t.text.length > 5 && isUpperAt(t.text, 1) && isUpperAt(t.text, 2) && allMatch(t.text, isAsciiUpper, ALL_UPPER, 1) && !ORG_NAME_SET.has(t.lower);
}

const MID_TITLES = new Set(words(
  'gov sen rep governor senator president mayor minister secretary chairman ceo judge '
  + 'justice prosecutor attorney chancellor premier congressman congresswoman spokesman '
  + 'spokeswoman rival candidate director ambassador commissioner editor founder adviser advisor',
));
const CONNECTORS = new Set(words('de van von bin al da del der di du la le ibn el'));
/** Lowercase words inside an institution's name ("Department of Health and Human Services"). */
const JOINERS = new Set(words('and for on'));
/** The words after an institution head that go on with its name ("Center for Responsive Politics"). */
const JOINERS_OF = new Set(words('of for on'));

/** Is token i the start or inside of a capitalised name (not just a capitalised sentence opener)? */
function isNameWord(tokens: Token[], i: number, sentenceStart: number): boolean {
  const t = tokens[i]!;
  if (t.kind !== 'word' || !t.cap) return false;
  if (i === sentenceStart || isAfterOpening(tokens, i, sentenceStart)) {
    return !COMMON_SET.has(stripPossessive(t.lower));
  }
  return t.lower !== 'i';
}

function isAfterOpening(tokens: Token[], i: number, sentenceStart: number): boolean {
  for (let k = i - 1; k >= sentenceStart; k--) {
    const u = tokens[k]!;
    if (u.kind !== 'punct') return false;
    if (!'‘“"\'(—–-:'.includes(u.text)) return false;
  }
  return true;
}

/** Finds the capitalised runs of a sentence's tokens (quoted tokens included when `quoted`). */
export function findNameRuns(tokens: Token[], from: number, to: number, quoted: boolean): NameRun[] {
  const runs: NameRun[] = [];
  let i = from;
  while (i < to) {
    const t = tokens[i]!;
    if ((t.quoted && !quoted) || !isNameWord(tokens, i, from) || DATE_WORDS.has(t.lower) || isDateline(t)) { i++; continue; }
    let j = i;
    while (j + 1 < to) {
      const cur = tokens[j]!;
      if (cur.text !== stripPossessive(cur.text)) break;
      const n = tokens[j + 1]!;
      if (n.quoted !== t.quoted) break;
      if (n.kind === 'word' && n.cap && !DATE_WORDS.has(n.lower)) { j++; continue; }
      if (n.lower === 'of' && isTitleLower(cur.lower) && tokens[j + 2]?.cap) { j++; continue; }
      // "Office of the Inspector General": the joiner and "the" go on to the next capitalised word.
      if (tokens[j + 2]?.lower === 'the' && j + 3 < to && tokens[j + 3]!.quoted === t.quoted && JOINERS_OF.has(n.lower) && continuesInstitution(tokens, j)) { j += 2; continue; }
      if (joinsInstitution(tokens, i, j, to)) { j++; continue; }
      if (n.kind === 'word' && CONNECTORS.has(n.lower) && tokens[j + 2]?.cap && tokens[j + 2]?.kind === 'word') { j += 2; continue; }
      // "Ursula von der Leyen": two particles before the surname.
      if (n.kind === 'word' && CONNECTORS.has(n.lower) && tokens[j + 2]?.kind === 'word' && CONNECTORS.has(tokens[j + 2]!.lower) && tokens[j + 3]?.cap && tokens[j + 3]?.kind === 'word') { j += 3; continue; }
      break;
    }
    const prev = tokens[i - 1];
    runs.push(makeRun(tokens, i, j, prev !== undefined && prev.lower === 'the'));
    i = j + 1;
  }
  return runs;
}

/** A capitalised word token (a name word after a joiner). */
const capWord = (t: Token | undefined): boolean => t !== undefined && t.kind === 'word' && t.cap;

/**
 * Does an institution's name go on after tokens[k] with "of", "for" or "on"? "Bank of England",
 * "Council on Foreign Relations", "Centers for Disease Control": tokens[k] is an institution head,
 * and a capitalised word that is not a day or month follows the joiner ("the Department on
 * Wednesday" stops). Shared by name runs and by source phrases (source.ts).
 */
export function continuesInstitution(tokens: readonly Token[], k: number): boolean {
  let after = tokens[k + 2];
  // "Office of the Inspector General", "Department of the Treasury".
  if (after?.lower === 'the') after = tokens[k + 3];
  return ORG_HEAD_SET.has(tokens[k]!.lower) && JOINERS_OF.has(tokens[k + 1]?.lower ?? '') && capWord(after) && !DATE_WORDS.has(after!.lower);
}

/**
 * Does the word after tokens[j] join the run i..j to more of an institution's name? An
 * institution head then of/for/on (continuesInstitution); "Procter & Gamble"; "World Travel and
 * Tourism Council", "Department of Health and Human Services" ("and" when two or three words
 * after it end the run with an institution head such as Council or Foundation, or the run already
 * named an institution with "of"). "Smith and Jones", "Trump and Congress" and "John Bolton and
 * Breitbart News National Security editor…" stay apart.
 */
function joinsInstitution(tokens: Token[], i: number, j: number, to: number): boolean {
  const n = tokens[j + 1]!;
  if (!capWord(tokens[j + 2]) || j + 2 >= to || tokens[j + 2]!.quoted !== n.quoted) return false;
  if (JOINERS_OF.has(n.lower)) return continuesInstitution(tokens, j);
  if (n.text === '&') return true;
  if (n.lower !== 'and') return false;
  if (namesInstitutionWithJoiner(tokens, i, j)) return true;
  let e = j + 2;
  while (e + 1 < to && e < j + 4 && capWord(tokens[e + 1]) && tokens[e]!.text === stripPossessive(tokens[e]!.text)) e++;
  return e > j + 2 && ORG_HEAD_SET.has(stripPossessive(tokens[e]!.lower)) && !(e + 1 < to && capWord(tokens[e + 1]));
}

/** Does tokens[first..last] hold an institution head going on with of/for/on ("Department of Health")? */
function namesInstitutionWithJoiner(tokens: readonly Token[], first: number, last: number): boolean {
  for (let k = first; k < last; k++) if (continuesInstitution(tokens, k)) return true;
  return false;
}

/** Strips titles and classifies the run tokens[first..last]. */
export function makeRun(tokens: Token[], first: number, last: number, definite: boolean): NameRun {
  if (first === last) {
    const t = tokens[first]!;
    const word = stripPossessive(t.text);
    const possessive = word.length !== t.text.length;
    const lower = possessive ? word.toLowerCase() : t.lower;
    const roleOnly = isTitleLower(lower) && !ORG_NAME_SET.has(lower) || DATE_WORDS.has(lower) || lower === 'the';
    const kind = roleOnly ? 'unknown' : PLACE_NAME_SET.has(lower) && !definite ? 'place' : classifyWord(word, lower, definite, false);
    return { first, last, name: word, words: lower === 'the' ? [] : [word], lowers: lower === 'the' ? [] : [lower], kind, definite, titled: false, possessive, roleOnly };
  }
  // Keep the last capitalised stretch: "White House adviser Josh Gruenbaum" -> "Josh Gruenbaum";
  // an institution's name keeps its joiners ("World Travel and Tourism Council").
  const institution = ORG_WORD_SET.has(stripPossessive(tokens[last]!.lower)) || namesInstitutionWithJoiner(tokens, first, last);
  for (let k = last; k > first; k--) {
    const t = tokens[k]!;
    if (t.kind === 'word' && !t.cap && !CONNECTORS.has(t.lower) && t.lower !== 'of' && !(JOINERS.has(t.lower) && institution)
      && !(t.lower === 'the' && JOINERS_OF.has(tokens[k - 1]?.lower ?? '') && continuesInstitution(tokens, k - 2))) { first = k + 1; break; }
  }
  const words: string[] = [];
  // The same words lowercased (tokens carry their lowercase form): no toLowerCase per test below.
  const lowers: string[] = [];
  for (let k = first; k <= last; k++) { words.push(tokens[k]!.text); lowers.push(tokens[k]!.lower); }
  const lastWord = words[words.length - 1] ?? '';
  const stripped = stripPossessive(lastWord);
  const possessive = stripped !== lastWord;
  words[words.length - 1] = stripped;
  if (possessive) lowers[lowers.length - 1] = stripped.toLowerCase();
  let s = 0;
  let startsDefinite = definite;
  // Leading words that are not part of a name: "After former California Gov. Jerry Brown".
  while (s < words.length - 1 && COMMON_SET.has(lowers[s]!) && !PLACE_STARTER_SET.has(lowers[s]!) && lowers[s] !== 'the') s++;
  if (lowers[s] === 'the') { s++; startsDefinite = true; }
  if (words.length - s >= 2 && PLACE_STARTER_SET.has(lowers[s]!) && !isTitleLower(lowers[s + 1]!)) {
    const place = words.slice(s);
    return { first, last, name: place.join(' '), words: place, lowers: lowers.slice(s), kind: 'place', definite: startsDefinite, titled: false, possessive, roleOnly: false };
  }
  let titled = false;
  // Titles come before people's names, not in institutions' ("Labor Department", "Health Ministry").
  const institutionName = ORG_HEAD_SET.has(lowers[lowers.length - 1]!);
  while (!institutionName && s < words.length - 1 && (isTitleLower(lowers[s]!) || words[s] === 'of' && titled || nationalityBeforeTitle(words, lowers, s))) { s++; titled = true; }
  // A title inside the run ends a place or office before the name: "New Jersey Gov. Chris Christie".
  for (let k = words.length - 2; k > s && !institutionName; k--) {
    if (MID_TITLES.has(withoutDot(lowers[k]!))) { s = k + 1; titled = true; break; }
  }
  let honorific: 'he' | 'she' | undefined;
  for (let k = 0; k < s; k++) {
    const w = withoutDot(lowers[k]!);
    if (FEMALE_WORD_SET.has(w)) honorific = 'she';
    else if (MALE_WORD_SET.has(w)) honorific = 'he';
  }
  const core = s === 0 ? words : words.slice(s);
  const coreLower = s === 0 ? lowers : lowers.slice(s);
  // A run that is only a title or a nationality ("The Russian", "President") names nobody by itself.
  const roleOnly = core.length === 1 && isTitleLower(coreLower[0]!) && !ORG_NAME_SET.has(coreLower[0]!) || coreLower.every((w) => DATE_WORDS.has(w));
  const kind = roleOnly ? 'unknown' : classify(core, coreLower, startsDefinite, titled);
  const run: NameRun = { first, last, name: core.join(' '), words: core, lowers: coreLower, kind, definite: startsDefinite, titled, possessive, roleOnly };
  if (honorific) run.honorific = honorific;
  return run;
}

const withoutDot = (w: string): string => (w.charCodeAt(w.length - 1) === 46 ? w.slice(0, -1) : w);

/** A title or nationality ("president", "gov.", "russian"), given the word in lowercase. */
function isTitleLower(full: string): boolean {
  if (TITLE_OR_NATIONALITY.has(full)) return true;
  if (full.charCodeAt(full.length - 1) !== 46) return false;
  return TITLE_OR_NATIONALITY.has(full.slice(0, -1));
}

/** TITLE_SET and NATIONALITY_SET in one: one hash lookup per test. */
const TITLE_OR_NATIONALITY: ReadonlySet<string> = new Set([...TITLE_SET, ...NATIONALITY_SET]);

/** "Tunisian Prime Minister": an adjective of nationality, recognised by its ending, before a title. */
function nationalityBeforeTitle(words: string[], lowers: string[], s: number): boolean {
  const next = lowers[s + 1];
  if (next === undefined || words[s]!.length <= 4 || !isTitleLower(next)) return false;
  const w = words[s]!;
  return w.endsWith('an') || w.endsWith('ese') || w.endsWith('ish') || w.endsWith('i'); // -ian, -ean, -an, -ese, -ish, -i
}

/** What a word of a person's name looks like ("Obama", "O’Neill", "J.", "McDonald"). Exported, like the two below, for the test that the hand-written checks agree with it. */
export const PERSON_WORD = /^\p{Lu}[\p{Ll}\p{M}'’\-]+$|^\p{Lu}\.?$|^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}+$/u;
/** An acronym ("FBI", "U.S.", "AT&T"): an organisation. */
export const ACRONYM = /^[\p{Lu}.&]{2,}$/u;
/** All capitals ("WASHINGTON"): a dateline. */
export const ALL_UPPER = /^\p{Lu}+$/u;

/** The ASCII part of ALL_UPPER's class. */
export const isAsciiUpper = (c: number): boolean => c >= 65 && c <= 90;
/** The ASCII part of ACRONYM's class. */
export const isAcronymCode = (c: number): boolean => (c >= 65 && c <= 90) || c === 46 || c === 38;

/**
 * `re` (an anchored regex of one Unicode class repeated, at least `min` times: ALL_UPPER,
 * ACRONYM) tested by hand on an ASCII word, with `ascii` for the class, so English pages never
 * compile it; by `re` itself otherwise.
 */
export function allMatch(w: string, ascii: (c: number) => boolean, re: RegExp, min: number): boolean {
  for (let k = 0; k < w.length; k++) if (w.charCodeAt(k) > 127) return re.test(w);
  for (let k = 0; k < w.length; k++) if (!ascii(w.charCodeAt(k))) return false;
  return w.length >= min;
}

/** classify for a one-word name, without building arrays for it. */
function classifyWord(word: string, lower: string, definite: boolean, titled: boolean): NameKind {
  if (ORG_WORD_SET.has(lower) || ORG_NAME_SET.has(lower)) return 'org';
  if (word.length >= 2 && isUpperAt(word, 1) && allMatch(word, isAcronymCode, ACRONYM, 2)) return 'org';
  if (titled && !definite) return 'person';
  if (definite) return 'org';
  return 'unknown';
}

/** PERSON_WORD, tested by hand for an ASCII word (most names; the Unicode regex is slow), by the regex otherwise. */
export function isPersonWord(w: string): boolean {
  const n = w.length;
  for (let k = 0; k < n; k++) if (w.charCodeAt(k) > 127) return PERSON_WORD.test(w);
  const c0 = w.charCodeAt(0);
  if (!(c0 >= 65 && c0 <= 90)) return false;
  if (n === 1 || (n === 2 && w.charCodeAt(1) === 46)) return true; // "J", "J."
  let plain = true; // "Obama", "O'Neill", "Smith-Jones": only a-z ' - after the capital
  let camelAt = -1; // "McDonald": one inner capital between lowercase letters
  let letters = true;
  for (let k = 1; k < n; k++) {
    const c = w.charCodeAt(k);
    if (c >= 97 && c <= 122) continue;
    if (c === 39 || c === 45) { letters = false; continue; }
    plain = false;
    if (c >= 65 && c <= 90 && camelAt === -1) camelAt = k;
    else letters = false;
  }
  return plain || (letters && camelAt >= 2 && camelAt <= n - 2);
}

function classify(words: string[], lowers: string[], definite: boolean, titled: boolean): NameKind {
  if (words.length === 1) return classifyWord(words[0]!, lowers[0]!, definite, titled);
  const firstLower = lowers[0] ?? '';
  for (const l of lowers) if (ORG_WORD_SET.has(l)) return 'org';
  if (titled && !definite) return 'person';
  if (definite) return 'org';
  if (words.length >= 2 && PLACE_STARTER_SET.has(firstLower)) return 'place';
  // "Luis de Miranda", "Ursula von der Leyen": lowercase particles inside a person's name.
  if (words.length >= 2 && words.length <= (lowers.some((l) => CONNECTORS.has(l)) ? 5 : 4) && isPersonWord(words[0]!) && isPersonWord(words[words.length - 1]!)
    && words.every((w, k) => isPersonWord(w) || CONNECTORS.has(lowers[k]!))) return 'person';
  return 'unknown';
}
