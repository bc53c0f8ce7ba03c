/**
 * Names in French, Spanish, German and Portuguese text: capitalised runs (with particles, "da
 * Silva", "von der Leyen"; through an elided article, "l'Arcep", "d'Emmanuel Macron"), honorifics
 * and roles stripped ("M. Hollande", "Bundesinnenministerin Petra Wolf", "la ministra Ana Torres")
 * with the gender they tell. German capitalises every noun, so there a lone capitalised word after
 * an article is a noun, not a name. Same NameRun shape as names.ts, so Entities resolves both alike.
 */
import type { Token } from '../text/tokens.ts';
import type { NameRun } from './names.ts';
import { isPersonWord, ACRONYM, allMatch, isAcronymCode } from './names.ts';
import type { LanguageLexicon } from '../lexicon/foreign.ts';
import { isUpperAt } from '../text/chars.ts';
import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES } from '../lexicon/first-names.ts';
import { FOREIGN_FEMALE_FIRST_NAMES, FOREIGN_MALE_FIRST_NAMES } from '../lexicon/foreign/first-names.ts';

const FEMALE: ReadonlySet<string> = new Set([...FEMALE_FIRST_NAMES, ...FOREIGN_FEMALE_FIRST_NAMES]);
const MALE: ReadonlySet<string> = new Set([...MALE_FIRST_NAMES, ...FOREIGN_MALE_FIRST_NAMES]);

/** The gender a first name tells on a French, Spanish, German or Portuguese page, or null. */
export function firstNameGender(lower: string): 'he' | 'she' | null {
  return FEMALE.has(lower) ? 'she' : MALE.has(lower) ? 'he' : null;
}

/** Offset of the word after an elided article or pronoun ("l'Arcep" -> 2, "qu'il" -> 3); 0 when none. */
export function elision(lower: string): number {
  for (let k = 1; k <= 3 && k < lower.length - 1; k++) {
    const c = lower.charCodeAt(k);
    if (c === 39 || c === 0x2019) return k + 1;
  }
  return 0;
}

/** The word without an elided article ("l'intérieur" -> "intérieur"). */
export function bare(lower: string): string {
  const e = elision(lower);
  return e === 0 ? lower : lower.slice(e);
}

/** A capitalised word, or an elided article before one ("d'Emmanuel"). */
export function capitalised(t: Token): boolean {
  if (t.kind !== 'word' || t.quoted) return false;
  if (t.cap) return true;
  const e = elision(t.lower);
  return e > 0 && isUpperAt(t.text, e);
}

/** A word that belongs to a sentence's grammar, not to a name, even when capitalised ("Les", "Selon"). */
export function isFunctionWord(lower: string, lx: LanguageLexicon): boolean {
  return lx.determiners.has(lower) || lx.stops.has(lower) || lx.links.has(lower) || lx.quantifiers.has(lower)
    || lx.pronouns.has(lower) || lx.fillers.has(lower) || lx.auxiliaries.has(lower) || lx.according.has(lower);
}

/** Does a word end in one of these (German compounds: "Regierungssprecher", "Innenministerium")? */
export function endsWithAny(lower: string, endings: readonly string[]): boolean {
  for (const e of endings) if (lower.length > e.length + 2 && lower.endsWith(e)) return true;
  return false;
}

/** A role noun ("ministre", "portavoz", "Bundeskanzlerin"). */
export function isRole(lower: string, lx: LanguageLexicon): boolean {
  return lx.roles.has(lower) || endsWithAny(lower, lx.roleEndings);
}

/** An institution that speaks as one ("gouvernement", "Staatsanwaltschaft", "Innenministerium"). */
export function isInstitution(lower: string, lx: LanguageLexicon): boolean {
  return lx.institutions.has(lower) || endsWithAny(lower, lx.institutionEndings);
}

/** The gender a role word tells ("ministra", "Ministerin"), or null. */
function roleGender(lower: string, lx: LanguageLexicon): 'he' | 'she' | null {
  if (lx.femaleRoles.has(lower)) return 'she';
  return lx.capitalisedNouns && lower.endsWith('in') && isRole(lower.slice(0, -2), lx) ? 'she' : null;
}

const MAX_RUN = 7;

