import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/index.ts';

const french = [
  'Le président a rencontré les ministres à Paris hier soir, et la réunion a duré trois heures.',
  '« Nous sommes prêts », a déclaré le ministre, qui a critiqué les sources anonymes.',
  'Des critiques disent que le plan a échoué en 2024 avec des millions de victimes.',
];

const italian = [
  'Il presidente ha incontrato i ministri a Roma ieri sera, e la riunione è durata tre ore.',
  '« Siamo pronti », ha dichiarato il ministro, che ha criticato le fonti anonime.',
  'Alcuni critici dicono che il piano è fallito nel 2024 con milioni di vittime.',
];

describe('languages', () => {
  it('detects the language from the text when the page declares none', () => {
    const a = analyze({ blocks: french.map((text) => ({ kind: 'paragraph' as const, text })) });
    expect(a.language).toBe('fr');
    expect(a.supported).toBe(true);
  });

  it('uses the page’s lang attribute over detection', () => {
    const a = analyze({ blocks: [{ kind: 'paragraph', text: 'Critics say the troops killed 40 people.' }], language: 'it-IT' });
    expect(a.language).toBe('it-IT');
    expect(a.supported).toBe(false);
  });

  it('on a page without word lists only quotations are labelled', () => {
    const a = analyze({ blocks: italian.map((text) => ({ kind: 'paragraph' as const, text })), language: 'it' });
    expect(a.quotes.map((q) => q.text)).toEqual(['Siamo pronti']);
    expect(a.sentences.map((s) => s.label)).toEqual(['other', 'quote', 'other']);
    expect(a.counts.vague + a.counts.unsourced + a.counts.attributed).toBe(0);
  });

  it('French, Spanish, German and Portuguese pages get speakers, attributed and vague, never unsourced', () => {
    const a = analyze({ blocks: french.map((text) => ({ kind: 'paragraph' as const, text })), language: 'fr' });
    expect(a.supported).toBe(true);
    expect(a.quotes.map((q) => q.speaker)).toEqual(['le ministre']);
    expect(a.sentences.map((s) => s.label)).toEqual(['other', 'quote', 'vague']);
    expect(a.counts.unsourced).toBe(0);
  });

  it('English pages are supported, detected or declared', () => {
    const blocks = [{ kind: 'paragraph' as const, text: 'Critics say the plan has failed, and the minister said that it was over.' }];
    expect(analyze({ blocks }).language).toBe('en');
    expect(analyze({ blocks }).supported).toBe(true);
    expect(analyze({ blocks, language: 'en-GB' }).supported).toBe(true);
  });
});
