import { describe, expect, it } from 'vitest';
import { run, sentenceTexts } from './helpers.ts';

describe('sentence splitting', () => {
  it.each([
    ['abbreviated titles', 'Mr. Obama met Gov. Newsom and Dr. Fauci. They talked.', ['Mr. Obama met Gov. Newsom and Dr. Fauci.', 'They talked.']],
    ['dotted abbreviations', 'Troops left the U.S. Army base in St. Louis. Then they rested.', ['Troops left the U.S. Army base in St. Louis.', 'Then they rested.']],
    ['abbreviation ending a sentence', 'He moved to the U.S. The next year he left.', ['He moved to the U.S.', 'The next year he left.']],
    ['initials', 'J.R.R. Tolkien and George W. Bush never met. Really.', ['J.R.R. Tolkien and George W. Bush never met.', 'Really.']],
    ['academic degrees', 'She earned a Ph.D. in physics. It took years.', ['She earned a Ph.D. in physics.', 'It took years.']],
    ['month abbreviations', 'It happened on Jan. 5 in Kyiv. Nobody saw it.', ['It happened on Jan. 5 in Kyiv.', 'Nobody saw it.']],
    ['decimals and amounts', 'Growth was 3.5 per cent, or $1.2 billion. That is a lot.', ['Growth was 3.5 per cent, or $1.2 billion.', 'That is a lot.']],
    ['ellipsis before a capital', 'They are ready… But nobody came.', ['They are ready…', 'But nobody came.']],
    ['ellipsis inside a sentence', 'They waited ... and waited.', ['They waited ... and waited.']],
    ['question inside a quotation, attribution after', '‘Why can he stop tankers?’ he asked, pointing at Europe.', ['‘Why can he stop tankers?’ he asked, pointing at Europe.']],
    ['several sentences inside one quotation', '‘What’s missing? Time or political will? Too often, justice waits,’ he said.', ['‘What’s missing?', 'Time or political will?', 'Too often, justice waits,’ he said.']],
    ['closing mark after the full stop', '“We are ready.” He smiled.', ['“We are ready.”', 'He smiled.']],
    ['exclamation in a name', 'Jeb! was better. Yahoo! agreed.', ['Jeb! was better.', 'Yahoo! agreed.']],
    ['number abbreviation', 'It ranked No. 5 on the list. Fine.', ['It ranked No. 5 on the list.', 'Fine.']],
    ['a lone ellipsis between sentences joins the one before', '“Whole Foods, whole paycheck. … They charge more,” he said.', ['“Whole Foods, whole paycheck. …', 'They charge more,” he said.']],
    ['spaced dots between sentences join the one before', '“It is combat. . . . Every vote counts,” he said.', ['“It is combat. . . .', 'Every vote counts,” he said.']],
    ['an ellipsis opening a quotation stays with its sentence', '“… There is evidence of fraud.” So it goes.', ['“… There is evidence of fraud.”', 'So it goes.']],
  ])('%s', (_name, text, expected) => {
    expect(sentenceTexts(run(text))).toEqual(expected);
  });

  it.each([
    ['heading without a final stop', ['heading', 'Exclusive: Putin’s Confidential Diplomacy'] as const, ['Exclusive: Putin’s Confidential Diplomacy']],
    ['caption without a final stop', ['caption', 'A plane on the tarmac in Moscow, Russia, January 22, 2026'] as const, ['A plane on the tarmac in Moscow, Russia, January 22, 2026']],
    ['caption lines', ['caption', 'Troops in Kyiv\nPhotograph: Reuters'] as const, ['Troops in Kyiv', 'Photograph: Reuters']],
    ['list item without a final stop', ['list-item', 'He is confident the deal will pass'] as const, ['He is confident the deal will pass']],
  ])('%s', (_name, block, expected) => {
    expect(sentenceTexts(run([block[0], block[1]]))).toEqual(expected);
  });

  it('tiles the block: offsets slice the stored text, no edge whitespace, every non-space character covered', () => {
    const text = '  Mr. Smith said: “Yes.”  Then   he left…\n\nAnd that was it  ';
    const a = run(text);
    let covered = '';
    for (const s of a.sentences) {
      expect(text.slice(s.start, s.end)).toBe(s.text);
      expect(s.text).toBe(s.text.trim());
      covered += s.text;
    }
    expect(covered.replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
  });
});
