import type { PageSummary } from '../../../src/messaging/schemas.ts';

/** A valid summary to build test messages from. */
export function makeSummary(over: Partial<PageSummary> = {}): PageSummary {
  return {
    url: 'https://news.example/story',
    title: 'A story',
    language: 'en',
    status: 'ready',
    counts: { quote: 3, attributed: 2, vague: 1, unsourced: 4, other: 5 },
    speakers: [{ name: 'Ada Lovelace', quotes: 2, claimIds: [0, 2] }],
    claims: [
      { id: 0, label: 'quote', snippet: '“We are ready,” she said.', source: 'Ada Lovelace' },
      { id: 1, label: 'vague', snippet: 'Critics say it failed.', source: 'critics' },
    ],
    updatedAt: 1,
    ...over,
  };
}
