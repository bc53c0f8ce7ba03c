/**
 * `attributed`: a list item under a sentence that introduces it as someone's words
 * (`In a wide-ranging interview, President Obama also said:` followed by bullet points).
 */
import type { Rule, SentenceFacts } from './types.ts';

export const attributedList: Rule = {
  id: 'attributed.list',
  label: 'attributed',
  apply(f: SentenceFacts) {
    const intro = f.listIntro;
    if (f.kind !== 'list-item' || !intro?.source || intro.source.kind !== 'named') return null;
    const name = intro.source.name;
    return { source: name, reason: { rule: 'attributed.list', text: `list introduced by "${intro.cueText}"; source: ${name}`, triggers: [] } };
  },
};
