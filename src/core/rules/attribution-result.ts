/** Builds the label result and reason for an attribution (shared by the attributed/vague cue rules). */
import type { RuleResult, SentenceFacts } from './types.ts';
import type { Attribution } from '../attribution/attribute.ts';
import type { Reason } from '../types.ts';

export function attributionResult(rule: string, f: SentenceFacts, a: Attribution): RuleResult {
  const src = a.source;
  const triggers: Reason['triggers'] = [{ kind: 'cue', text: a.cueText, start: a.cueStart, end: a.cueEnd }];
  if (src) triggers.push({ kind: src.kind === 'vague' ? 'vague' : 'source', text: f.text.slice(src.start, src.end), start: src.start, end: src.end });
  const label = src?.kind === 'vague' ? 'vague source' : 'source';
  return { source: src?.name ?? null, reason: { rule, text: `cue: ${a.cueText}; ${label}: ${src?.name ?? 'unknown'}`, triggers } };
}
