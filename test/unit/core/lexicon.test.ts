import { describe, expect, it } from 'vitest';
import { expandVerb, REPORTING_VERBS } from '../../../src/core/lexicon/reporting-verbs.ts';
import { CUE_FORMS } from '../../../src/core/lexicon/lookup.ts';
import * as abbreviations from '../../../src/core/lexicon/abbreviations.ts';
import * as common from '../../../src/core/lexicon/common-words.ts';
import * as firstNames from '../../../src/core/lexicon/first-names.ts';
import * as organisations from '../../../src/core/lexicon/organisations.ts';
import * as pronouns from '../../../src/core/lexicon/pronouns.ts';
import * as signals from '../../../src/core/lexicon/signals.ts';
import * as titles from '../../../src/core/lexicon/titles.ts';
import * as vague from '../../../src/core/lexicon/vague.ts';

describe('reporting verb forms generated from lemmas', () => {
  it.each([
    ['ask', ['ask', 'asks', 'asked', 'asking']],
    ['declare', ['declare', 'declares', 'declared', 'declaring']],
    ['deny', ['deny', 'denies', 'denied', 'denying']],
    ['stress', ['stress', 'stresses', 'stressed', 'stressing']],
    ['agree/-s/-d', ['agree', 'agrees', 'agreed']],
    ['say/-s/said/-g', ['say', 'says', 'said', 'saying']],
    ['quip/-s/quipped/quipping', ['quip', 'quips', 'quipped', 'quipping']],
    ['continue/-d', ['continue', 'continued']],
  ])('%s', (entry, forms) => {
    expect(expandVerb(entry)).toEqual(forms);
  });

  it('knows the common forms with their lemma, and nothing the lists leave out on purpose', () => {
    expect(CUE_FORMS.get('said')).toEqual({ lemma: 'say', strength: 'speech' });
    expect(CUE_FORMS.get('emphasised')?.lemma).toBe('emphasize');
    expect(CUE_FORMS.get('found')).toEqual({ lemma: 'find', strength: 'stance' });
    expect(CUE_FORMS.has('hoping')).toBe(false);
  });

  it('has one entry per lemma, every form a lowercase word', () => {
    const lemmas = REPORTING_VERBS.map((v) => v.forms[0]);
    expect(new Set(lemmas).size).toBe(lemmas.length);
    for (const v of REPORTING_VERBS) for (const f of v.forms) expect(f).toMatch(/^[a-z]+$/);
  });
});

describe('word lists', () => {
  const lists: [string, readonly string[]][] = [];
  for (const mod of [abbreviations, common, firstNames, organisations, pronouns, titles, vague]) {
    for (const [name, value] of Object.entries(mod)) if (Array.isArray(value)) lists.push([name, value as string[]]);
  }
  for (const [kind, list] of Object.entries(signals.SIGNAL_WORDS)) lists.push([`SIGNAL_WORDS.${kind}`, list]);
  it.each(lists)('%s has no duplicates and no empty or padded entries', (_name, list) => {
    expect(list.length).toBeGreaterThan(0);
    expect(new Set(list).size).toBe(list.length);
    for (const w of list) {
      expect(w).not.toBe('');
      expect(w).toBe(w.trim());
    }
  });
});
