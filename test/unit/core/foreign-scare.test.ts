/**
 * Scare quotes, titles and words used as words are not quotations in French, Spanish, German and
 * Portuguese either: a short quoted phrase with no speech cue nearby, or after a word that names
 * it ("le mot", "el llamado", "die sogenannte", "o chamado"). Someone's words stay quotations.
 * Constructed sentences, not corpus text.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../../src/core/index.ts';

function quotes(language: string, text: string): [string, string | null][] {
  const a = analyze({ blocks: [{ kind: 'paragraph', text }], language });
  return a.quotes.map((q) => [q.text, q.speaker]);
}

describe('scare quotes in other languages', () => {
  test.each([
    ['fr', 'Le gouvernement veut installer des « boîtes noires » chez les opérateurs.'],
    ['fr', 'Ces mesures visent les « futurs » terroristes.'],
    ['fr', 'Le mot « résilience » est partout dans ce rapport.'],
    ['fr', 'Le film « La Haine » ressort en salles cette semaine.'],
    ['es', 'El llamado "impuesto a la riqueza" divide al país.'],
    ['es', 'La empresa presentó un teléfono "inteligente" para niños.'],
    ['de', 'Die sogenannte „Schuldenbremse“ bleibt umstritten.'],
    ['de', 'Das Unternehmen verkauft „smarte“ Lampen.'],
    ['pt', 'O chamado "orçamento secreto" virou alvo de investigação.'],
    ['de', 'Die Zeitung „Bild“ berichtete zuerst darüber.'],
    ['fr', 'Le journal « Libération » a publié une enquête.'],
    ['pt', 'A empresa lançou um aplicativo "inteligente" para motoristas.'],
  ])('%s: no quotation in %s', (language, text) => {
    expect(quotes(language, text)).toEqual([]);
  });

  test.each([
    ['fr', 'Le ministre a qualifié la réunion de « très utile ».', [['très utile', 'Le ministre']]],
    ['fr', '« Nous continuerons », a déclaré Jeanne Moreau.', [['Nous continuerons', 'Jeanne Moreau']]],
    ['es', 'El ministro calificó la reunión de "muy útil".', [['muy útil', 'El ministro']]],
    ['de', 'Anna Schulz nannte den Plan „völlig unrealistisch“.', [['völlig unrealistisch', 'Anna Schulz']]],
    ['de', 'CDU-Chef Friedrich Merz sprach von einem „Wortbruch“.', [['Wortbruch', 'Friedrich Merz']]],
    ['pt', 'O ministro classificou a proposta como "inaceitável".', [['inaceitável', 'O ministro']]],
  ] as [string, string, [string, string][]][])('%s: a quotation in %s', (language, text, expected) => {
    expect(quotes(language, text)).toEqual(expected);
  });
});
