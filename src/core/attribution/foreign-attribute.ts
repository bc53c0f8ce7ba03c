/**
 * Attributions in French, Spanish, German and Portuguese sentences, in the shape attribute.ts
 * gives for English, so that quotation speakers and the label rules read both alike:
 *   a reporting verb with its subject before it ("Jeanne Moreau a affirmé", "Kritiker sagen"),
 *   after it ("», a déclaré le ministre", "dijo Carlos Ruiz", "sagte er"), inside it ("dit-il",
 *   "a-t-elle dit", "diz-se"), dropped ("—…—, dijo." in Spanish and Portuguese: the last person
 *   named), and according-to phrases ("selon X", "según X", "laut X", "X zufolge", "„…“, so X").
 * One algorithm for the four languages; what differs is data (lexicon/foreign/*.ts).
 */
import type { Token } from '../text/tokens.ts';
import { make, type Attribution, type Via } from './attribute.ts';
import type { Source } from './source.ts';
import type { Entities } from './entities.ts';
import type { LanguageLexicon, ForeignCue } from '../lexicon/foreign.ts';
import { LEX } from '../lexicon/lookup.ts';
import { endsWithAny } from './foreign-names.ts';
import { classifyForeign, phraseAfter, phraseBefore, pronounAt, resolveForeignPronoun } from './foreign-source.ts';

const MAX_APPOSITION = 30;

export function attributeForeign(text: string, tokens: Token[], entities: Entities, lx: LanguageLexicon, lexAll: number): Attribution[] {
  const out: Attribution[] = [];
  const classify = (r: ReturnType<typeof phraseBefore>): Source | null => (r ? classifyForeign(text, tokens, r, lx, entities) : null);
  for (let i = 0; (lexAll & LEX.cue) !== 0 && i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.quoted || t.kind !== 'word' || (t.lex & LEX.cue) === 0 || t.cap) continue;
    const cue = lx.cues.get(t.lower);
    if (!cue || cue.aux) continue;
    const prev = tokens[i - 1];
    // "la note", "das Sagen", "a conta": after an article the form is a noun (not after a
    // clitic pronoun that is spelled like one: "nos la resumió").
    if (prev && !prev.quoted && prev.kind === 'word' && lx.determiners.has(prev.lower) && !cliticBefore(tokens, i, lx)) continue;
    if (lx.clauseVerbs.has(cue.lemma) && !reportsHere(tokens, i, lx)) continue;
    out.push(make(tokens, i, i, ...sourceOf(tokens, i, cue, lx, entities, classify, out)));
  }
  const according = LEX.according | LEX.accordingPhrase;
  for (let i = 0; (lexAll & according) !== 0 && i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.quoted || t.kind !== 'word' || (t.lex & according) === 0) continue;
    const m = matchAccording(tokens, i, lx);
    if (!m) continue;
    const [last, place] = m;
    const prev = tokens[i - 1];
    if (place === 'before') {
      // "o segundo turno", "el segundo": an ordinal, not "según".
      if (prev && !prev.quoted && lx.determiners.has(prev.lower)) continue;
      const source = classify(phraseAfter(tokens, last + 1, lx));
      if (source) out.push(make(tokens, i, last, 'according-to', false, source));
    } else if (place === 'after') {
      const source = classify(phraseBefore(tokens, i - 1, lx));
      if (source) out.push(make(tokens, i, last, 'according-to', false, source));
    } else if (prev && (prev.quoted || prev.kind === 'punct') && i > 0) {
      const source = classify(phraseAfter(tokens, last + 1, lx));
      if (source) out.push(make(tokens, i, last, 'inverted', true, source));
    }
    i = last;
  }
  return out;
}

/**
 * For a verb that reports only with a clause ("soutient que", "asegura que", "schätzt, dass"):
 * a clause word, a colon or a comma follows it (within two words: "a assuré mardi que"), or a
 * quotation does within its clause ("nannte den Plan „…“", "qualifie la réunion de « … »"), or
 * a quotation or a comma comes right before it ("», assure-t-il", '", aseguró').
 */
function reportsHere(tokens: Token[], i: number, lx: LanguageLexicon): boolean {
  if (tokens[i]!.lower.includes('-')) return true;
  const prev = tokens[i - 1];
  if (prev && (prev.quoted || prev.text === ',' || (lx.auxiliaries.has(prev.lower) && tokens[i - 2]?.text === ','))) return true;
  let clause = true;
  for (let k = i + 1; k < tokens.length && k <= i + QUOTE_REACH; k++) {
    const t = tokens[k]!;
    if (t.quoted) return true;
    if (t.kind === 'punct') {
      if (clause && (t.text === ':' || t.text === ',')) return true;
      if (QUOTE_MARKS.includes(t.text)) continue;
      return false;
    }
    if (!clause) continue;
    const w = t.lower;
    if (lx.clauseWords.has(w) || lx.clauseWords.has(elidedHead(w))) return true;
    if (!lx.fillers.has(w) && !lx.pronouns.has(w)) clause = false;
  }
  return false;
}

