import { describe, expect, it } from 'vitest';
import { analyze, analyzeSteps, type ArticleInput } from '../../../src/core/index.ts';

const input: ArticleInput = {
  language: 'en',
  blocks: [
    { kind: 'heading', text: 'Zelensky urges Europe to act' },
    { kind: 'paragraph', text: 'Ukrainian President Volodymyr Zelensky spoke in Davos on Thursday.' },
    { kind: 'paragraph', text: 'He argued that Europe must act. ‘What’s missing?' },
    { kind: 'paragraph', text: 'Time or political will?' },
    { kind: 'paragraph', text: 'Too often, justice waits,’ he said.' },
  ],
};

describe('analyzeSteps', () => {
  it('yields once per block and returns the same analysis as analyze', () => {
    const steps = analyzeSteps(input);
    let yields = 0;
    let r = steps.next();
    while (!r.done) {
      yields++;
      r = steps.next();
    }
    expect(yields).toBe(input.blocks.length);
    expect(r.value).toEqual(analyze(input));
  });

  it('keeps speakers and multi-paragraph quotations across yields', () => {
    const steps = analyzeSteps(input);
    let r = steps.next();
    // Interleave other work between steps, as the content script does.
    while (!r.done) {
      analyze({ blocks: [{ kind: 'paragraph', text: '“Noise,” said Somebody Else.' }], language: 'en' });
      r = steps.next();
    }
    const quotes = r.value.quotes;
    expect(quotes.map((q) => q.block)).toEqual([2, 3, 4]);
    expect(new Set(quotes.map((q) => q.speaker))).toEqual(new Set(['Volodymyr Zelensky']));
  });

  it('yields inside one enormous block too, with the same result', () => {
    const text = Array.from({ length: 450 }, (_, i) => `Sentence number ${i} was written on Friday.`).join(' ');
    const big: ArticleInput = { language: 'en', blocks: [{ kind: 'paragraph', text }] };
    const steps = analyzeSteps(big);
    let yields = 0;
    let r = steps.next();
    while (!r.done) {
      yields++;
      r = steps.next();
    }
    expect(yields).toBeGreaterThanOrEqual(5);
    expect(r.value).toEqual(analyze(big));
    expect(r.value.sentences).toHaveLength(450);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(analyze(input))).toBe(JSON.stringify(analyze(input)));
  });
});
