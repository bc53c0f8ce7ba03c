/**
 * Plain text (a .txt file or stdin) as article blocks: paragraphs are separated by blank lines.
 * The first paragraph is taken as the title (a `heading` block) when it is a single short line
 * (at most 200 characters) that does not end with a full stop, question or exclamation mark;
 * otherwise there is no title and every paragraph is a `paragraph` block.
 * Each block remembers where it starts in the original text, so offsets can be mapped back.
 */
import type { Block } from '../core/index.ts';

export interface PlainArticle {
  title: string | null;
  blocks: Block[];
  /** Offset in the original text where each block's text starts (block text is a verbatim slice). */
  offsets: number[];
}

const TITLE_MAX = 200;

export function plainTextBlocks(text: string): PlainArticle {
  const blocks: Block[] = [];
  const offsets: number[] = [];
  const separator = /\n[ \t\r]*\n/g;
  let from = 0;
  const push = (start: number, end: number): void => {
    const raw = text.slice(start, end);
    const body = raw.trim();
    if (body === '') return;
    blocks.push({ kind: 'paragraph', text: body });
    offsets.push(start + (raw.length - raw.trimStart().length));
  };
  let m: RegExpExecArray | null;
  while ((m = separator.exec(text)) !== null) {
    push(from, m.index);
    from = m.index + m[0].length;
    separator.lastIndex = from - 1;
  }
  push(from, text.length);
  let title: string | null = null;
  const first = blocks[0];
  if (first && first.text.length <= TITLE_MAX && !first.text.includes('\n') && !/[.!?]["'”’)]*$/.test(first.text) && blocks.length > 1) {
    first.kind = 'heading';
    title = first.text;
  }
  return { title, blocks, offsets };
}
