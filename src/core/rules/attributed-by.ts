/** `attributed` by a passive with a named agent: `Video released by the Kremlin captured ...`. */
import type { Rule, SentenceFacts } from './types.ts';
import { attributionResult } from './attribution-result.ts';

export const attributedBy: Rule = {
  id: 'attributed.by',
  label: 'attributed',
  apply(f: SentenceFacts) {
    const a = f.attributions.find((x) => x.via === 'by' && x.source?.kind === 'named');
    return a ? attributionResult('attributed.by', f, a) : null;
  },
};
