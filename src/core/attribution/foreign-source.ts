/**
 * The source phrase around a reporting verb in French, Spanish, German or Portuguese, and what it
 * is: a pronoun resolved like he/she, a name (named), an office or institution ("le porte-parole
 * du gouvernement", "die Staatsanwaltschaft": named), or an unnamed group ("des experts",
 * "fuentes cercanas", "Kritiker": vague). Phrases are walked with the language's word lists only
 * (determiners, links, known nouns, capitalised words): a word no list knows ends the phrase,
 * so an unknown phrase gives no source rather than a wrong one.
 */
import type { Token } from '../text/tokens.ts';
import type { Range } from './phrases.ts';
import type { Source } from './source.ts';
import type { Entities } from './entities.ts';
import type { LanguageLexicon, PronounRef } from '../lexicon/foreign.ts';
import { bare, capitalised, foreignNameRuns, isInstitution, isRole } from './foreign-names.ts';

/** How many sentences back a person may have been named for il/elle, él/ella, er/sie, ele/ela to be them. */
const PRONOUN_REACH = 2;
const MAX_PHRASE = 8;

const isWord = (t: Token | undefined): t is Token => t !== undefined && t.kind === 'word' && !t.quoted;

/** A noun the lists know as a possible source. */
function known(lower: string, lx: LanguageLexicon): boolean {
  const w = bare(lower);
  return lx.vagueNouns.has(w) || lx.documents.has(w) || isRole(w, lx) || isInstitution(w, lx);
}

/** "et", "y", "und", "e" between two capitalised words joins two names ("Macron et Scholz"). */
function joinsNames(tokens: Token[], k: number): boolean {
  const a = tokens[k - 1];
  const b = tokens[k + 1];
  const w = tokens[k]!.lower;
  return (w === 'et' || w === 'y' || w === 'und' || w === 'e') && a !== undefined && b !== undefined && capitalised(a) && capitalised(b);
}

/** The pronoun a token is, if any. */
export function pronounAt(t: Token | undefined, lx: LanguageLexicon): PronounRef | undefined {
  return isWord(t) ? lx.pronouns.get(t.lower) : undefined;
}

/** A noun in a complement ("de los servicios", "du gouvernement"): after a link, or a link and an article. */
function isComplement(tokens: Token[], k: number, lx: LanguageLexicon): boolean {
  const a = tokens[k - 1];
  if (!isWord(a)) return false;
  if (lx.links.has(a.lower) && !lx.determiners.has(a.lower)) return true;
  const b = tokens[k - 2];
  return lx.determiners.has(a.lower) && isWord(b) && lx.links.has(b.lower);
}

/** The source phrase ending at token j (already past fillers), walking left; null when the words there are no source. */
export function phraseBefore(tokens: Token[], j: number, lx: LanguageLexicon): Range | null {
  const end = tokens[j];
  if (!isWord(end) || lx.stops.has(end.lower) || lx.cues.has(end.lower)) return null;
  if (lx.pronouns.has(end.lower)) return { first: j, last: j };
  // An adjective after its noun ("des responsables américains"), in languages that put it there.
  let first = j;
  if (!capitalised(end) && !known(end.lower, lx) && !lx.quantifiers.has(end.lower) && !isComplement(tokens, j, lx)) {
    const noun = tokens[j - 1];
    if (lx.capitalisedNouns || !isWord(noun) || !(known(noun.lower, lx) || capitalised(noun))) return null;
    first = j - 1;
  }
  for (let k = first - 1; k >= 0 && j - k < MAX_PHRASE; k--) {
    const u = tokens[k]!;
    if (!isWord(u)) break;
    // A link after a word goes on to the noun before it ("Fuentes del Ministerio", "de la présidence").
    if (lx.links.has(u.lower) && isWord(tokens[k - 1])) {
      first = k;
      continue;
    }
    if (lx.determiners.has(u.lower)) {
      first = k;
      // "de la présidence": a determiner after a link goes on to the noun before it.
      if (isWord(tokens[k - 1]) && lx.links.has(tokens[k - 1]!.lower) && k >= 2) continue;
      break;
    }
    if (lx.links.has(u.lower)) break;
    if (lx.stops.has(u.lower) && !joinsNames(tokens, k)) break;
    if (lx.cues.has(u.lower) || lx.auxiliaries.has(u.lower)) break;
    if (capitalised(u) || known(u.lower, lx) || lx.quantifiers.has(u.lower) || joinsNames(tokens, k) || isComplement(tokens, k, lx)) { first = k; continue; }
    break;
  }
  // A phrase cut at a link is the complement only ("Le rapport du ministère" -> "ministère"):
  // it does not open with the link.
  while (first < j && lx.links.has(tokens[first]!.lower) && (isWord(tokens[first - 1]) || !lx.determiners.has(tokens[first]!.lower))) first++;
  return { first, last: j };
}

