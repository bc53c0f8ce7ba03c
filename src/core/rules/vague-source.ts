/**
 * `vague`: a reporting verb, `according to` or a passive agent whose source is unnamed:
 * `critics say`, `many argue`, `corroborated by insiders`, `according to sources`.
 * All such sources of the sentence are listed ("investigative reports; insiders").
 */
import type { Rule, SentenceFacts } from './types.ts';
import type { Reason } from '../types.ts';

export const vagueSource: Rule = {
  id: 'vague.source',
  label: 'vague',
  apply(f: SentenceFacts) {
    if (!f.attributions.some((a) => a.source?.kind === 'vague')) return null;
    const found = f.attributions.filter((a) => a.source?.kind === 'vague');
    const names: string[] = [];
    const triggers: Reason['triggers'] = [];
    for (const a of found) {
      const s = a.source!;
      const name = s.name;
      if (!names.some((n) => n.toLowerCase() === name.toLowerCase())) names.push(name);
      triggers.push({ kind: 'cue', text: a.cueText, start: a.cueStart, end: a.cueEnd });
      triggers.push({ kind: 'vague', text: f.text.slice(s.start, s.end), start: s.start, end: s.end });
    }
    const first = found[0]!;
    return { source: names.join('; '), reason: { rule: 'vague.source', text: `cue: ${first.cueText}; vague source: ${names.join('; ')}`, triggers } };
  },
};
