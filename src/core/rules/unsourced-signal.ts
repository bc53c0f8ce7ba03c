/**
 * `unsourced`: no attribution, and the sentence asserts something check-worthy. The signal kinds
 * (accusation, cause, number, event, date, conduct) come from lexicon/signals.ts, plus any figure
 * written in digits. The reason names the strongest signal: `no source given; accusation: accused of`.
 */
import type { Rule, SentenceFacts } from './types.ts';
import type { Reason } from '../types.ts';
import type { SignalKind } from '../lexicon/signals.ts';

const PRIORITY: SignalKind[] = ['accusation', 'cause', 'number', 'event', 'date', 'conduct'];

export const unsourcedSignal: Rule = {
  id: 'unsourced.signal',
  label: 'unsourced',
  apply(f: SentenceFacts) {
    const found: { kind: SignalKind; text: string; start: number; end: number }[] = [];
    for (const m of f.signals) {
      found.push({ kind: m.value, text: m.text, start: f.tokens[m.first]!.start, end: f.tokens[m.last]!.end });
    }
    for (let i = 0; i < f.tokens.length; i++) {
      const t = f.tokens[i]!;
      if (t.kind !== 'num' || t.quoted) continue;
      // A number that is part of a name ("Building 24", "PlayStation 4") is not a figure.
      const prev = f.tokens[i - 1];
      if (!(prev?.cap && prev.kind === 'word' && i > 1)) found.push({ kind: /^(1[89]|20)\d\d$/.test(t.text) ? 'date' : 'number', text: t.text, start: t.start, end: t.end });
    }
    if (found.length === 0) return null;
    let best = found[0]!;
    for (const s of found) if (PRIORITY.indexOf(s.kind) < PRIORITY.indexOf(best.kind)) best = s;
    const triggers: Reason['triggers'] = found.map((s) => ({ kind: 'signal', text: s.text, start: s.start, end: s.end }));
    return { source: null, reason: { rule: `unsourced.${best.kind}`, text: `no source given; ${best.kind}: ${best.text}`, triggers } };
  },
};