/** The source phrase starting at token i, walking right ("le porte-parole du gouvernement", "Carlos Ruiz"). */
export function phraseAfter(tokens: Token[], i: number, lx: LanguageLexicon): Range | null {
  let k = i;
  while (isWord(tokens[k]) && !tokens[k]!.cap && lx.fillers.has(tokens[k]!.lower) && !lx.pronouns.has(tokens[k]!.lower)) k++;
  const t = tokens[k];
  if (!isWord(t)) return null;
  if (lx.pronouns.has(t.lower)) return { first: k, last: k };
  const first = k;
  let last = -1;
  for (; k < tokens.length && k - first < MAX_PHRASE; k++) {
    const u = tokens[k]!;
    if (!isWord(u)) break;
    // "du", "del", "des" are links inside a phrase ("le porte-parole du gouvernement").
    if (k > first && lx.links.has(u.lower)) {
      if (!isWord(tokens[k + 1])) break;
      continue;
    }
    if (lx.determiners.has(u.lower) || lx.quantifiers.has(u.lower) && !u.cap) {
      if (k > first && !lx.links.has(tokens[k - 1]!.lower)) break;
      if (lx.quantifiers.has(u.lower)) last = k;
      continue;
    }
    if (lx.links.has(u.lower)) break;
    if (lx.stops.has(u.lower)) {
      if (joinsNames(tokens, k)) continue;
      break;
    }
    if (capitalised(u) || known(u.lower, lx)) { last = k; continue; }
    // One adjective after a known noun ("le ministre français").
    if (!lx.capitalisedNouns && last === k - 1 && known(tokens[k - 1]!.lower, lx) && !lx.cues.has(u.lower)) { last = k; continue; }
    break;
  }
  return last < first ? null : { first, last };
}

/** "l'étude": a word with an elided definite article. */
function elisionIsDefinite(lower: string, lx: LanguageLexicon): boolean {
  const e = lower.indexOf('\'') > 0 ? lower.indexOf('\'') : lower.indexOf('’');
  return e > 0 && e < lower.length - 1 && lx.definiteArticles.has(lower.slice(0, e) + "'");
}

/** A person, group or nobody a pronoun stands for. */
export function resolveForeignPronoun(p: PronounRef, t: Token, entities: Entities): Source | null {
  if (p === 'impersonal') return { kind: 'vague', name: t.text, person: false, start: t.start, end: t.end };
  if (p === 'they') {
    const g = entities.lastGroupSource;
    return g && entities.sentence - entities.lastGroupSourceSentence <= 1 ? { kind: g.kind, name: g.name, person: false, start: t.start, end: t.end } : null;
  }
  if (entities.sentence - entities.lastPersonSentence > PRONOUN_REACH) return null;
  const name = entities.personFor(p);
  return name ? { kind: 'named', name, person: true, start: t.start, end: t.end } : null;
}

