/**
 * Matches lexicon phrases against a sentence's tokens (outside quotations), longest first.
 * Used for vague phrases ("it is believed") and check-worthiness signals ("accused of").
 */
import type { Token } from './tokens.ts';
import type { PhraseIndex } from '../lexicon/lookup.ts';

export interface PhraseMatch<T> { first: number; last: number; value: T; text: string }

export function matchPhrases<T>(text: string, tokens: Token[], index: PhraseIndex<T>, bit: number): PhraseMatch<T>[] {
  const out: PhraseMatch<T>[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.quoted || t.kind === 'punct' || (t.lex & bit) === 0) continue;
    const list = index.get(t.lower);
    if (!list) continue;
    for (const { words, value } of list) {
      let ok = true;
      for (let k = 1; k < words.length; k++) {
        const u = tokens[i + k];
        if (!u || u.quoted || u.lower !== words[k]) { ok = false; break; }
      }
      if (ok) {
        const last = i + words.length - 1;
        out.push({ first: i, last, value, text: text.slice(t.start, tokens[last]!.end) });
        i = last;
        break;
      }
    }
  }
  return out;
}
