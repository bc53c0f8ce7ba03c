/**
 * Quotation speakers in French, Spanish, German and Portuguese: a reporting verb after or
 * before the quotation (inverted or not), a clitic-inverted pronoun ("a-t-il dit"), a pronoun
 * resolved to the person the text is about, and titles stripped from the name.
 * Constructed sentences, not corpus text.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../../src/core/index.ts';

function speakers(language: string, ...paragraphs: string[]): (string | null)[] {
  const a = analyze({ blocks: paragraphs.map((text) => ({ kind: 'paragraph' as const, text })), language });
  return a.quotes.map((q) => q.speaker);
}

describe('quotation speakers in other languages', () => {
  test.each([
    ['fr', ['« Nous ne céderons pas », a déclaré Jeanne Moreau lundi.'], ['Jeanne Moreau']],
    ['fr', ['Jeanne Moreau a affirmé : « Nous ne céderons pas sur ce point. »'], ['Jeanne Moreau']],
    ['fr', ['Paul Durand est arrivé tard.', '« Le texte est mauvais », a-t-il dit aux journalistes.'], ['Paul Durand']],
    ['fr', ['Claire Martin dirige le service.', '« Rien n’est décidé », explique-t-elle.'], ['Claire Martin']],
    ['fr', ['« La réforme est nécessaire », a estimé Mme Claire Dubois, ministre du travail.'], ['Claire Dubois']],
    ['fr', ['Selon Marc Lefèvre, « la décision sera prise demain ».'], ['Marc Lefèvre']],
    ['fr', ['« Nous verrons », a répondu le porte-parole du gouvernement.'], ['le porte-parole du gouvernement']],
    ['es', ['"No vamos a ceder", dijo Carlos Ruiz en una conferencia.'], ['Carlos Ruiz']],
    ['es', ['Carlos Ruiz afirmó: "No vamos a ceder ante nadie".'], ['Carlos Ruiz']],
    ['es', ['La ministra Ana Torres visitó la planta.', '"Es un paso importante", afirmó ella.'], ['Ana Torres']],
    ['es', ['Según Ana Torres, "el acuerdo está cerca de cerrarse".'], ['Ana Torres']],
    ['es', ['«Hay que esperar», señaló el portavoz del Gobierno.'], ['el portavoz del Gobierno']],
    ['de', ['„Wir werden nicht nachgeben“, sagte Thomas Becker am Montag.'], ['Thomas Becker']],
    ['de', ['Thomas Becker sagte: „Wir werden nicht nachgeben.“'], ['Thomas Becker']],
    ['de', ['Anna Schulz leitet die Behörde.', '„Das ist ein wichtiger Schritt“, sagte sie.'], ['Anna Schulz']],
    ['de', ['„Das Gesetz ist schlecht gemacht“, so Bundesinnenministerin Petra Wolf.'], ['Petra Wolf']],
    ['de', ['Laut Thomas Becker ist „der Vertrag so gut wie unterschrieben“.'], ['Thomas Becker']],
    ['pt', ['"Não vamos recuar", disse João Silva aos jornalistas.'], ['João Silva']],
    ['pt', ['João Silva afirmou: "Não vamos recuar de forma alguma".'], ['João Silva']],
    ['pt', ['A ministra Maria Costa visitou a fábrica.', '"É um passo importante", disse ela.'], ['Maria Costa']],
    ['pt', ['O presidente Luiz Inácio Lula da Silva sancionou a lei.', '"É um dia histórico", afirmou Lula em Brasília.'], ['Luiz Inácio Lula da Silva']],
    ['es', ['"No vamos a retroceder", dijo el mandatario durante un acto.'], ['el mandatario']],
    ['es', ['La vicepresidenta Yolanda Díaz visitó la fábrica.', '"No hay plan B", afirmó.'], ['Yolanda Díaz']],
    ['es', ['La vicepresidenta Yolanda Díaz visitó la fábrica.', '"Seguiremos negociando", dijeron.'], [null]],
    ['pt', ['O técnico Tite convocou a seleção.', '"Estamos prontos", afirmou.'], ['Tite']],
    ['fr', ['Paul Durand a rencontré la ministre.', 'Ce dernier a affirmé : « Rien n’est joué. »'], ['Paul Durand']],
    ['es', ['Ana Torres habló con el juez.', 'Esta última explicó: "No habrá cambios".'], ['Ana Torres']],
    ['pt', ['Segundo Maria Costa, "o acordo está perto de ser fechado".'], ['Maria Costa']],
  ] as [string, string[], (string | null)[]][])('%s: %j', (language, paragraphs, expected) => {
    expect(speakers(language, ...paragraphs)).toEqual(expected);
  });

  test.each([
    ['fr', ['Marie Roche est venue.', 'Paul Durand est arrivé.', '« Je suis fatiguée », a-t-elle dit.'], ['Marie Roche']],
    ['de', ['Herr Becker kam spät.', 'Frau Schulz war schon da.', '„Wir beginnen“, sagte er.'], ['Becker']],
    ['es', ['El señor Ruiz llegó.', 'La señora Torres habló después.', '"Estoy lista", dijo ella.'], ['Torres']],
    ['pt', ['Fernando Haddad encontrou Dilma Rousseff em Brasília.', '"Foi um dia importante", disse ela.'], ['Dilma Rousseff']],
    ['de', ['Annalena Baerbock traf Markus Söder in München.', '„Wir sind uns einig“, sagte sie.'], ['Annalena Baerbock']],
    ['fr', ['Ségolène Royal a rencontré Jacques Martin.', '« Tout est possible », a-t-elle dit.'], ['Ségolène Royal']],
  ] as [string, string[], string[]][])('%s: a pronoun finds the person of its gender: %j', (language, paragraphs, expected) => {
    expect(speakers(language, ...paragraphs)).toEqual(expected);
  });
});
