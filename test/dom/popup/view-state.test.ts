import { describe, expect, it } from 'vitest';
import { viewOf, type TabKnowledge } from '../../../src/popup/view-state.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/settings/schema.ts';
import { seedLikeSummary } from './summary-fixture.ts';

const known = (summary: ReturnType<typeof seedLikeSummary> | null, lastUrl: string | null = null): TabKnowledge => ({ phase: 'known', tabId: 1, summary, lastUrl });
const settings = (over: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, ...over });

describe('viewOf', () => {
  it.each([
    ['loading', { phase: 'loading' } as TabKnowledge, settings(), 'loading'],
    ['unreachable', { phase: 'unreachable' } as TabKnowledge, settings(), 'unreachable'],
    ['no summary yet', known(null), settings(), 'scanning'],
    ['no summary, on demand', known(null), settings({ mode: 'on-demand' }), 'on-demand'],
    ['scanning', known(seedLikeSummary({ status: 'scanning' })), settings(), 'scanning'],
    ['no article', known(seedLikeSummary({ status: 'no-article' })), settings(), 'no-article'],
    ['page says disabled', known(seedLikeSummary({ status: 'disabled' })), settings(), 'disabled'],
    ['page waits in on-demand mode', known(seedLikeSummary({ status: 'disabled' })), settings({ mode: 'on-demand' }), 'on-demand'],
    ['site in settings', known(seedLikeSummary()), settings({ disabledSites: ['news.example'] }), 'disabled'],
    ['cleared after disabling: the last URL still counts', known(null, 'https://news.example/a'), settings({ disabledSites: ['news.example'] }), 'disabled'],
    ['ready', known(seedLikeSummary()), settings(), 'ready'],
    ['loading more', known(seedLikeSummary({ status: 'loading-more' })), settings(), 'ready'],
    ['unsupported language', known(seedLikeSummary({ status: 'unsupported-language' })), settings(), 'ready'],
  ])('%s', (_name, knowledge, s, kind) => {
    expect(viewOf(knowledge, s).kind).toBe(kind);
  });

  it('flags loading more and quotes-only, and gives the site', () => {
    const more = viewOf(known(seedLikeSummary({ status: 'loading-more' })), settings());
    expect(more).toMatchObject({ kind: 'ready', loadingMore: true, quotesOnly: false, site: 'news.example' });
    const quotes = viewOf(known(seedLikeSummary({ status: 'unsupported-language' })), settings());
    expect(quotes).toMatchObject({ kind: 'ready', loadingMore: false, quotesOnly: true });
  });

  it('flags a language whose word lists have no unsourced signals, and only that one', () => {
    expect(viewOf(known(seedLikeSummary({ coverage: 'no-unsourced' })), settings())).toMatchObject({ kind: 'ready', noUnsourced: true, quotesOnly: false });
    expect(viewOf(known(seedLikeSummary({ coverage: 'full' })), settings())).toMatchObject({ kind: 'ready', noUnsourced: false });
    expect(viewOf(known(seedLikeSummary()), settings())).toMatchObject({ kind: 'ready', noUnsourced: false });
  });
});
