import { describe, expect, it } from 'vitest';
import { run } from './helpers.ts';

function labelOf(...paragraphs: string[]) {
  const a = run(...paragraphs);
  return a.sentences[a.sentences.length - 1]!;
}

describe('attributed: a named source, no quotation', () => {
  it.each([
    ['named person with a cue', 'Zelensky argued that Europe must act.', 'Zelensky', 'attributed.cue'],
    ['parenthetical cue with a pronoun', ['Ukrainian President Volodymyr Zelensky spoke in Davos.', 'The United States, he argued, remains the linchpin of peace.'], 'Volodymyr Zelensky', 'attributed.cue'],
    ['organisation', 'The Pentagon said the strikes would continue.', 'The Pentagon', 'attributed.cue'],
    ['institution noun', 'Police said two men were arrested.', 'Police', 'attributed.cue'],
    ['according to', 'According to the Pentagon, the strikes will continue.', 'the Pentagon', 'attributed.according-to'],
    ['passive with a named agent', 'Video released by the Kremlin showed the meeting.', 'The Kremlin', 'attributed.by'],
    ['accused of, with a named accuser', 'Senator Jane Doe accused the company of hiding losses.', 'Jane Doe', 'attributed.cue'],
    ['speech of a named person as the subject', ['Ukrainian President Volodymyr Zelensky spoke in Davos.', 'His speech, laced with urgency, underscored a stark reality.'], 'Volodymyr Zelensky', 'attributed.speech'],
    ['speech act', 'President Volodymyr Zelensky delivered a searing critique of Europe’s inaction.', 'Volodymyr Zelensky', 'attributed.speech'],
    ['an institution named with "and"', 'Tourism is 15 percent of GDP, according to the World Travel and Tourism Council, an industry body.', 'the World Travel and Tourism Council', 'attributed.according-to'],
    ['an institution named with "of"', 'The plan was approved, according to the Ministry of Defence.', 'the Ministry of Defence', 'attributed.according-to'],
    ['an institution named with "of" and "and"', 'The Department of Health and Human Services said the rule would change.', 'The Department of Health and Human Services', 'attributed.cue'],
    ['an institution named with "for"', 'The Centers for Disease Control and Prevention said cases rose.', 'The Centers for Disease Control and Prevention', 'attributed.cue'],
    ['a day after an institution is not part of its name', 'The rule was issued by the Commerce Department on Wednesday, officials noted.', 'the Commerce Department', 'attributed.by'],
    ['an institution keeps a word that is also a title', 'The State Department said the talks would resume.', 'The State Department', 'attributed.cue'],
    ['an institution keeps its nationality', 'The European Union said the sanctions would stay.', 'The European Union', 'attributed.cue'],
    ['a job title inside the name run stripped', 'FBI Director James Comey said the case was closed.', 'James Comey', 'attributed.cue'],
  ])('%s', (_name, text, source, rule) => {
    const s = labelOf(...(Array.isArray(text) ? text : [text]));
    expect(s.label).toBe('attributed');
    expect(s.source?.toLowerCase()).toBe(source.toLowerCase());
    expect(s.reason?.rule).toBe(rule);
  });
});

describe('a denied source is no source', () => {
  it.each([
    ['no group claimed', 'Although no group claimed responsibility, the bombing raised fears that militants were expanding their operations.'],
    ['nobody said', 'Nobody has said the bridge will reopen this year.'],
  ])('%s', (_name, text) => {
    const s = labelOf(text);
    expect(['unsourced', 'other']).toContain(s.label);
    expect(s.source).toBeNull();
  });
});

describe('list items', () => {
  it('are attributed to the speaker whose sentence introduced them', () => {
    const a = run('In a wide-ranging interview, President Barack Obama also said:', ['list-item', 'He is confident the deal will pass'], ['list-item', 'He would speak bluntly against corruption']);
    expect(a.sentences.slice(1).map((s) => [s.label, s.source, s.reason?.rule])).toEqual([
      ['attributed', 'Barack Obama', 'attributed.list'],
      ['attributed', 'Barack Obama', 'attributed.list'],
    ]);
  });
});

