/**
 * `attributed` by a reporting verb whose subject is a named person or organisation, or a pronoun
 * that resolves to one: `Zelensky argued that ...`, `The United States, he argued, remains ...`.
 * Only the sentence's first sourced cue counts: in `American officials said Sudan had shown
 * progress` the source is the officials (vague), not Sudan.
 */
import type { Rule, SentenceFacts } from './types.ts';
import type { Attribution } from '../attribution/attribute.ts';
import { attributionResult } from './attribution-result.ts';

/** The first attribution of the sentence that has a source (named or vague), by position. */
export function primaryAttribution(f: SentenceFacts): Attribution | null {
  let best: Attribution | null = null;
  for (const a of f.attributions) {
    if (!a.source || a.via === 'speech') continue;
    if (!best || a.cueStart < best.cueStart) best = a;
  }
  return best;
}

export const attributedCue: Rule = {
  id: 'attributed.cue',
  label: 'attributed',
  apply(f: SentenceFacts) {
    const a = primaryAttribution(f);
    if (!a || a.source?.kind !== 'named' || !(a.via === 'subject' || a.via === 'inverted' || a.via === 'participle')) return null;
    return attributionResult('attributed.cue', f, a);
  },
};
