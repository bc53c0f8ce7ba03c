import { describe, expect, test } from 'vitest';
import type { Analysis, Quote, Sentence } from '../../../src/core/types.ts';
import { claimAt, claimsOf } from '../../../src/page/claims.ts';
import { LISTED_CLAIMS_PER_LABEL, LISTED_IDS_PER_SPEAKER, SNIPPET_MAX, snippetOf, summarize } from '../../../src/page/summary.ts';

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
  coverage: 'full',
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

  test('a huge page lists a bounded number of claims per label, in page order, and keeps the counts', () => {
    const n = 3000;
    const sentences: Sentence[] = [];
    const quotes: Quote[] = [];
    for (let i = 0; i < n; i++) {
      const text = `“Fine,” said Al. Critics disagree ${i}.`;
      sentences.push(s(i, 0, '“Fine,” said Al.', 'quote', 'Al'), s(i, 17, text.slice(17), 'vague', 'critics'));
      quotes.push(q(i, 1, 'Fine,', 'Al'));
    }
    const huge: Analysis = { language: 'en', supported: true, coverage: 'full', sentences, quotes, counts: { quote: n, attributed: 0, vague: n, unsourced: 0, other: 0 } };
    const out = summarize(huge, claimsOf(huge));
    expect(out.counts).toEqual(huge.counts);
    const quoteIds = out.claims.filter((c) => c.label === 'quote').map((c) => c.id);
    const vagueIds = out.claims.filter((c) => c.label === 'vague').map((c) => c.id);
    expect(quoteIds.length).toBe(LISTED_CLAIMS_PER_LABEL);
    expect(vagueIds.length).toBe(LISTED_CLAIMS_PER_LABEL);
    // The first claims of each label, with the page's own ids (quote i is claim 2i, its vague sentence 2i+1).
    expect(quoteIds.slice(0, 3)).toEqual([0, 2, 4]);
    expect(vagueIds.slice(0, 3)).toEqual([1, 3, 5]);
    expect(out.speakers).toHaveLength(1);
    expect(out.speakers[0]!.quotes).toBe(n);
    expect(out.speakers[0]!.claimIds.length).toBe(LISTED_IDS_PER_SPEAKER);
  });
});