describe('vague: attributed to an unnamed source', () => {
  it.each([
    ['critics say', 'Critics say the plan will fail.', 'critics'],
    ['many argue', 'The tariffs that many argue have hurt trade were kept.', 'many'],
    ['experts believe', 'Some experts believe the virus spread earlier.', 'some experts'],
    ['sources said', 'Sources said the deal was close.', 'sources'],
    ['officials with no office', 'Officials said the road would reopen.', 'officials'],
    ['a person familiar with the matter', 'The talks stalled, a person familiar with the matter said.', 'a person familiar with the matter'],
    ['it is believed', 'It is believed the ship sank in the night.', 'it is believed'],
    ['reportedly', 'The minister reportedly resigned on Monday.', 'reportedly'],
    ['allegedly', 'The funds were allegedly moved abroad.', 'allegedly'],
    ['allegations', 'Allegations of corruption have resurfaced.', 'allegations'],
    ['insiders', 'The claim was corroborated by insiders.', 'insiders'],
    ['some people say', 'Some people say the election was close.', 'some people'],
    ['an unnamed part of a named group', 'Many Tunisians accuse the Islamists of being slow to respond.', 'many tunisians'],
    ['we are told', "We're told there is security footage of the theft.", "we're told"],
    ['the first sourced cue decides', 'American officials said Sudan had shown progress on the border.', 'american officials'],
  ])('%s', (_name, text, source) => {
    const s = labelOf(text);
    expect(s.label).toBe('vague');
    expect(s.source?.toLowerCase()).toContain(source.split(' ')[0]!.toLowerCase());
    expect(s.reason?.rule).toMatch(/^vague\./);
  });
});

describe('unsourced: check-worthy assertions with no attribution', () => {
  it.each([
    ['a number', 'The fund lost $3 billion last year.', 'unsourced.number'],
    ['an accusation', 'The minister was accused of taking bribes.', 'unsourced.accusation'],
    ['sabotage', 'The revelation that Zelensky sabotaged the talks has fueled suspicion.', 'unsourced.accusation'],
    ['an event', 'Troops arrived in the capital before dawn.', 'unsourced.event'],
    ['a cause', 'The shortage was caused by the strike at the port.', 'unsourced.cause'],
    ['a date', 'The envoys flew to Abu Dhabi on Friday for more talks.', 'unsourced.date'],
  ])('%s', (_name, text, rule) => {
    const s = labelOf(text);
    expect(s.label).toBe('unsourced');
    expect(s.source).toBeNull();
    expect(s.reason?.rule).toBe(rule);
    expect(s.reason?.text).toMatch(/^no source given; /);
    expect(s.reason?.triggers.length).toBeGreaterThan(0);
  });

  it('the reason names the trigger words with their offsets', () => {
    const text = 'The minister was accused of taking bribes.';
    const s = labelOf(text);
    expect(s.reason?.text).toBe('no source given; accusation: accused of');
    const t = s.reason!.triggers[0]!;
    expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});

describe('other', () => {
  it.each([
    ['a question', 'Will the US, Russia and Ukraine find common ground?'],
    ['rhetoric', 'The stakes have never been higher.'],
    ['scene-setting', 'The meeting came at a critical juncture.'],
    ['a short fragment', 'Not anymore.'],
  ])('%s', (_name, text) => {
    const s = labelOf(text);
    expect(s.label).toBe('other');
    expect(s.reason).toBeUndefined();
  });

  it.each([
    ['heading', 'heading', 'Troops killed 40 people in Kyiv on Friday'],
    ['caption', 'caption', 'A plane stands on the tarmac in Moscow, January 22, 2026'],
  ] as const)('a %s is not called unsourced', (_name, kind, text) => {
    expect(run([kind, text]).sentences[0]!.label).toBe('other');
  });
});

describe('counts', () => {
  it('counts every label', () => {
    const a = run('Critics say it failed.', '“No,” she said.', 'Troops arrived on Friday.', 'Why?');
    expect(a.counts).toEqual({ quote: 1, attributed: 0, vague: 1, unsourced: 1, other: 1 });
  });
});
