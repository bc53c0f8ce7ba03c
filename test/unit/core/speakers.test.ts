import { describe, expect, it } from 'vitest';
import { run } from './helpers.ts';

/** The speaker of the last quotation of the text. */
function lastSpeaker(...paragraphs: string[]): string | null {
  const a = run(...paragraphs);
  const q = a.quotes[a.quotes.length - 1];
  if (!q) throw new Error('no quotation found');
  return q.speaker;
}

describe('speakers', () => {
  it.each([
    ['cue after the quotation', '“We are ready,” Jane Doe said.', 'Jane Doe'],
    ['inverted cue after the quotation', '“We are ready,” said Jane Doe.', 'Jane Doe'],
    ['cue before the quotation with a colon', 'Jane Doe told the audience: “We are ready.”', 'Jane Doe'],
    ['cue before the quotation with that', 'Jane Doe said that “we are ready.”', 'Jane Doe'],
    ['appositive between subject and cue', '“We are ready,” Jane Doe, the foreign minister, said.', 'Jane Doe'],
    ['according to', '“We are ready,” according to Jane Doe.', 'Jane Doe'],
    ['title and nationality stripped', 'Russian presidential aide Yuri Ushakov hailed the talks as ‘useful in every respect.’', 'Yuri Ushakov'],
    ['abbreviated title stripped', 'Gov. Gavin Newsom said the plan was “dead on arrival.”', 'Gavin Newsom'],
    ['party tag in brackets', 'Speaker Paul Ryan (R-WI) said “we will pass it.”', 'Paul Ryan'],
    ['organisation', 'The Kremlin described the meeting as ‘useful.’', 'The Kremlin'],
    ['a name in apposition to a description', '“The drug was in her system,” her mother, Fiona, said.', 'Fiona'],
    ['a description between name and cue', 'Dean Johnson, a salesman from Sumter, South Carolina, said he hoped to “leave here with momentum.”', 'Dean Johnson'],
    ['a bracket opening the quotation', 'As the report states: "[T]he birth lottery matters more in the U.S."', 'the report'],
    ['a dateline is not the speaker', 'WASHINGTON — Hillary Clinton took a swipe at Donald Trump, saying that “bombastic comments” do harm.', 'Hillary Clinton'],
    ['the subject of a gerund after a preposition', 'Obama punctuated his list by saying “Too many.”', 'Obama'],
    ['the named subject of a sentence quoting a fragment without a cue', 'Muhammad Ali called on fellow Muslims to “stand up to those who use Islam to advance their own agenda.”', 'Muhammad Ali'],
    ['the subject of a verb that is no cue, fragment at the end', 'Donald Trump attacked former nominee Mitt Romney for being a "failed candidate."', 'Donald Trump'],
    ['a cue in the next sentence after a question that closes its own', '“Would it be negotiable about the 11 million?” Sean Hannity asked.', 'Sean Hannity'],
    ['a cue in the next sentence after an exclamation', '“And I am not being paid!” Tom LeVell declared, a point he likes to make.', 'Tom LeVell'],
    ['the person spoken to after a next-sentence cue', '“You think I am going to change?” Donald Trump asked reporters rhetorically.', 'Donald Trump'],
    ['a place ending the description of the opening name', 'Stacy Baker of Columbia, South Carolina says she hopes he keeps “doing what he is doing.”', 'Stacy Baker'],
    ['an abbreviated state ending the description of the opening name', 'Harry Bond, 30, of Raleigh, N.C., who was among those polled, said he was “very worried.”', 'Harry Bond'],
    ['a surname in a parenthetical cue is not a description', 'Vice President Joe Biden, Rubio said, had been in the Senate for “a thousand years.”', 'Rubio'],
    ['a quotation that is the predicate of a name keeps the previous speaker', '“We are ready to talk,” Obama said in his speech. Palestinian Authority President Mahmoud Abbas “has put aside efforts to shortcut the pursuit of peace.”', 'Obama'],
    ['described with a verb of speech in the participle', 'The talks raised hopes, with Ukrainian President Volodymyr Zelensky expressing hope that ‘the documents are nearly ready.’', 'Volodymyr Zelensky'],
  ])('%s', (_name, text, speaker) => {
    expect(lastSpeaker(text)).toBe(speaker);
  });

  it.each([
    ['pronoun to the fullest earlier name', ['Ukrainian President Volodymyr Zelensky spoke in Davos.', '“We are ready,” he said.'], 'Volodymyr Zelensky'],
    ['surname to the fullest earlier name', ['Former President Barack Obama spoke on Friday.', '“We are ready,” Mr Obama said.'], 'Barack Obama'],
    ['pronoun within the sentence to the sentence’s subject', ['Volodymyr Zelensky spoke first.', 'Donald Trump, who was reelected, attacked what he describes as ‘bullying’ tactics.'], 'Donald Trump'],
    ['a following cue-less quotation keeps the previous speaker', ['“We are ready,” said Jane Doe.', '“We will not wait.”'], 'Jane Doe'],
    ['speaker of the previous reported sentence', ['Jane Doe said the talks had failed.', '“It is over.”'], 'Jane Doe'],
    ['she to the most recent woman, not the most recent man', ['Justice Ruth Bader Ginsburg criticised Donald Trump on Monday.', 'Trump called her remarks a disgrace.', '“He is a faker,” she said.'], 'Ruth Bader Ginsburg'],
    ['she after a quotation run to its speaker named by first name only, not to a name inside the quoted words', ['Eloise Parry, 21, died in April.', '“The drug was in her system,” her mother, Fiona, said.', '“As Eloise deteriorated, the staff did all they could.”', 'She added: “They never stood a chance.”'], 'Fiona', 2],
    ['a headline surname resolved to the full name given later', ['Obama says gun laws are his “biggest frustration”', 'President Barack Obama spoke to the BBC.'], 'Barack Obama'],
  ])('%s', (_name, paragraphs, speaker, which = 0) => {
    const a = run(...paragraphs);
    expect(a.quotes[which]?.speaker).toBe(speaker);
  });

  it.each([
    ['no attribution at all', 'The banner went up with “We are ready for peace” in large letters.'],
    ['an agentless passive', 'The meeting has been framed as a ‘good’ discussion by nobody in particular.'],
    ['an unnamed group', 'Both leaders expressed optimism about the ‘last mile’ of talks.'],
    ['a next sentence whose cue has an object of its own', '“Tom LeVell is not being paid!” The Trump campaign denied it.'],
    ['a cue-less quotation far from any earlier one', '“We are ready,” said Jane Doe.'],
  ])('null when the article does not say who spoke: %s', (name, text) => {
    const paragraphs = name.startsWith('a cue-less') ? [text, 'Then came a long pause.', 'Nothing happened for a while.', 'At the back of the hall: “Enough is enough, says nobody at all.”'] : [text];
    expect(lastSpeaker(...paragraphs)).toBeNull();
  });

  it('a fragment in a sentence opened by an all-capitals heading: the unnamed group speaks, not the heading', () => {
    expect(lastSpeaker('ROLL TIDE Alabama beat Clemson 45-40 in what fans call an “instant classic.”')).toBe('fans');
  });

  it('the sentence of a quotation carries the speaker as its source and a reason with the cue', () => {
    const s = run('During his address, Volodymyr Zelensky told the audience: ‘We met with President Trump.’').sentences[0]!;
    expect(s.label).toBe('quote');
    expect(s.source).toBe('Volodymyr Zelensky');
    expect(s.reason?.rule).toBe('quote.cue');
    expect(s.reason?.text).toBe('cue: told; speaker: Volodymyr Zelensky');
    const cue = s.reason?.triggers.find((t) => t.kind === 'cue');
    expect(cue?.text).toBe('told');
  });

  it('the cue of a partial quotation is the verb that introduces it, not a gerund after it', () => {
    const a = run('Tunisian Prime Minister Habib Essid spoke on television.', 'He vowed that the country would be “merciless” in defending itself.');
    const s = a.sentences[1]!;
    expect(s.source).toBe('Habib Essid');
    expect(s.reason?.text).toBe('cue: vowed; speaker: Habib Essid');
  });
});
