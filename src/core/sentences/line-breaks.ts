/**
 * Pass 4 of sentence splitting: line breaks. A blank line always separates sentences; in headings,
 * captions and list items a single line break does too, because their lines rarely end in a full
 * stop (`Exclusive: Putin’s talks\nBy Staff Reporter`). In paragraphs a single line break is
 * usually just wrapping and is ignored.
 */
import type { BlockKind } from '../types.ts';

/** Offsets just after which a sentence must end because of line breaks. */
export function lineBreakEnds(text: string, kind: BlockKind): number[] {
  const out: number[] = [];
  const single = kind !== 'paragraph' && kind !== 'quote-block';
  let i = text.indexOf('\n');
  while (i !== -1) {
    const blank = /^\n[ \t\r]*\n/.test(text.slice(i, i + 8));
    if (single || blank) out.push(i);
    i = text.indexOf('\n', i + 1);
  }
  return out;
}
