/**
 * `vague`: a weasel phrase attributes the claim to nobody in particular, wherever it stands:
 * `it is believed`, `allegations have resurfaced`, `a person familiar with the matter`,
 * `reportedly`, `the alleged bribe`.
 */
import type { Rule, SentenceFacts } from './types.ts';

export const vaguePhrase: Rule = {
  id: 'vague.phrase',
  label: 'vague',
  apply(f: SentenceFacts) {
    const m = f.vaguePhrases[0];
    if (!m) return null;
    const a = f.tokens[m.first]!;
    const b = f.tokens[m.last]!;
    const rule = m.first === m.last && /ly$|ed$/.test(m.value) ? 'vague.modifier' : 'vague.phrase';
    return {
      source: m.text,
      reason: { rule, text: `vague phrase: ${m.text}`, triggers: [{ kind: 'vague', text: m.text, start: a.start, end: b.end }] },
    };
  },
};