/** How far after the verb a quotation still belongs to its clause. */
const QUOTE_REACH = 8;
const QUOTE_MARKS = '«»„“”"‚‘’\'';

/** "qu'il" -> "qu'": the elided word with its apostrophe (straight), or "" when none. */
function elidedHead(w: string): string {
  for (let k = 1; k < w.length - 1 && k <= 3; k++) {
    const c = w.charCodeAt(k);
    if (c === 39 || c === 0x2019) return w.slice(0, k) + "'";
  }
  return '';
}

/** "nos la resumió", "il le dit": an object pronoun spelled like an article, after another clitic or a subject pronoun. */
function cliticBefore(tokens: Token[], i: number, lx: LanguageLexicon): boolean {
  const det = tokens[i - 1];
  const before = tokens[i - 2];
  return det !== undefined && lx.determiners.has(det.lower) && before !== undefined && !before.quoted && before.kind === 'word'
    && (lx.fillers.has(before.lower) || lx.pronouns.has(before.lower));
}

/** The according-to phrase starting at token i: its last token and where its source stands. */
function matchAccording(tokens: Token[], i: number, lx: LanguageLexicon): [number, 'before' | 'after' | 'quote'] | null {
  const list = lx.according.get(tokens[i]!.lower);
  if (!list) return null;
  for (const { words, value } of list) {
    let ok = true;
    for (let k = 1; k < words.length && ok; k++) ok = tokens[i + k]?.lower === words[k] && !tokens[i + k]!.quoted;
    if (ok) return [i + words.length - 1, value];
  }
  return null;
}

type Found = [Via, boolean, Source | null];

function sourceOf(
  tokens: Token[], i: number, cue: ForeignCue, lx: LanguageLexicon, entities: Entities,
  classify: (r: ReturnType<typeof phraseBefore>) => Source | null, earlier: Attribution[],
): Found {
  const t = tokens[i]!;
  const speech = cue.speech;
  // "dit-il", "explique-t-elle", "diz-se".
  if (cue.pronoun) return ['inverted', speech, resolveForeignPronoun(cue.pronoun, t, entities)];
  // "a-t-il dit", "a-t-elle ajouté".
  const auxBefore = tokens[i - 1] && !tokens[i - 1]!.quoted ? lx.cues.get(tokens[i - 1]!.lower) : undefined;
  if (auxBefore?.aux && auxBefore.pronoun) return ['inverted', speech, resolveForeignPronoun(auxBefore.pronoun, tokens[i - 1]!, entities)];
  // "X a été critiqué", "Tite foi questionado": said of X; the agent, if any, is the source.
  const passive = passiveAt(tokens, i, lx);
  if (passive >= 0) return ['by', speech, classify(phraseAfter(tokens, passive + 1, lx))];
  if (passive === PASSIVE_NO_AGENT) return ['by', speech, null];
  // "…, arguant que …", "…, afirmando que …": a participle goes on with the clause's source.
  if (endsWithAny(t.lower, lx.gerundEndings) && tokens[i - 1]?.text === ',') {
    const sourced = earlier.find((a) => a.source !== null);
    return ['participle', speech, sourced?.source ?? null];
  }
  let b = cliticBefore(tokens, i, lx) ? i - 2 : i - 1;
  while (b >= 0 && !tokens[b]!.quoted && tokens[b]!.kind === 'word' && !tokens[b]!.cap && (lx.auxiliaries.has(tokens[b]!.lower) || lx.fillers.has(tokens[b]!.lower))) b--;
  const before = tokens[b];
  // Right after a quotation or a comma the subject follows: "», a déclaré X", '", dijo X'; in
  // German it may follow any first constituent: "Am Montag sagte Merz".
  const inverted = before === undefined || before.quoted || (before.kind === 'punct' && before.text !== ')');
  if (inverted || lx.capitalisedNouns) {
    const after = classify(phraseAfter(tokens, i + 1, lx));
    if (after) return ['inverted', speech, after];
  }
  if (inverted) {
    if (before?.text === ',' && !tokens[b - 1]?.quoted) {
      const apposed = apposition(tokens, b, lx, classify);
      if (apposed) return ['subject', speech, apposed];
    }
    return ['inverted', speech, dropped(tokens, i, lx, entities, before)];
  }
  const relative = before !== undefined && lx.relatives.has(before.lower);
  const j = relative ? (tokens[b - 1]?.text === ',' ? b - 2 : b - 1) : b;
  const subject = classify(phraseBefore(tokens, j, lx));
  if (subject) return ['subject', speech, subject];
  // German puts the participle last: "Die Firma hat neue Stellen angekündigt": the subject is
  // before the auxiliary.
  if (lx.capitalisedNouns) {
    for (let k = i - 1; k > 0 && i - k <= GERMAN_PASSIVE_REACH; k--) {
      const u = tokens[k]!;
      if (u.quoted || u.kind === 'punct') break;
      if (!lx.auxiliaries.has(u.lower)) continue;
      const beforeAux = classify(phraseBefore(tokens, k - 1, lx));
      if (beforeAux) return ['subject', speech, beforeAux];
      break;
    }
  }
  if (!lx.capitalisedNouns) {
    const after = pronounAt(tokens[i + 1], lx) ? classify({ first: i + 1, last: i + 1 }) : null;
    if (after) return ['inverted', speech, after];
  }
  return ['subject', speech, null];
}

