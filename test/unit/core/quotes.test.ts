import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run, quoteTexts } from './helpers.ts';

const here = dirname(fileURLToPath(import.meta.url));

describe('quotation marks', () => {
  it.each([
    ['straight double', 'He said "we are ready" to reporters.', ['we are ready']],
    ['straight single', "He said 'we are ready' to reporters.", ['we are ready']],
    ['typographic double', 'He said “we are ready” to reporters.', ['we are ready']],
    ['typographic single', 'He said ‘we are ready’ to reporters.', ['we are ready']],
    ['French guillemets', 'Il a dit « nous sommes prêts » hier, he said.', ['nous sommes prêts']],
    ['German low-high', 'Er sagte „wir sind bereit“ gestern, he said.', ['wir sind bereit']],
    ['German single low-high', 'Er sagte ‚wir sind bereit‘ gestern, he said.', ['wir sind bereit']],
    ['German reversed guillemets', 'Er sagte »wir sind bereit« gestern, he said.', ['wir sind bereit']],
    ['Japanese corner brackets', '彼は「準備はできている」と言った, he said.', ['準備はできている']],
    ['Japanese white corner brackets', '彼は『準備はできている』と言った, he said.', ['準備はできている']],
  ])('%s', (_name, text, expected) => {
    expect(quoteTexts(run(text))).toEqual(expected);
  });

  it.each([
    ['possessive', 'Zelensky’s plan and Putin’s reply were discussed by officials.'],
    ['contraction', 'They don’t know and won’t say, he said.'],
    ['decade', 'Back in the ’90s and the \'80s, he said, things were different.'],
    ['plural possessive', 'The Joneses’ house was sold, he said.'],
    ['clipped word', 'Rock ’n’ roll, he said, will never die.'],
  ])('apostrophes are never quotation marks: %s', (_name, text) => {
    expect(quoteTexts(run(text))).toEqual([]);
  });

  it('keeps a nested quotation inside the outer one', () => {
    expect(quoteTexts(run('“He told me ‘no’ twice,” she said.'))).toEqual(['He told me ‘no’ twice,']);
  });

  it('splits a quotation interrupted by its attribution into two spans with one speaker', () => {
    const a = run('‘We are ready,’ Zelensky said, ‘to talk.’');
    expect(quoteTexts(a)).toEqual(['We are ready,', 'to talk.']);
    expect(a.quotes.map((q) => q.speaker)).toEqual(['Zelensky', 'Zelensky']);
  });

  it.each([
    ['reopened in each paragraph', ['Smith said: “The first part.', '“The second part.', '“The end.”'], ['The first part.', 'The second part.', 'The end.']],
    ['not reopened', ['He argued, ‘What’s missing?', 'Time or political will?', 'Too often justice waits,’ Zelensky said.'], ['What’s missing?', 'Time or political will?', 'Too often justice waits,']],
  ])('a quotation over several paragraphs is one span per paragraph with one speaker: %s', (_name, paragraphs, expected) => {
    const a = run(...paragraphs);
    expect(quoteTexts(a)).toEqual(expected);
    const speakers = new Set(a.quotes.map((q) => q.speaker));
    expect(speakers.size).toBe(1);
    expect([...speakers][0]).not.toBeNull();
    expect(a.quotes.map((q) => q.block)).toEqual([0, 1, 2]);
  });

  it.each([
    ['so-called', 'Tankers of the so-called ‘shadow fleet’ sailed on.'],
    ['title of a work', 'He appeared on “Saturday Night Live” last week.'],
    ['words as words', 'The term “shadow fleet” is widely used.'],
    ['scare quotes nobody said', 'The earlier “undercard” debate was dull.'],
    ['film called', 'A film called ‘Heat’ was shown.'],
    ['a quoted label between a determiner and a noun', 'Nobody knows when that "a-ha!" moment occurs in the brain.'],
    ['a show title with its trailing comma', 'He appeared on “Meet the Press,” where he was calm.'],
    ['a quoted modifier after an adjective, in a sentence with a distant cue', 'Emery, a writer for partisan “fact-checking” website Snopes.com, retweeted an article by Vulture magazine.'],
    ['a quoted label after "labelling"', 'Snopes will soon be labelling “fake news” alongside ABC News, the company said.'],
    ['scare quotes after a preposition and an adjective, reported sentence', 'Officials studied sites at military bases and a federal “supermax” prison, a former official said.'],
  ])('not a quotation: %s', (_name, text) => {
    expect(quoteTexts(run(text))).toEqual([]);
    expect(run(text).sentences[0]!.label).not.toBe('quote');
  });

  it('a short quotation is a quotation when the sentence presents it as someone’s words', () => {
    expect(quoteTexts(run('The Kremlin described the meeting as ‘useful,’ marking progress.'))).toEqual(['useful,']);
  });

  it('quotation offsets index the block text, marks excluded', () => {
    const text = 'She said “we will win” and left. “Maybe,” he replied.';
    for (const q of run(text).quotes) {
      expect(text.slice(q.start, q.end)).toBe(q.text);
      expect('“”"\''.includes(text.charAt(q.start))).toBe(false);
    }
  });

  it.each([['run-on'], ['sentences']])(
    'finishes well under a second on a megabyte of random quotation marks and apostrophes (%s)',
    (kind) => {
      const child = spawnSync(process.execPath, ['--import', 'tsx', join(here, 'pathological.child.ts'), kind], { encoding: 'utf8' });
      expect(child.status, child.stderr).toBe(0);
      const { cpuMs, sentences } = JSON.parse(child.stdout) as { cpuMs: number; sentences: number };
      expect(sentences).toBeGreaterThan(0);
      expect(cpuMs).toBeLessThan(1000);
    },
    30_000,
  );
});
