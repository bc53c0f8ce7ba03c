/**
 * Finds the reporting verbs of a sentence (outside its quotations): "said", "told", "argued",
 * "has been framed". A form that is being used as a noun ("the reports", "his claims") is not a
 * cue; a participle after a form of "be" is passive ("is accused of", "was released by").
 */
import type { Token } from '../text/tokens.ts';
import { isPossessive, stripPossessive } from '../text/tokens.ts';
import { subjectBefore } from './phrases.ts';
import { CUE_FORMS, FILLER_SET, INSTITUTION_SET, READ_DOCUMENT_SET, LEX, type CueForm } from '../lexicon/lookup.ts';
import { words } from '../lexicon/words.ts';

export interface Cue extends CueForm {
  index: number;
  passive: boolean;
}

const NOUN_MARKERS = new Set(words(
  'the a an his her its their our my your these those this such new recent no any media news '
  + 'of press earlier latest initial public strong stark implicit sharp two several most more '
  + 'less least very so too highly increasingly',
));
const NOUNY = new Set(words(
  'comment report claim note tweet question answer reply response warning promise pledge vow '
  + 'call demand plea boast complaint remark estimate dispute statement charge counter label '
  + 'brand frame quote cite voice detail record rule hope fear doubt find show praise blame '
  + 'attack threat insist vent chant cheer',
));
/** Words before a singular noun that are not verbs' subjects: "one tweet said", "another report". */
const SINGULAR_MARKERS = new Set(words('one another each every'));
const NUMBER_WORDS = new Set(words('two three four five six seven eight nine ten eleven twelve twenty dozen dozens hundreds thousands several'));
const LINKS = new Set(words('of for at from in on with by to about'));
const ARTICLES = new Set(words('a an the this that these those his her its their our my your'));
const COLLECTIVES = new Set(words('police staff people media congress parliament government military clergy public data'));
const CLAUSE_WORDS = new Set(words('that how why what whether when where who if'));
const NEEDS_COMPLEMENT = new Set(words('maintain add rule detail record hold continue repeat counter answer instruct'));
/**
 * Verbs of deciding ("the court held that", "the panel determined that") report a finding only
 * before "that" or a quotation: "held talks", "decided to leave", "was determined" are not.
 */
const DECISION_VERBS = new Set(words('hold decide determine'));
const AUX = new Set(words(
  'have has had are were is was will would can could may might must should do did say said',
));
const MODALS = new Set(words('will would could may might should to shall must won\'t won’t can'));
const BE = new Set(words('is was were are been being be \'s am get got'));
const IRREGULAR_PARTICIPLES = new Set(words('told said shown found thought written known held'));

/**
 * False for a cue word used in a way that reports nothing, so that it is neither a cue nor a sign
 * that quoted words are speech: a verb of deciding without "that" or a quotation after it ("held
 * talks", "decided to leave", "had to decide that"), and "read" unless a document reads out a
 * quotation ("the tweet reads, “…”", "a sign that read “…”"; not "She read “Heat”").
 */
export function isReportingUse(tokens: Token[], i: number, lemma: string): boolean {
  if (lemma === 'read') return documentReads(tokens, i);
  if (!DECISION_VERBS.has(lemma)) return true;
  // "had to decide that …": a decision still to be made.
  if (tokens[i - 1]?.lower === 'to') return false;
  const next = tokens[i + 1];
  return next !== undefined && (next.quoted || next.lower === 'that');
}

/** "The tweet from X reads, “…”", "Smith’s statement reads: “…”": a quotation follows and the subject is a document. */
function documentReads(tokens: Token[], i: number): boolean {
  // Only marks (a comma or colon, the opening mark) between the verb and the quoted words.
  let k = i + 1;
  while (k <= i + 3 && tokens[k] !== undefined && !tokens[k]!.quoted && tokens[k]!.kind === 'punct') k++;
  if (tokens[k]?.quoted !== true) return false;
  const r = subjectBefore(tokens, i);
  if (!r) return false;
  for (let k = r.first; k <= r.last; k++) if (READ_DOCUMENT_SET.has(stripPossessive(tokens[k]!.lower))) return true;
  return false;
}

