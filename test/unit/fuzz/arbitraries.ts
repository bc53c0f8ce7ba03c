/**
 * fast-check generators for engine input that pages really produce and that break naive text
 * code: any Unicode (lone surrogates, astral characters, combining marks, RTL, zero-width),
 * dense runs of every quotation mark and apostrophe the engine knows, unbalanced and nested
 * marks, and very long sentences with no punctuation.
 */
import fc from 'fast-check';
import type { ArticleInput, Block, BlockKind } from '../../../src/core/index.ts';

/** Every quotation mark and apostrophe family the scanner handles, plus look-alikes. */
export const MARKS = ['"', "'", '“', '”', '‘', '’', '„', '‚', '‛', '‟', '«', '»', '‹', '›', '「', '」', '『', '』', '`', '´', '″', '′'];

const KINDS: BlockKind[] = ['heading', 'paragraph', 'caption', 'list-item', 'quote-block'];
const WORDS = ['said', 'told', 'according', 'to', 'critics', 'say', 'the', 'minister', 'Smith', 'Maria', 'Keller', 'officials', 'claimed', 'percent', '42', 'Mr.', 'U.S.', 'no', 'yes', 'he', 'she', 'they', 'sources', 'reportedly', 'believe', 'will', 'cost', 'million'];
const PUNCT = ['.', ',', '!', '?', ':', ';', '…', '—', '–', '-', '(', ')', '[', ']', '\n', '\n\n', ' ', ' ', '  ', '\t', '\u00a0', '\u200b'];
const EXOTIC = ['\u1680', '\u205f', 'مرحبا', 'שלום', '\u202e', '\u200f', 'é', 'e\u0301', '😀', '👩‍👩‍👧', '\ud800', '\udc00', '漢字', 'ß', 'İ', '\u0000', '\ufeff'];

/** One UTF-16 code unit, anything at all (lone surrogates included). */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

/** Random Unicode: whole code points, raw code units and hand-picked troublemakers. */
export const unicodeText = fc.string({
  unit: fc.oneof(fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), codeUnit, fc.constantFrom(...EXOTIC, ...MARKS, ...PUNCT)),
  maxLength: 400,
});

/** Text made mostly of quotation marks and apostrophes between short words: unbalanced, nested, runs. */
export const quoteRuns = fc.string({
  unit: fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...MARKS) },
    { weight: 3, arbitrary: fc.constantFrom(...WORDS).map((w) => `${w} `) },
    { weight: 2, arbitrary: fc.constantFrom(...PUNCT) },
    { weight: 1, arbitrary: fc.constantFrom(...MARKS).chain((m) => fc.integer({ min: 2, max: 40 }).map((n) => m.repeat(n))) },
  ),
  maxLength: 300,
});

/** News-like words with marks and punctuation sprinkled in: exercises the attribution rules. */
export const newsish = fc.array(
  fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...WORDS) }, { weight: 2, arbitrary: fc.constantFrom(...MARKS) }, { weight: 2, arbitrary: fc.constantFrom(...PUNCT) }),
  { maxLength: 120 },
).map((parts) => parts.join(' '));

/** A sentence of `words` words with no punctuation at all (no full stop anywhere). */
export const longSentence = fc.integer({ min: 500, max: 5000 }).chain((n) =>
  fc.array(fc.constantFrom(...WORDS.filter((w) => !/[.]/.test(w))), { minLength: n, maxLength: n }).map((ws) => ws.join(' ')),
);

/** A block of any kind around the given text arbitrary. */
function blockOf(text: fc.Arbitrary<string>): fc.Arbitrary<Block> {
  return fc.record({ kind: fc.constantFrom(...KINDS), text });
}

/** A whole article: 1–8 blocks of mixed generators, any or no language tag. */
export const article: fc.Arbitrary<ArticleInput> = fc.record(
  {
    blocks: fc.array(blockOf(fc.oneof(unicodeText, quoteRuns, newsish)), { minLength: 1, maxLength: 8 }),
    language: fc.constantFrom('en', 'en-GB', 'fr', 'de', 'ar', 'he', 'ja', 'xx', ''),
  },
  { requiredKeys: ['blocks'] },
);