/** The name runs among tokens[from, to), outside quotations. */
export function foreignNameRuns(tokens: Token[], from: number, to: number, lx: LanguageLexicon): NameRun[] {
  const runs: NameRun[] = [];
  let i = from;
  while (i < to) {
    const t = tokens[i]!;
    // ("Fuentes del Ministerio", "Experten": a capitalised noun for unnamed people starts no name.)
    if (!capitalised(t) || isFunctionWord(bare(t.lower), lx) || lx.vagueNouns.has(bare(t.lower))) { i++; continue; }
    let j = i;
    while (j + 1 < to && j - i < MAX_RUN) {
      const n = tokens[j + 1]!;
      if (capitalised(n) && !lx.determiners.has(n.lower) && !lx.stops.has(n.lower) && !lx.according.has(n.lower)) { j++; continue; }
      // "Lula da Silva", "von der Leyen", "de la Raudière": particles between capitalised words.
      let k = j + 1;
      while (k < to && k - j <= 2 && !tokens[k]!.quoted && lx.nameParticles.has(tokens[k]!.lower)) k++;
      if (k > j + 1 && k < to && capitalised(tokens[k]!) && tokens[k]!.cap) { j = k; continue; }
      break;
    }
    const run = makeForeignRun(tokens, i, j, lx);
    if (run) runs.push(run);
    i = j + 1;
  }
  return runs;
}

/** Strips honorifics and roles from tokens[first..last] and classifies what is left; null when nothing is a name. */
function makeForeignRun(tokens: Token[], first: number, last: number, lx: LanguageLexicon): NameRun | null {
  let s = first;
  let titled = false;
  let honorific: 'he' | 'she' | null = null;
  // A lowercase honorific or role right before the run ("el señor Ruiz", "la ministra Ana Torres").
  const before = tokens[first - 1];
  if (before && !before.quoted && before.kind === 'word' && !before.cap) {
    const h = lx.honorifics.get(before.lower);
    if (h !== undefined) { titled = true; honorific = h; } else if (isRole(before.lower, lx)) {
      titled = true;
      const article = tokens[first - 2]?.lower ?? '';
      honorific = roleGender(before.lower, lx) ?? (lx.femaleArticles.has(article) ? 'she' : lx.maleArticles.has(article) && !lx.capitalisedNouns ? 'he' : null);
    }
  }
  while (s < last) {
    const w = bare(tokens[s]!.lower);
    const h = lx.honorifics.get(w);
    if (h !== undefined) { titled = true; honorific = h ?? honorific; s++; continue; }
    if (isRole(w, lx)) { titled = true; honorific = roleGender(w, lx) ?? honorific; s++; continue; }
    break;
  }
  const words: string[] = [];
  const lowers: string[] = [];
  for (let k = s; k <= last; k++) {
    const t = tokens[k]!;
    const e = k === s ? elision(t.lower) : 0;
    words.push(e > 0 ? t.text.slice(e) : t.text);
    lowers.push(e > 0 ? t.lower.slice(e) : t.lower);
  }
  const single = words.length === 1;
  const lower0 = lowers[0]!;
  const det = tokens[s - 1];
  const determined = det !== undefined && !det.quoted && lx.determiners.has(det.lower);
  if (single && (lx.honorifics.has(lower0) || isRole(lower0, lx))) return null;
  // German: "die Regierung", "Experten", "Kritiker" are nouns.
  if (lx.capitalisedNouns && single && !titled && (determined || lx.vagueNouns.has(lower0) || isInstitution(lower0, lx))) return null;
  let kind: NameRun['kind'] = 'unknown';
  if (single && words[0]!.length >= 2 && isUpperAt(words[0]!, 1) && allMatch(words[0]!, isAcronymCode, ACRONYM, 2)) kind = 'org';
  else if (lowers.some((l) => isInstitution(l, lx))) kind = 'org';
  else if (titled) kind = 'person';
  else if (!single && isPersonWord(words[0]!) && isPersonWord(words[words.length - 1]!) && (!lx.capitalisedNouns || firstNameGender(lower0) !== null)) kind = 'person';
  const run: NameRun = {
    first, last, name: words.join(' '), words, lowers, kind, definite: false, titled, possessive: false, roleOnly: false,
  };
  // "Dilma Rousseff", "Pedro Sánchez": the first name tells the gender the English lists may not know.
  const named = !single && kind === 'person' ? firstNameGender(lower0) : null;
  if (honorific ?? named) run.honorific = (honorific ?? named)!;
  return run;
}
