import { describe, expect, test } from 'vitest';
import type { Analysis, Quote, Sentence } from '../../../src/core/types.ts';
import { claimAt, claimsOf } from '../../../src/page/claims.ts';
import { SNIPPET_MAX, snippetOf, summarize } from '../../../src/page/summary.ts';

function s(block: number, start: number, text: string, label: Sentence['label'], source: string | null = null): Sentence {
  return { block, start, end: start + text.length, text, label, source };
}
function q(block: number, start: number, text: string, speaker: string | null): Quote {
  return { block, start, end: start + text.length, text, speaker };
}

// Deliberately out of order: ids follow page order, not input order.
const analysis: Analysis = {
  language: 'en',
  supported: true,
  sentences: [
    s(1, 0, '“No,” said Bo.', 'quote', 'Bo'),
    s(0, 0, 'Intro.', 'other'),
    s(0, 7, '“Yes,” said Al.', 'quote', 'Al'),
    s(0, 23, '“Maybe,” Al added.', 'quote', 'Al'),
    s(1, 15, 'Critics disagree.', 'vague', 'critics'),
  ],
  quotes: [q(0, 8, 'Yes,', 'Al'), q(0, 24, 'Maybe,', 'Al'), q(1, 1, 'No,', 'Bo'), q(2, 0, 'Orphan', null)],
  counts: { quote: 3, attributed: 0, vague: 1, unsourced: 0, other: 1 },
};

describe('claims', () => {
  const claims = claimsOf(analysis);
  test('marked sentences only, in page order, with their quotations', () => {
    expect(claims.map((c) => [c.id, c.sentence.text])).toEqual([
      [0, '“Yes,” said Al.'],
      [1, '“Maybe,” Al added.'],
      [2, '“No,” said Bo.'],
      [3, 'Critics disagree.'],
    ]);
    expect(claims[1]!.quotes.map((x) => x.text)).toEqual(['Maybe,']);
    expect(claims[3]!.quotes).toEqual([]);
  });

  test.each([
    [0, 7, 0],
    [0, 21, 0],
    [0, 22, null],
    [0, 3, null],
    [1, 20, 3],
    [2, 0, null],
  ])('claimAt(%i, %i) = %s', (block, offset, id) => {
    expect(claimAt(claims, block, offset)?.id ?? null).toBe(id);
  });
});

describe('summarize', () => {
  test('speakers by number of quotations, with their claim ids', () => {
    const out = summarize(analysis, claimsOf(analysis));
    expect(out.speakers).toEqual([
      { name: 'Al', quotes: 2, claimIds: [0, 1] },
      { name: 'Bo', quotes: 1, claimIds: [2] },
    ]);
    expect(out.claims.map((c) => [c.id, c.label, c.source])).toEqual([
      [0, 'quote', 'Al'],
      [1, 'quote', 'Al'],
      [2, 'quote', 'Bo'],
      [3, 'vague', 'critics'],
    ]);
    expect(out.counts).toEqual(analysis.counts);
  });

  test('snippets are at most 140 characters and cut at a word', () => {
    const long = 'word '.repeat(60) + 'end.';
    const snip = snippetOf(long);
    expect(snip.length).toBeLessThanOrEqual(SNIPPET_MAX);
    expect(snip.endsWith('word…')).toBe(true);
    expect(snippetOf('  Short\n text. ')).toBe('Short text.');
    expect(snippetOf('😀'.repeat(100)).length).toBeLessThanOrEqual(SNIPPET_MAX);
    expect(snippetOf('😀'.repeat(100))).not.toMatch(/[\uD800-\uDBFF]…$/);
  });
});
