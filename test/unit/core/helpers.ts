/** Small helpers for the engine's table-driven tests. */
import { analyze, type Analysis, type Block, type BlockKind } from '../../../src/core/index.ts';

/** Analyses paragraphs given as strings (or [kind, text] pairs) as an English page. */
export function run(...blocks: (string | [BlockKind, string])[]): Analysis {
  const input: Block[] = blocks.map((b) => (typeof b === 'string' ? { kind: 'paragraph', text: b } : { kind: b[0], text: b[1] }));
  return analyze({ blocks: input, language: 'en' });
}

/** The sentence texts of the analysis, in order. */
export function sentenceTexts(a: Analysis): string[] {
  return a.sentences.map((s) => s.text);
}

/** The quotation texts of the analysis, in order. */
export function quoteTexts(a: Analysis): string[] {
  return a.quotes.map((q) => q.text);
}
