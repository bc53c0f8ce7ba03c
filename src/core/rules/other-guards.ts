/**
 * Sentences that are `other` even when they mention numbers or events: headings (`Exclusive:
 * Putin’s talks`), photo captions that describe a picture, bylines (`By Staff Reporter`),
 * questions (`Will they find common ground?`), and fragments too short to assert anything.
 * These rules run after the attribution rules and before `unsourced`.
 */
import type { Rule, SentenceFacts } from './types.ts';

const other = (id: string, test: (f: SentenceFacts) => boolean): Rule => ({
  id,
  label: 'other',
  apply: (f) => (test(f) ? { source: null, reason: { rule: id, text: '', triggers: [] } } : null),
});

/** Words in the sentence, counted up to `limit` (the guards only need small counts). */
function words(f: SentenceFacts, limit: number): number {
  let n = 0;
  for (let i = 0; i < f.tokens.length && n < limit; i++) if (f.tokens[i]!.kind !== 'punct') n++;
  return n;
}

export const otherHeading = other('other.heading', (f) => f.kind === 'heading');
export const otherCaption = other('other.caption', (f) => f.kind === 'caption');
export const otherQuestion = other('other.question', (f) => {
  // The last mark before closing quotation marks and brackets.
  for (let i = f.end - 1; i >= f.start; i--) {
    const ch = f.text.charAt(i);
    if ('"\'”’»)] '.includes(ch)) continue;
    return ch === '?';
  }
  return false;
});
export const otherByline = other('other.byline', (f) => f.tokens[0]?.text === 'By' && words(f, 9) <= 8);
export const otherShort = other('other.short', (f) => words(f, 4) < 4);
