import type { PageSummary } from '../../../src/messaging/schemas.ts';

/** A page like the seed article, small enough to read in a test. */
export function seedLikeSummary(over: Partial<PageSummary> = {}): PageSummary {
  return {
    url: 'https://news.example/world/peace-talks',
    title: 'Exclusive: Confidential Diplomacy in Pursuit of Peace',
    language: 'en',
    status: 'ready',
    counts: { quote: 4, attributed: 2, vague: 2, unsourced: 3, other: 6 },
    speakers: [
      { name: 'Dmitry Peskov', quotes: 1, claimIds: [3] },
      { name: 'Volodymyr Zelensky', quotes: 2, claimIds: [1, 5] },
    ],
    claims: [
      { id: 0, label: 'unsourced', snippet: 'US envoys arrived in Moscow for late-night talks.', source: null },
      { id: 1, label: 'quote', snippet: '“We met with President Trump,” he said.', source: 'Volodymyr Zelensky' },
      { id: 2, label: 'quote', snippet: 'A deal is ‘nearly, nearly ready’.', source: null },
      { id: 3, label: 'quote', snippet: 'The Kremlin called the talks ‘useful’.', source: 'Dmitry Peskov' },
      { id: 4, label: 'vague', snippet: 'Critics say the plan favours Moscow.', source: 'critics' },
      { id: 5, label: 'quote', snippet: '“Justice is missing,” Zelensky said.', source: 'Volodymyr Zelensky' },
      { id: 6, label: 'attributed', snippet: 'The Pentagon said no troops would move.', source: 'the Pentagon' },
      { id: 7, label: 'attributed', snippet: 'Reuters reported the meeting ran late.', source: 'Reuters' },
      { id: 8, label: 'vague', snippet: 'Officials said the talks were tense.', source: 'officials' },
      { id: 9, label: 'unsourced', snippet: 'Millions have been displaced.', source: null },
      { id: 10, label: 'unsourced', snippet: 'The sanctions cost billions.', source: null },
    ],
    updatedAt: 1,
    ...over,
  };
}
