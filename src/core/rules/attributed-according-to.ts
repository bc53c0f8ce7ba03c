/** `attributed` by `according to X` with a named X: `according to the Pentagon, ...`. */
import type { Rule, SentenceFacts } from './types.ts';
import { attributionResult } from './attribution-result.ts';

export const attributedAccordingTo: Rule = {
  id: 'attributed.according-to',
  label: 'attributed',
  apply(f: SentenceFacts) {
    const a = f.attributions.find((x) => x.via === 'according-to' && x.source?.kind === 'named');
    return a ? attributionResult('attributed.according-to', f, a) : null;
  },
};
