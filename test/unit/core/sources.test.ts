/**
 * Sources the engine used to miss: institutions and roles that rule or hold, documents that
 * "read", lone surnames ending in -s, and joint subjects.
 */
import { describe, expect, it } from 'vitest';
import { run } from './helpers.ts';

/** Label, source and the speaker of the first quotation of a one-sentence paragraph. */
function first(text: string): { label: string; source: string | null; speaker: string | null | undefined } {
  const a = run(text);
  const s = a.sentences[0]!;
  return { label: s.label, source: s.source, speaker: a.quotes[0]?.speaker };
}

describe('institutions and roles that decide or hold', () => {
  it.each([
    ['The courts have held that such searches are “unreasonable.”', 'quote', 'The courts'],
    ['The Supreme Court held that the ban was “plainly unconstitutional.”', 'quote', 'The Supreme Court'],
    ['The Supreme Court held that the ban was unconstitutional.', 'attributed', 'The Supreme Court'],
    ['The judge determined that the evidence had been “improperly obtained.”', 'quote', 'The judge'],
    ['The committee decided that the rules were “no longer fit for purpose.”', 'quote', 'The committee'],
    ['The appeals court has long held that the statute does not apply.', 'attributed', 'The appeals court'],
    ['The panel determined that the company broke the law.', 'attributed', 'The panel'],
  ])('%s', (text, label, source) => {
    const r = first(text);
    expect(r.label).toBe(label);
    expect(r.source).toBe(source);
    if (label === 'quote') expect(r.speaker).toBe(source);
  });

  it.each([
    ['The meeting was held in a small room near the courthouse.'],
    ['The company decided to close the plant in March.'],
    ['Officials held talks with the rebels on Monday.'],
  ])('not a cue: %s', (text) => {
    expect(run(text).sentences[0]!.label).not.toBe('attributed');
  });
});
