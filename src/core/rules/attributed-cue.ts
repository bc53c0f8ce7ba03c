/**
 * `attributed` by a reporting verb whose subject is a named person or organisation, or a pronoun
 * that resolves to one: `Zelensky argued that ...`, `The United States, he argued, remains ...`.
 */
import type { Rule, SentenceFacts } from './types.ts';
import { attributionResult } from './attribution-result.ts';

export const attributedCue: Rule = {
  id: 'attributed.cue',
  label: 'attributed',
  apply(f: SentenceFacts) {
    const a = f.attributions.find((x) => x.source?.kind === 'named' && (x.via === 'subject' || x.via === 'inverted' || x.via === 'participle'));
    return a ? attributionResult('attributed.cue', f, a) : null;
  },
};