/** What the phrase tokens[r] names: a person or organisation, an office, an unnamed group, or nothing. */
export function classifyForeign(text: string, tokens: Token[], r: Range, lx: LanguageLexicon, entities: Entities): Source | null {
  const t = tokens[r.first]!;
  const start = t.start;
  const end = tokens[r.last]!.end;
  if (r.first === r.last) {
    const p = lx.pronouns.get(t.lower);
    if (p !== undefined) return resolveForeignPronoun(p, t, entities);
  }
  // "Ce dernier a affirmé", "esta última explicó": the person just named, like a pronoun.
  if (r.last === r.first + 1) {
    const ref = lx.anaphors.get(`${t.lower} ${tokens[r.last]!.lower}`);
    if (ref !== undefined) return resolveForeignPronoun(ref, t, entities);
  } else if (r.first === r.last) {
    const ref = lx.anaphors.get(t.lower);
    if (ref !== undefined) return resolveForeignPronoun(ref, t, entities);
  }
  const phrase = text.slice(start, end);
  let vagueAt = -1;
  let roleAt = -1;
  let institutionAt = -1;
  let documentAt = -1;
  for (let k = r.first; k <= r.last; k++) {
    const w = bare(tokens[k]!.lower);
    if (documentAt < 0 && lx.documents.has(w)) documentAt = k;
    if (vagueAt < 0 && (lx.vagueNouns.has(w) || (k === r.first && lx.quantifiers.has(w) && !lx.determiners.has(w)))) vagueAt = k;
    if (roleAt < 0 && isRole(w, lx)) roleAt = k;
    if (institutionAt < 0 && isInstitution(w, lx)) institutionAt = k;
  }
  const runs = foreignNameRuns(tokens, r.first, r.last + 1, lx);
  const run = runs[runs.length - 1];
  // "le rapport", "une étude de l'Inserm": a specific document, or one whose author is named; "una encuesta": some survey.
  if (documentAt >= 0 && vagueAt < 0 && roleAt < 0 && (institutionAt < 0 || institutionAt > documentAt) && (!run || run.first > documentAt)) {
    const det = tokens[documentAt - 1];
    const definite = det !== undefined && (lx.definiteArticles.has(det.lower) || elisionIsDefinite(det.lower, lx)) || elisionIsDefinite(tokens[documentAt]!.lower, lx);
    return { kind: definite || run || institutionAt > documentAt ? 'named' : 'vague', name: phrase, person: false, start, end };
  }
  if (vagueAt >= 0 && (roleAt < 0 || roleAt > vagueAt)) {
    // "les experts de l'OMS", "fuentes del Ministerio": the office is named.
    return run && run.first > vagueAt ? { kind: 'named', name: phrase, person: false, start, end } : { kind: 'vague', name: phrase, person: false, start, end };
  }
  // "le porte-parole du Kremlin", "el portavoz del Gobierno": the office speaks, as written.
  // ("le chef de l'État": a role of a place or body that is no person's name.)
  if (run && run.kind !== 'person' && !run.titled && roleAt >= 0 && roleAt < run.first) return { kind: 'named', name: phrase, person: false, start, end };
  // German capitalises nouns: a lone unknown capitalised word ("Passwortmanagers") is a name only
  // when the article has already named someone so ("Friedrich Merz" … "Merz").
  if (run && lx.capitalisedNouns && run.kind === 'unknown' && run.words.length === 1 && !run.titled && !entities.isKnownSurname(run.lowers[0]!)) return null;
  if (run) {
    const resolved = entities.observe(run) ?? run.name;
    // "La Commission européenne", "l'Insee": an organisation as the text names it.
    if (run.kind === 'org' && roleAt < 0 && institutionAt <= run.last) return { kind: 'named', name: phrase, person: false, start, end };
    const person = run.kind === 'person' || run.titled || (run.kind !== 'org' && entities.genderOf(resolved) !== null);
    return { kind: 'named', name: resolved, person, start, end };
  }
  if (roleAt >= 0 || institutionAt >= 0) return { kind: 'named', name: phrase, person: false, start, end };
  return null;
}
