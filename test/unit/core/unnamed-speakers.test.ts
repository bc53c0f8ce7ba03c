/**
 * Unnamed sources, as a reader meets them in news copy: a quotation credited to "one official"
 * has that phrase as its speaker (the article does say who spoke, if not by name), and "a person
 * familiar with the matter" is one source, not "the matter". Each table holds general wordings,
 * never one page's sentence.
 */
import { describe, expect, it } from 'vitest';
import { run } from './helpers.ts';

/** The speaker of the last quotation, and the rule and label of its sentence. */
function lastQuote(...paragraphs: string[]): { speaker: string | null | undefined; rule: string | undefined; label: string | undefined } {
  const a = run(...paragraphs);
  const q = a.quotes[a.quotes.length - 1];
  const s = q ? a.sentences.find((x) => x.block === q.block && x.start <= q.start && x.end >= q.end) : undefined;
  return { speaker: q?.speaker, rule: s?.reason?.rule, label: s?.label };
}

/** Label and source of the last sentence. */
function lastSentence(...paragraphs: string[]): { label: string; source: string | null } {
  const a = run(...paragraphs);
  const s = a.sentences[a.sentences.length - 1]!;
  return { label: s.label, source: s.source };
}

describe('a quotation credited to an unnamed source has that source as its speaker', () => {
  it.each([
    ['“We are not ready,” one senior official said.', 'one senior official'],
    ['“This is a disaster,” critics say.', 'critics'],
    ['“They have no cash,” an analyst said.', 'an analyst'],
    ['“It was chaos,” said a witness who asked not to be named.', 'a witness'],
    ['A person familiar with the matter said: “The deal is off.”', 'A person familiar with the matter'],
    ['“The deal is off,” said one person familiar with the talks.', 'one person familiar with the talks'],
    ['“We will sue,” said a source close to the family.', 'a source close to the family'],
    // A participle right after the article is an adjective, not the end of the phrase.
    ['A retired teacher said the school was “a mess.”', 'A retired teacher'],
  ])('%s', (text, speaker) => {
    expect(lastQuote(text)).toEqual({ speaker, rule: 'quote.vague', label: 'quote' });
  });

  it('a later quotation with no cue carries the unnamed speaker over', () => {
    expect(lastQuote('“We are not ready,” one official said. “Nobody is.”').speaker).toBe('one official');
  });

  it.each([
    // Not a verb of speech: the quoted words are a term in what the source argued or showed.
    ['Research in monkeys and humans shows that the brain “feels” ready.'],
    // Nobody at all.
    ['The sign read “Closed”.'],
  ])('no unnamed speaker without a verb of speech: %s', (text) => {
    expect(lastQuote(text).rule).not.toBe('quote.vague');
  });

  it('a named speaker is still named', () => {
    expect(lastQuote('“We are ready,” Mayor Jane Smith said.')).toEqual({ speaker: 'Jane Smith', rule: 'quote.cue', label: 'quote' });
  });
});

describe('a gerund after a quotation does not take it from the speaker before it', () => {
  it.each([
    ['Bernie Sanders spoke on Monday.', 'Sanders said he “cannot walk down the street” without reporters asking him about it.', 'Bernie Sanders'],
    ['Jane Smith spoke on Monday.', 'Smith said the plan was “a disaster” with critics saying worse.', 'Jane Smith'],
  ])('%s %s', (before, text, speaker) => {
    expect(lastQuote(before, text).speaker).toBe(speaker);
  });
});

describe('an unnamed source tied to what it knows is one phrase', () => {
  it.each([
    ['A person familiar with the matter said the deal was off.', 'A person familiar with the matter'],
    ['People with knowledge of the plans said the bank would close.', 'People with knowledge of the plans'],
    ['Officials briefed on the talks said a deal was near.', 'Officials briefed on the talks'],
    ['The bank will close, according to people familiar with the plans.', 'people familiar with the plans'],
    // What they are close to is not where they work: still unnamed.
    ['Sources close to the campaign say she backs the plan.', 'Sources close to the campaign'],
    ['People close to President Obama said he was furious.', 'People close to President Obama'],
  ])('%s', (text, source) => {
    expect(lastSentence(text)).toEqual({ label: 'vague', source });
  });

  it.each([
    ['Hawks on the committee said rates must rise.', 'Hawks on the committee'],
    ['One analyst said the company would struggle.', 'One analyst'],
    ['An analyst said the company would struggle.', 'An analyst'],
  ])('people nouns without a person ending: %s', (text, source) => {
    expect(lastSentence(text)).toEqual({ label: 'vague', source });
  });
});

describe('a group whose adjective opens the sentence is still unnamed', () => {
  it.each([
    ['Former employees said the company ignored the warnings.', 'Former employees'],
    ['Local farmers say the drought is the worst in decades.', 'Local farmers'],
    ['Angry protesters said the police had attacked them.', 'Angry protesters'],
  ])('%s', (text, source) => {
    expect(lastSentence(text)).toEqual({ label: 'vague', source });
  });

  it('a name before the group is not such an adjective', () => {
    expect(lastSentence('Tesla employees said the plant was unsafe.').source).not.toBe('Tesla employees');
  });
});

describe('words that are not sources', () => {
  it('"put out a statement": the particle is not part of the document', () => {
    expect(lastSentence('Jane Smith spoke on Monday.', 'Her office put out a statement saying the claims were false.').source ?? '').not.toMatch(/^out\b/);
  });

  it.each([
    ['The tweets he sent out in 2013 denouncing the bill were deleted.'],
    ['He gave $300,000 in 2012, describing it as a gift.'],
  ])('a bare number is nobody: %s', (text) => {
    expect(lastSentence(text).source ?? '').not.toMatch(/^\d+$/);
  });

  it.each([
    ['In Puerto Rico, 60 pledged delegates were at stake.'],
    ['The 9/11 comment came in response to his attacks.'],
  ])('a number before a noun that is also a verb is nobody: %s', (text) => {
    expect(lastSentence(text).source ?? '').not.toMatch(/^\d+$/);
  });

  it.each([
    ['While 86 percent of voters backed her, 43 said the same for him.', '43'],
    ['Already, 520 delegates back her and 39 have said they support him.', '39'],
  ])('a number right before "said" counts people: %s', (text, source) => {
    expect(lastSentence(text)).toEqual({ label: 'vague', source });
  });

  it('"nine out of 10" is one amount', () => {
    expect(lastSentence('Nearly nine out of 10 voters say the economy is weak.')).toEqual({ label: 'vague', source: 'Nearly nine out of 10 voters' });
  });

  it('"shaken out of" is no amount', () => {
    expect(lastSentence('His wins have shaken the party out of a prolonged state of denial.').label).not.toBe('vague');
  });

  it('"One label …": a noun after "one" is not a verb', () => {
    expect(lastSentence('One label the senator resists is the one many have applied to him.').label).toBe('other');
  });
});

describe('"record" is an amount only as one', () => {
  it.each([
    ['The frontrunner has a poor record of recruiting delegates.'],
    ['Her critics attacked her record as secretary of state.'],
    ['The two leaders went on the record about trade.'],
  ])('someone\'s record: %s', (text) => {
    const s = lastSentence(text);
    expect(s.label === 'unsourced' ? run(text).sentences[0]!.reason?.text : '').not.toMatch(/number: record/);
  });

  it.each([
    ['Unemployment hit a record high in March.'],
    ['Turnout set a record in the primaries.'],
  ])('a record amount: %s', (text) => {
    expect(run(text).sentences[0]!.reason?.text).toMatch(/record/);
  });
});
