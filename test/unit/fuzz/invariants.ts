/**
 * The engine's output invariants, checked on any input: the fuzz tests run them over random
 * text so that a crash, an offset off by one or a sentence that escapes its block is caught
 * whatever the page feeds the engine. Returns a list of violations (empty = all hold) so a
 * failing property prints what broke, not just "false".
 */
import { LABELS, type Analysis, type ArticleInput } from '../../../src/core/index.ts';

/** Whitespace as the contract means it: JS `\s`, plus the zero-width space and NEL the engine also skips. */
const SPACE = /[\s\u200b\u0085]/g;
const nonSpace = (s: string) => s.replace(SPACE, '');
const trimmed = (s: string) => s.replace(/^[\s\u200b\u0085]+|[\s\u200b\u0085]+$/g, '');

/** Every invariant the contract in src/core/types.ts promises, as human-readable violations. */
export function violations(input: ArticleInput, a: Analysis): string[] {
  const out: string[] = [];
  const blocks = input.blocks;
  const perBlock = blocks.map(() => [] as { start: number; end: number; text: string }[]);
  for (const [i, s] of a.sentences.entries()) {
    const block = blocks[s.block];
    if (!block) { out.push(`sentence ${i}: block ${s.block} out of range`); continue; }
    if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && 0 <= s.start && s.start <= s.end && s.end <= block.text.length)) {
      out.push(`sentence ${i}: offsets [${s.start}, ${s.end}) outside block of length ${block.text.length}`);
      continue;
    }
    if (block.text.slice(s.start, s.end) !== s.text) out.push(`sentence ${i}: slice differs from stored text`);
    if (s.text !== trimmed(s.text)) out.push(`sentence ${i}: edge whitespace`);
    if (s.text.length === 0) out.push(`sentence ${i}: empty`);
    if (!LABELS.includes(s.label)) out.push(`sentence ${i}: unknown label ${String(s.label)}`);
    for (const t of s.reason?.triggers ?? []) {
      if (!(0 <= t.start && t.start <= t.end && t.end <= block.text.length)) out.push(`sentence ${i}: trigger [${t.start}, ${t.end}) out of bounds`);
      else if (block.text.slice(t.start, t.end) !== t.text) out.push(`sentence ${i}: trigger slice ${JSON.stringify(block.text.slice(t.start, t.end))} != ${JSON.stringify(t.text)}`);
    }
    perBlock[s.block]!.push(s);
  }
  // Sentences tile each block: in order, not overlapping, every non-space character covered once.
  for (const [b, list] of perBlock.entries()) {
    for (let k = 1; k < list.length; k++) if (list[k]!.start < list[k - 1]!.end) out.push(`block ${b}: sentences overlap or are out of order at ${k}`);
    const covered = list.map((s) => nonSpace(s.text)).join('');
    if (covered !== nonSpace(blocks[b]!.text)) out.push(`block ${b}: sentences do not tile the block`);
  }
  for (const [i, q] of a.quotes.entries()) {
    const block = blocks[q.block];
    if (!block) { out.push(`quote ${i}: block ${q.block} out of range`); continue; }
    if (!(0 <= q.start && q.start <= q.end && q.end <= block.text.length)) { out.push(`quote ${i}: offsets [${q.start}, ${q.end}) outside its block`); continue; }
    if (block.text.slice(q.start, q.end) !== q.text) out.push(`quote ${i}: slice differs from stored text`);
  }
  const tally = Object.fromEntries(LABELS.map((l) => [l, 0]));
  for (const s of a.sentences) tally[s.label] = (tally[s.label] ?? 0) + 1;
  if (JSON.stringify(tally) !== JSON.stringify(Object.fromEntries(LABELS.map((l) => [l, a.counts[l]])))) out.push('counts differ from the sentence labels');
  return out;
}
