/**
 * `attributed` because the subject is someone's speech or a speech act:
 * `Zelensky’s remarks also carried a warning: ...`, `X delivered a searing critique of ...`.
 */
import type { Rule, SentenceFacts } from './types.ts';

export const attributedSpeech: Rule = {
  id: 'attributed.speech',
  label: 'attributed',
  apply(f: SentenceFacts) {
    const o = f.speechOwner;
    if (!o || o.source.kind !== 'named') return null;
    const s = o.source;
    return {
      source: s.name,
      reason: {
        rule: 'attributed.speech',
        text: `speech: ${o.noun.text}; source: ${s.name}`,
        triggers: [
          { kind: 'cue', text: o.noun.text, start: o.noun.start, end: o.noun.end },
          { kind: 'source', text: f.text.slice(s.start, s.end), start: s.start, end: s.end },
        ],
      },
    };
  },
};