export function findCues(tokens: Token[]): Cue[] {
  const out: Cue[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // A capitalised cue only opens an inverted sentence: "Said Dorothy Poynter, …".
    const opensInversion = t.cap && i === 0 && tokens[i + 1]?.cap === true;
    if (t.quoted || t.kind !== 'word' || (t.cap && !opensInversion) || (t.lex & LEX.cue) === 0) continue;
    const form = CUE_FORMS.get(t.lower);
    if (!form) continue;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    if (prev && !prev.quoted && ((NOUN_MARKERS.has(prev.lower) && !(prev.cap && i > 1)) || (prev.kind === 'word' && isPossessive(prev.text)))) continue;
    // "One tweet said", "another report found": a base form right after these is a noun.
    if (t.lower === form.lemma && NOUNY.has(form.lemma) && prev && !prev.quoted && SINGULAR_MARKERS.has(prev.lower)) continue;
    // "a Twitter comment", "the Trump report", "panel report": a base form after a singular name or institution is a noun.
    if (t.lower === form.lemma && NOUNY.has(form.lemma) && prev && !prev.quoted && ((prev.cap && i > 1) || INSTITUTION_SET.has(prev.lower)) && !prev.lower.endsWith('s') && !COLLECTIVES.has(prev.lower)) continue;
    // "a 60FPS frame rate", "that 2012 remark": a base form one word after a determiner is a noun,
    // unless that word is a plural subject ("the results show", "supporters of the law hope").
    const det = tokens[i - 2];
    if (t.lower === form.lemma && NOUNY.has(form.lemma) && prev && !prev.quoted && prev.kind !== 'punct' && det && !det.quoted && ARTICLES.has(det.lower)
      && (isDigit(prev.text.charCodeAt(0)) || (!prev.lower.endsWith('s') && !COLLECTIVES.has(prev.lower) && !LINKS.has(tokens[i - 3]?.lower ?? '')))) continue;
    // "across three states", "two reports": an -s form after a number is a plural noun.
    if (t.lower.endsWith('s') && prev && !prev.quoted && (NUMBER_WORDS.has(prev.lower) || isDigit(prev.text.charCodeAt(0)))) continue;
    // "All told, …": an idiom, not speech.
    if (t.lower === 'told' && prev?.lower === 'all' && i === 1) continue;
    // "reports have detailed", "critics say": an -s form before a verb is a plural noun.
    if (t.lower.endsWith('s') && next && !next.quoted && (AUX.has(next.lower) || (CUE_FORMS.has(next.lower) && !putNotIt(tokens, i + 1)))) continue;
    if (form.lemma === 'point' && !(next && (next.lower === 'out' || next.lower === 'to'))) continue;
    // "As Foner put it: …", "as one voter put it, …": "put" reports words only as "put it".
    if (putNotIt(tokens, i)) continue;
    // "fired back", "hit back", "shot back": only with "back".
    if ((form.lemma === 'fire' || form.lemma === 'hit' || form.lemma === 'shoot') && next?.lower !== 'back') continue;
    if (form.lemma === 'continue' && next && next.kind === 'word' && !next.quoted) continue;
    if (form.lemma === 'call' && next && (next.lower === 'for' || next.lower === 'on' || next.lower === 'off')) continue;
    if (form.lemma === 'paint' && !(prev && !prev.quoted && (prev.lower === 'he' || prev.lower === 'she'))) continue;
    if (isIrrealis(tokens, i)) continue;
    // "Con Edison maintains 4,300 miles of mains", "added a headphone jack": these verbs report
    // speech only before a clause or a quotation (an amount after them is their object).
    // Right after a quotation and its speaker ("“…,” Trump added to People") the verb is speech.
    let inverted = prev !== undefined && (prev.quoted || prev.kind === 'punct');
    for (let k = i - 1; !inverted && k >= 0 && i - k <= 4; k--) if (tokens[k]!.quoted) inverted = true;
    if (!isReportingUse(tokens, i, form.lemma)) continue;
    if (NEEDS_COMPLEMENT.has(form.lemma) && !inverted && next && !next.quoted && (next.kind === 'num' || (next.kind === 'word' && !next.cap && !CLAUSE_WORDS.has(next.lower)))) continue;
    out.push({ lemma: form.lemma, strength: form.strength, index: i, passive: isPassive(tokens, i) });
  }
  return out;
}

/** "put" not followed by "it" ("estimates put the number at"): a plain verb, no report. */
function putNotIt(tokens: Token[], i: number): boolean {
  const l = tokens[i]!.lower;
  return (l === 'put' || l === 'puts') && tokens[i + 1]?.lower !== 'it';
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** "will announce", "plans to sign", "could say": not something anyone has said. */
function isIrrealis(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && i - k <= 2; k--) {
    const u = tokens[k]!;
    if (u.quoted || u.kind === 'punct') return false;
    if (MODALS.has(u.lower)) return !(u.lower === 'to' && (tokens[k - 1]?.lower === 'on' || tokens[k - 1]?.lower === 'proceeded'));
    if (!u.lower.endsWith('ly') && u.lower !== 'not' && u.lower !== 'also') return false;
  }
  return false;
}

/** "they're", "it's", "I'm": a contracted form of "be". */
function contractedBe(w: string): boolean {
  const n = w.length;
  const last = w.charCodeAt(n - 1);
  const apos = (c: number): boolean => c === 39 || c === 0x2019;
  if (last === 115 || last === 109) return apos(w.charCodeAt(n - 2));
  return last === 101 && w.charCodeAt(n - 2) === 114 && apos(w.charCodeAt(n - 3));
}

function isPassive(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (!t.lower.endsWith('ed') && !IRREGULAR_PARTICIPLES.has(t.lower)) return false;
  for (let k = i - 1; k >= 0 && i - k <= 3; k--) {
    const u = tokens[k]!;
    if (u.kind === 'punct' || u.quoted) return false;
    if (BE.has(u.lower) || contractedBe(u.lower)) return true;
    if (!FILLER_SET.has(u.lower) && !u.lower.endsWith('ly')) return false;
  }
  return false;
}
