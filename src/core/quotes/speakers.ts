/**
 * Gives each quotation its speaker. In order: a cue in the sentences the quotation touches (the
 * one right after it, `‘…,’ he said`, else the nearest before it, `X told the audience: ‘…’`);
 * a previous sentence that ends `X said:`; for a quotation with no cue at all, the speaker of the
 * previous quotation in the same or the previous paragraph. A cue whose source is unnamed ("one
 * official said") gives that phrase as the speaker. Otherwise null: the article does not say who
 * spoke, and the product says so rather than guessing.
 */
import type { Attribution } from '../attribution/attribute.ts';
import type { QuoteSpeaking } from '../rules/types.ts';
import type { Quote } from '../types.ts';

const AFTER_GAP = 30;
/** "Smith and Brown": an "and" between two capitalised words joins names, not clauses. */
const JOINED_NAMES = /[A-Z][\w.'’-]*\s+and\s+[A-Z]/g;

/** Picks the cue for a quotation spanning [start, end) among the attributions of its sentences. */
export function pickCue(text: string, start: number, end: number, attributions: Attribution[]): Attribution | null {
  let after: Attribution | null = null;
  let before: Attribution | null = null;
  for (const a of attributions) {
    if (a.cueStart >= end) {
      if (!after || a.cueStart < after.cueStart) after = a;
    } else if (a.cueEnd <= start) {
      if (!before || a.cueEnd > before.cueEnd) before = a;
    }
  }
  // "‘…,’ he said" takes the cue after; "a “faker” and questioning …" does not ("‘…,’ Smith and
  // Brown said" does: that "and" joins two names).
  if (after && after.cueStart - end <= AFTER_GAP && /\b(?:and|but|or|while)\b/.test(text.slice(end, after.cueStart).replace(JOINED_NAMES, ''))) after = null;
  // "He vowed it would be “merciless” in defending itself", "Sanders said he “cannot walk down
  // the street” without reporters asking him …": a gerund after the quotation does not introduce
  // it when a cue with a source comes before it.
  if (after && /ing$/.test(after.cueText) && attributions.some((a) => a.cueEnd <= start && a.source)) after = null;
  if (after && after.cueStart - end <= AFTER_GAP && after.source) return after;
  const named = (a: Attribution | null): Attribution | null => (a?.source ? a : null);
  // Prefer the nearest cue before the quotation that has a source, then any cue.
  let sourcedBefore: Attribution | null = null;
  for (const a of attributions) if (a.cueEnd <= start && a.source && (!sourcedBefore || a.cueEnd > sourcedBefore.cueEnd)) sourcedBefore = a;
  // "Westmacott also said that Obama shows “great charm”": the speech verb, not the verb in its complement.
  if (sourcedBefore && !sourcedBefore.speech) {
    const speech = attributions.find((a) => a.cueEnd <= start && a.speech && a.source?.kind === 'named');
    if (speech) sourcedBefore = speech;
  }
  // "“…” are all thought to contribute, according to the department": a sourceless cue right
  // after the quotation gives way to the agent the sentence names later.
  if (after && !after.source && !sourcedBefore) {
    for (const a of attributions) if (a.cueStart > after.cueStart && a.source && a.via === 'according-to') return a;
  }
  if (after && after.cueStart - end <= AFTER_GAP) return sourcedBefore ?? after;
  return sourcedBefore ?? named(after) ?? before ?? after;
}

/**
 * What the previous quotation and the previous sentence can lend to a cue-less quotation.
 * `block` fields count paragraphs only: a photo caption between two paragraphs does not
 * break the carry-over.
 */
export interface SpeakerMemory {
  lastQuote: { speaker: string | null; block: number; sentence: number } | null;
  /** The last sentence that reported a named source's speech without quoting it ("Smith said the plan would fail."). */
  lastSpeech: { name: string; block: number; sentence: number } | null;
  /** The last sentence ended with a colon after a cue ("Cruz called them on it:"). */
  colon: { cue: Attribution; block: number; sentence: number } | null;
}

export function assignSpeaker(
  quote: Quote,
  cue: Attribution | null,
  blocked: boolean,
  memory: SpeakerMemory,
  sentenceIndex: number,
  introduced: Attribution | null,
  para: number,
): QuoteSpeaking {
  if (introduced && (!cue || !cue.source)) {
    quote.speaker = introduced.source?.name ?? null;
    return { quote, how: 'introduced', cue: introduced };
  }
  if (cue) {
    // "“…,” one senior official said": the article does say who spoke, if not by name; the
    // speaker is the phrase it uses, and the reason says the speaker is unnamed.
    // Only through a verb of speech: "research in humans shows that the brain “feels” ready" names no speaker.
    const speaker = cue.source?.kind === 'named' || (cue.source && cue.speech) ? cue.source.name : null;
    quote.speaker = speaker;
    return { quote, how: !speaker ? 'none' : cue.source?.kind === 'vague' ? 'vague' : 'cue', cue };
  }
  const colon = memory.colon;
  if (colon && colon.sentence === sentenceIndex - 1 && colon.cue.source?.kind === 'named') {
    quote.speaker = colon.cue.source.name;
    return { quote, how: 'colon', cue: colon.cue };
  }
  const last = memory.lastQuote;
  const speech = memory.lastSpeech;
  const speechRecent = speech !== null && para - speech.block <= 1 && sentenceIndex - speech.sentence <= 2 && (!last || speech.sentence > last.sentence);
  if (!blocked && speechRecent) {
    quote.speaker = speech.name;
    return { quote, how: 'carried', cue: null };
  }
  if (!blocked && last && last.speaker && para - last.block <= 1) {
    quote.speaker = last.speaker;
    return { quote, how: 'carried', cue: null };
  }
  quote.speaker = null;
  return { quote, how: 'none', cue: null };
}
