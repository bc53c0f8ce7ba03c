/**
 * Labelling and speaker errors found by reading the corpus pages as an editor: each table holds
 * general wordings of one error (never one page's sentence), so that the rule behind it is
 * what is tested.
 */
import { describe, expect, it } from 'vitest';
import { run } from './helpers.ts';

/** Label and source of the first sentence. */
function firstSentence(...paragraphs: string[]): { label: string; source: string | null } {
  const s = run(...paragraphs).sentences[0]!;
  return { label: s.label, source: s.source };
}

describe('a verb that needs a clause reports nothing before an amount', () => {
  it.each([
    ['Con Edison, which maintains 4,300 miles of gas mains in the city, records about 500 leaks a month.'],
    ['The utility maintains 90,000 miles of underground cable.'],
    ['The company added 1,200 jobs in the third quarter.'],
  ])('%s', (text) => {
    expect(firstSentence(text).label).not.toBe('attributed');
  });

  it.each([
    ['Con Edison maintains that the cables are safe.', 'Con Edison'],
    ['The company added that 1,200 jobs would be cut.', 'The company'],
  ])('still a cue before a clause: %s', (text, source) => {
    expect(firstSentence(text)).toEqual({ label: 'attributed', source });
  });
});
