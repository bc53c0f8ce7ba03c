/**
 * `quote`: the sentence holds a direct quotation. The reason says how its speaker was found:
 * `cue: told; speaker: Volodymyr Zelensky`, an unnamed speaker (`cue: said; unnamed speaker: one
 * official`), a speaker carried over from the previous quotation,
 * or that the article does not say who spoke.
 */
import type { Rule, RuleResult, QuoteSpeaking, SentenceFacts } from './types.ts';
import type { Reason } from '../types.ts';

export const quoteRule: Rule = {
  id: 'quote',
  label: 'quote',
  apply(f: SentenceFacts): RuleResult | null {
    if (f.quotes.length === 0) return null;
    const q = f.quotes.find((x) => x.quote.speaker !== null) ?? f.quotes[0]!;
    return { source: q.quote.speaker, reason: quoteReason(q, f) };
  },
};

/** The reason for a quotation's speaker; also used when a multi-paragraph quotation is resolved later. */
export function quoteReason(q: QuoteSpeaking, f: SentenceFacts | null): Reason {
  const speaker = q.quote.speaker;
  const triggers: Reason['triggers'] = [];
  // Only a cue found in this very sentence has offsets in this block.
  const local = q.how === 'cue' || q.how === 'vague' || q.how === 'introduced';
  const inSentence = (s: number, e: number): boolean => local && f !== null && s >= f.start && e <= f.end;
  if (q.cue && inSentence(q.cue.cueStart, q.cue.cueEnd)) triggers.push({ kind: 'cue', text: q.cue.cueText, start: q.cue.cueStart, end: q.cue.cueEnd });
  const src = q.cue?.source;
  if (src && f && inSentence(src.start, src.end)) triggers.push({ kind: 'speaker', text: f.text.slice(src.start, src.end), start: src.start, end: src.end });
  const who = speaker ?? 'not given';
  switch (q.how) {
    case 'cue':
      return { rule: 'quote.cue', text: `cue: ${q.cue?.cueText ?? ''}; speaker: ${who}`, triggers };
    case 'vague':
      return { rule: 'quote.vague', text: `cue: ${q.cue?.cueText ?? ''}; unnamed speaker: ${who}`, triggers };
    case 'introduced':
      return { rule: 'quote.introduced', text: `speaker named just before the quotation: ${who}`, triggers };
    case 'colon':
      return { rule: 'quote.colon', text: `introduced by the previous sentence (${q.cue?.cueText ?? ''}); speaker: ${who}`, triggers };
    case 'carried':
      return { rule: 'quote.carried', text: `no cue of its own; speaker carried over from the previous quotation: ${who}`, triggers };
    case 'chain':
      return { rule: 'quote.paragraphs', text: `quotation runs over several paragraphs; speaker: ${who}`, triggers };
    case 'none':
      return { rule: 'quote.unknown', text: 'quotation marks; the article does not say who spoke', triggers };
  }
}
