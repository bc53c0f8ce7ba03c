/**
 * Property tests of the engine (fast-check): whatever text a page hands it, analyze() must not
 * throw, every offset must stay in bounds and slice back to the stored text, sentences must
 * tile each block, quotations must sit inside their block, and the same input must give the same
 * output (the content script, the CLI and the popup rely on that). A counterexample is shrunk
 * and printed with the violated invariant.
 *
 * SAYS_WHO_FUZZ_RUNS raises the number of cases per property (default 300; CI keeps the default).
 */
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyze, analyzeSteps, type ArticleInput } from '../../../src/core/index.ts';
import { article, longSentence, newsish, quoteRuns, unicodeText } from './arbitraries.ts';
import { violations } from './invariants.ts';

const RUNS = Number(process.env.SAYS_WHO_FUZZ_RUNS ?? 300);
let casesRun = 0;

/** Runs a property over `arb`, counting cases for the summary line. */
function holds<T>(arb: fc.Arbitrary<T>, toInput: (v: T) => ArticleInput, numRuns = RUNS): void {
  fc.assert(
    fc.property(arb, (v) => {
      casesRun++;
      const input = toInput(v);
      expect(violations(input, analyze(input))).toEqual([]);
    }),
    { numRuns },
  );
}

const oneBlock = (text: string): ArticleInput => ({ blocks: [{ kind: 'paragraph', text }], language: 'en' });

afterAll(() => {
  // The figure docs/reliability.md quotes.
  console.log(`[fuzz] engine properties: ${casesRun} generated cases`);
});

describe('engine under random input', () => {
  it('random Unicode text (lone surrogates, RTL, emoji, control characters): invariants hold', () => {
    holds(unicodeText, oneBlock);
  });

  it('random runs of quotation marks and apostrophes, unbalanced and nested: invariants hold', () => {
    holds(quoteRuns, oneBlock);
  });

  it('a quotation left open runs on across blocks without escaping them', () => {
    holds(fc.array(quoteRuns, { minLength: 2, maxLength: 6 }), (texts) => ({ blocks: texts.map((text) => ({ kind: 'paragraph' as const, text })), language: 'en' }));
  });

  it('news-like word salad with marks (the attribution rules fire): invariants hold', () => {
    holds(newsish, oneBlock);
  });

  it('whole articles of mixed blocks, kinds and languages: invariants hold', () => {
    holds(article, (a) => a);
  });

  it('very long sentences without punctuation: one sentence per block, invariants hold', () => {
    fc.assert(
      fc.property(longSentence, (text) => {
        casesRun++;
        const input = oneBlock(text);
        const a = analyze(input);
        expect(violations(input, a)).toEqual([]);
        expect(a.sentences).toHaveLength(1);
      }),
      { numRuns: Math.max(10, Math.floor(RUNS / 15)) },
    );
  });

  it('is deterministic: the same input twice, and analyzeSteps driven by hand, give equal output', () => {
    fc.assert(
      fc.property(article, (input) => {
        casesRun++;
        const first = analyze(structuredClone(input));
        const second = analyze(structuredClone(input));
        expect(second).toEqual(first);
        const steps = analyzeSteps(structuredClone(input));
        let r = steps.next();
        let yields = 0;
        while (!r.done) { yields++; r = steps.next(); }
        expect(r.value).toEqual(first);
        expect(yields).toBe(input.blocks.length); // one yield per block: a huge page is spread over tasks
      }),
      { numRuns: Math.max(50, Math.floor(RUNS / 3)) },
    );
  });

  it('does not modify its input', () => {
    fc.assert(
      fc.property(article, (input) => {
        casesRun++;
        const copy = structuredClone(input);
        analyze(input);
        expect(input).toEqual(copy);
      }),
      { numRuns: Math.max(50, Math.floor(RUNS / 3)) },
    );
  });
});
