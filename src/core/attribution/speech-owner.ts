/**
 * Sentences whose subject is someone's speech: `Zelensky’s remarks also carried a warning: ...`,
 * `His speech, laced with urgency, underscored ...`, `His message was clear: ...`, and speech acts
 * `President Zelensky delivered a searing critique of ...`. The possessor (or the actor) is the
 * source. A sentence that only judges the speech (`Zelensky’s speech was not merely a plea`) or
 * mentions it in a side clause (`as Zelensky’s words echoed, ...`) is not attributed.
 */
import type { Token } from '../text/tokens.ts';
import { isPossessive } from '../text/tokens.ts';
import { SPEECH_NOUN_SET, NATIONALITY_SET, LEX } from '../lexicon/lookup.ts';
import { findNameRuns } from './names.ts';
import { subjectBefore } from './phrases.ts';
import { classifySource, type Source } from './source.ts';
import type { Entities } from './entities.ts';
import { words } from '../lexicon/words.ts';

const LEADING = new Set(words('yet but and however still meanwhile indeed instead now'));
const COPULA = new Set(words('is was are were'));
const JUDGING = new Set(words('not merely just more less no hardly never only a an'));
const SPEECH_ACTS = new Set(words('delivered gave made issued offered penned published released posted sent voiced'));

export interface SpeechOwner { source: Source; noun: Token }

export function findSpeechOwner(text: string, tokens: Token[], entities: Entities, personBefore: (index: number) => string | null): SpeechOwner | null {
  return possessiveSubject(text, tokens, entities, personBefore) ?? speechAct(text, tokens, entities);
}

function possessiveSubject(text: string, tokens: Token[], entities: Entities, personBefore: (index: number) => string | null): SpeechOwner | null {
  let i = 0;
  while (i < tokens.length && (tokens[i]!.kind === 'punct' || LEADING.has(tokens[i]!.lower))) i++;
  const t = tokens[i];
  if (!t || t.quoted) return null;
  let owner: Source | null = null;
  let next = i + 1;
  if (t.lower === 'his' || t.lower === 'her') {
    const local = personBefore(i);
    const name = local !== null && entities.fits(local, t.lower) ? local : entities.personFor(t.lower);
    if (name) owner = { kind: 'named', name, person: true, start: t.start, end: t.end };
  } else if (t.lower === 'the') {
    // "The Russian leader’s insistence": a described person.
    let k = i + 1;
    while (k < tokens.length && k - i <= 3 && !isPossessive(tokens[k]!.text)) k++;
    const p = tokens[k];
    if (p && isPossessive(p.text) && entities.lastPerson && tokens.slice(i + 1, k).every((u) => !u.cap || NATIONALITY_SET.has(u.lower))) {
      owner = { kind: 'named', name: entities.lastPerson, person: true, start: t.start, end: p.end };
      next = k + 1;
    }
  } else if (t.cap && hasPossessiveSoon(tokens, i)) {
    const run = findNameRuns(tokens, i, Math.min(tokens.length, i + 5), false)[0];
    if (run && run.first === i && run.possessive) {
      owner = classifySource(text, tokens, { first: i, last: run.last }, entities);
      next = run.last + 1;
    }
  }
  if (!owner || owner.kind !== 'named') return null;
  // Up to two adjectives, then the noun of speech.
  for (let k = next; k < tokens.length && k - next <= 2; k++) {
    const u = tokens[k]!;
    if (u.kind === 'punct' || u.quoted) return null;
    if (SPEECH_NOUN_SET.has(u.lower)) return judged(tokens, k) ? null : { source: owner, noun: u };
  }
  return null;
}

/** Is one of the next few capitalised words possessive ("Zelensky’s", "Gov. Jerry Brown’s")? */
function hasPossessiveSoon(tokens: Token[], i: number): boolean {
  for (let k = i; k < tokens.length && k - i < 5 && tokens[k]!.cap; k++) if (isPossessive(tokens[k]!.text)) return true;
  return false;
}

/** "…speech at Davos was not merely a plea": the sentence judges the speech instead of reporting it. */
function judged(tokens: Token[], noun: number): boolean {
  for (let k = noun + 1; k < tokens.length && k - noun <= 6; k++) {
    const u = tokens[k]!;
    if (u.kind === 'punct' && u.text !== ',') return false;
    if (COPULA.has(u.lower)) {
      const v = tokens[k + 1];
      return v !== undefined && JUDGING.has(v.lower);
    }
  }
  return false;
}

function speechAct(text: string, tokens: Token[], entities: Entities): SpeechOwner | null {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.quoted || (t.lex & LEX.speechAct) === 0 || !SPEECH_ACTS.has(t.lower)) continue;
    for (let k = i + 1; k < tokens.length && k - i <= 4; k++) {
      const u = tokens[k]!;
      if (u.kind === 'punct' || u.quoted) break;
      if (SPEECH_NOUN_SET.has(u.lower)) {
        const r = subjectBefore(tokens, i);
        const source = r ? classifySource(text, tokens, r, entities) : null;
        return source ? { source, noun: u } : null;
      }
    }
  }
  return null;
}