const PASSIVE_NO_AGENT = -2;
/** How far after a passive participle its agent marker may stand ("annoncée en janvier par"). */
const AGENT_REACH = 4;
/** How far back a German passive auxiliary may stand from its participle at the clause's end ("wurde am Montag … kritisiert"). */
const GERMAN_PASSIVE_REACH = 6;

/**
 * Is the cue at i a passive participle ("a été annoncé", "fue criticado", "foi questionado",
 * "wurde … kritisiert")? -1 when not; the index of the agent marker ("par", "por", "von") when
 * one introduces the agent; PASSIVE_NO_AGENT when none does.
 */
function passiveAt(tokens: Token[], i: number, lx: LanguageLexicon): number {
  const reach = lx.capitalisedNouns ? GERMAN_PASSIVE_REACH : 2;
  let aux = -1;
  for (let k = i - 1; k >= 0 && i - k <= reach; k--) {
    const u = tokens[k]!;
    if (u.quoted || u.kind === 'punct') break;
    if (lx.passiveAuxiliaries.has(u.lower)) { aux = k; break; }
    if (!lx.capitalisedNouns && !lx.fillers.has(u.lower) && !lx.auxiliaries.has(u.lower)) break;
  }
  if (aux < 0) return -1;
  // "annoncée par", "annoncée en janvier par": the agent within a few words of the participle.
  for (let k = i + 1; k < tokens.length && k <= i + AGENT_REACH; k++) {
    const t = tokens[k]!;
    if (t.quoted || t.kind === 'punct') break;
    if (lx.agentMarkers.has(t.lower)) return k;
  }
  // German: "wurde von der Polizei bestätigt".
  for (let k = aux + 1; k < i; k++) if (lx.agentMarkers.has(tokens[k]!.lower)) return k;
  return PASSIVE_NO_AGENT;
}

/**
 * The cue follows a phrase between commas: "Le ministre de l'Intérieur, Paul Durand, a déclaré"
 * (the name between the commas is the subject), "Pouria Amirshahi, député socialiste …, a
 * annoncé" (the description is between them; the phrase before it is the subject).
 */
function apposition(tokens: Token[], comma: number, lx: LanguageLexicon, classify: (r: ReturnType<typeof phraseBefore>) => Source | null): Source | null {
  for (let k = comma - 1; k >= 0 && comma - k < MAX_APPOSITION; k--) {
    const u = tokens[k]!;
    if (u.quoted) return null;
    if (u.text !== ',') {
      if (u.kind === 'punct' && u.text !== '(' && u.text !== ')' && u.text !== '-') return null;
      continue;
    }
    const inner = phraseBefore(tokens, comma - 1, lx);
    const named = inner && inner.first === k + 1 ? classify(inner) : null;
    if (named?.kind === 'named' && named.person) return named;
    return classify(phraseBefore(tokens, k - 1, lx));
  }
  return null;
}

/**
 * Spanish and Portuguese drop the subject pronoun: `"…", afirmó.` is the person the text is
 * about. Only right after a quotation, with no subject after the verb, and for a singular form
 * (plurals end in -n in Spanish, -m in Portuguese).
 */
function dropped(tokens: Token[], i: number, lx: LanguageLexicon, entities: Entities, before: Token | undefined): Source | null {
  if (!lx.proDrop || before === undefined) return null;
  let k = i - 1;
  while (k >= 0 && tokens[k]!.kind === 'punct' && !tokens[k]!.quoted) k--;
  if (k < 0 || !tokens[k]!.quoted) return null;
  const w = tokens[i]!.lower;
  if (w.endsWith('n') || w.endsWith('m')) return null;
  const next = tokens[i + 1];
  if (next !== undefined && next.kind === 'word' && !next.quoted && !lx.stops.has(next.lower) && !lx.fillers.has(next.lower)) return null;
  const name = entities.lastPerson;
  if (name === null || entities.sentence - entities.lastPersonSentence > DROPPED_REACH) return null;
  const t = tokens[i]!;
  return { kind: 'named', name, person: true, start: t.start, end: t.end };
}

/** How many sentences back the person of a dropped subject may have been named. */
const DROPPED_REACH = 2;

