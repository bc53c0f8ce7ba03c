/**
 * `attributed` (a named source with a reporting verb or an according-to phrase) and `vague` (an
 * unnamed source, an impersonal subject, a weasel phrase) in French, Spanish, German and
 * Portuguese; and no `unsourced` there (those languages have no check-worthiness lists).
 * Constructed sentences, not corpus text.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../../src/core/index.ts';

function labelled(language: string, text: string): [string, string | null] {
  const a = analyze({ blocks: [{ kind: 'paragraph', text }], language });
  const s = a.sentences[a.sentences.length - 1]!;
  return [s.label, s.source];
}

describe('attributed and vague in other languages', () => {
  test.each([
    ['fr', 'Le ministre de l’Intérieur, Paul Durand, a déclaré que la réforme serait votée en juin.', ['attributed', 'Paul Durand']],
    ['fr', 'Selon la police, trois personnes ont été arrêtées dans la nuit.', ['attributed', 'la police']],
    ['fr', 'Jeanne Moreau affirme que le projet coûtera trop cher.', ['attributed', 'Jeanne Moreau']],
    ['fr', 'Le parquet a indiqué mardi que l’enquête se poursuivait.', ['attributed', 'Le parquet']],
    ['fr', 'La Commission européenne estime que la croissance ralentira.', ['attributed', 'La Commission européenne']],
    ['fr', 'Selon une étude de l’Inserm, la mortalité a baissé.', ['attributed', 'une étude de l’Inserm']],
    ['fr', 'Selon une étude, la mortalité a baissé.', ['vague', 'une étude']],
    ['de', 'Der Bericht zeigt, dass der Konsum sinkt.', ['attributed', 'Der Bericht']],
    ['pt', 'Segundo o relatório da ONU, a fome aumentou.', ['attributed', 'o relatório da ONU']],
    ['fr', 'La réforme avait été annoncée en janvier par le chef de l’État.', ['attributed', 'le chef de l’État']],
    ['es', 'La medida fue criticada por varios economistas.', ['vague', 'varios economistas']],
    ['pt', 'As regras foram anunciadas pelo governo federal.', ['attributed', 'governo federal']],
    ['fr', 'Le texte note que les délais seront raccourcis.', ['attributed', 'Le texte']],
    ['fr', 'Ces mesures inquiètent les opposants au texte, qui craignent des abus.', ['vague', 'les opposants au texte']],
    ['fr', 'Des experts estiment que la mesure est inefficace.', ['vague', 'Des experts']],
    ['fr', 'Selon des sources proches du dossier, le contrat a été signé.', ['vague', 'des sources proches']],
    ['fr', 'On dit que le président va démissionner.', ['vague', 'On']],
    ['fr', 'Le suspect aurait été aperçu près de la gare, selon plusieurs témoins.', ['vague', 'plusieurs témoins']],
    ['es', 'Según el Ministerio de Salud, los casos bajaron un diez por ciento.', ['attributed', 'el Ministerio de Salud']],
    ['es', 'Carlos Ruiz aseguró que el acuerdo se firmará la próxima semana.', ['attributed', 'Carlos Ruiz']],
    ['es', 'La fiscalía informó que el detenido quedó en libertad.', ['attributed', 'La fiscalía']],
    ['es', 'Fuentes del Ministerio de Hacienda aseguraron que el proyecto será presentado en abril.', ['attributed', 'Fuentes del Ministerio de Hacienda']],
    ['es', 'Algunos analistas creen que la inflación seguirá subiendo.', ['vague', 'Algunos analistas']],
    ['es', 'Se dice que el gobierno prepara un nuevo impuesto.', ['vague', 'Se']],
    ['es', 'El exministro supuestamente recibió sobornos de la constructora.', ['vague', 'supuestamente']],
    ['de', 'Laut Polizei wurden drei Menschen verletzt.', ['attributed', 'Polizei']],
    ['de', 'Die Staatsanwaltschaft teilte mit, dass die Ermittlungen andauern, sagte Thomas Becker.', ['attributed', 'Thomas Becker']],
    ['de', 'Anna Schulz erklärte, die Reform komme zu spät.', ['attributed', 'Anna Schulz']],
    ['de', 'Am Montag hatte die Polizei mitgeteilt, dass zwei Verdächtige festgenommen wurden.', ['attributed', 'die Polizei']],
    ['de', 'Das Gericht entschied, dass die Klage unzulässig sei.', ['attributed', 'Das Gericht']],
    ['de', 'Die Firma hat neue Stellen angekündigt.', ['attributed', 'Die Firma']],
    ['de', 'Kritiker sagen, das Gesetz gehe nicht weit genug.', ['vague', 'Kritiker']],
    ['de', 'Es heißt, der Minister wolle zurücktreten.', ['vague', 'Es heißt']],
    ['de', 'Berichten zufolge soll der Konzern Stellen streichen.', ['vague', 'Berichten zufolge']],
    ['pt', 'Segundo a Polícia Federal, o suspeito foi preso em casa.', ['attributed', 'a Polícia Federal']],
    ['pt', 'O ministro João Silva afirmou que o orçamento será aprovado.', ['attributed', 'João Silva']],
    ['pt', 'Especialistas avaliam que a medida terá pouco efeito.', ['vague', 'Especialistas']],
    ['pt', 'Segundo fontes do governo, a reforma será adiada.', ['vague', 'fontes do governo']],
    ['pt', 'O empresário supostamente pagou propina a dois deputados.', ['vague', 'supostamente']],
  ] as [string, string, [string, string]][])('%s: %s', (language, text, expected) => {
    const [label, source] = labelled(language, text);
    expect([label, source?.toLowerCase() ?? null]).toEqual([expected[0], expected[1].toLowerCase()]);
  });

  test.each([
    ['fr', 'Trois personnes ont été tuées lundi dans une explosion à Lyon.'],
    ['es', 'El gobierno aumentó el gasto en un 40 por ciento en 2023.'],
    ['de', 'Bei dem Unfall starben am Montag 12 Menschen.'],
    ['pt', 'O governo cortou 30 bilhões do orçamento em 2024.'],
  ])('%s: an unsourced statement stays other: %s', (language, text) => {
    expect(labelled(language, text)).toEqual(['other', null]);
  });

  test.each([
    ['fr', 'Le gouvernement soutient les agriculteurs.'],
    ['fr', 'La police assure la sécurité du sommet.'],
    ['es', 'El proyecto contó con el apoyo de la oposición.'],
    ['es', 'La policía aseguró la zona.'],
    ['pt', 'O governo garante o abastecimento de energia.'],
    ['pt', 'A empresa completa dez anos em março.'],
    ['es', 'La empresa invierte en fuentes de energía renovables.'],
    ['fr', 'La vidéo montre des manifestants dans la rue.'],
    ['fr', 'Le maire a été critiqué après la crue.'],
    ['pt', 'Tite foi questionado sobre a seleção.'],
    ['de', 'Die Firma schätzt ihre Kunden.'],
  ])('%s: a verb that reports only with a clause reports nothing without one: %s', (language, text) => {
    expect(labelled(language, text)).toEqual(['other', null]);
  });

  test.each([
    ['fr', 'Le ministre a assuré mardi qu’il resterait en poste.', ['attributed', 'Le ministre']],
    ['es', 'Pedro Sánchez aseguró que no habrá elecciones anticipadas.', ['attributed', 'Pedro Sánchez']],
    ['pt', 'A ministra Maria Costa garantiu que o programa continua.', ['attributed', 'Maria Costa']],
    ['de', 'Die Bundesregierung schätzt, dass die Kosten steigen.', ['attributed', 'Die Bundesregierung']],
  ] as [string, string, [string, string]][])('%s: with its clause it does: %s', (language, text, expected) => {
    expect(labelled(language, text)).toEqual(expected);
  });
});
