import { describe, expect, it } from 'vitest';
import { BADGE_COLORS, badgeFor, badgeNumber } from '../../../src/background/badge.ts';
import { commandMessage } from '../../../src/background/commands.ts';
import { fitSummary, LIMITS } from '../../../src/background/limits.ts';
import { makeSummary } from '../messaging/fixtures.ts';

// counts in makeSummary: quote 3, attributed 2, vague 1, unsourced 4
describe('badgeFor', () => {
  it.each([
    ['unsourced-vague', '5', BADGE_COLORS['unsourced-vague']],
    ['all-claims', '10', BADGE_COLORS['all-claims']],
    ['quotes', '3', BADGE_COLORS.quotes],
  ] as const)('mode %s shows %s', (mode, text, color) => {
    const badge = badgeFor(makeSummary(), mode);
    expect(badge.text).toBe(text);
    expect(badge.color).toBe(color);
    expect(badge.title?.count).toBe(Number(text));
  });

  it('is empty when off, unknown, or the page has no article', () => {
    expect(badgeFor(makeSummary(), 'off').text).toBe('');
    expect(badgeFor(null, 'quotes').text).toBe('');
    for (const status of ['no-article', 'disabled', 'scanning'] as const) {
      expect(badgeFor(makeSummary({ status }), 'unsourced-vague').text).toBe('');
    }
  });

  it('counts while more content loads, and quotes only on an unsupported language', () => {
    expect(badgeFor(makeSummary({ status: 'loading-more' }), 'unsourced-vague').text).toBe('5');
    expect(badgeFor(makeSummary({ status: 'unsupported-language' }), 'quotes').text).toBe('3');
    expect(badgeFor(makeSummary({ status: 'unsupported-language' }), 'unsourced-vague').text).toBe('');
  });

  it('uses the singular tooltip for a count of one', () => {
    const one = makeSummary({ counts: { quote: 1, attributed: 0, vague: 0, unsourced: 1, other: 9 } });
    expect(badgeFor(one, 'quotes').title).toEqual({ key: 'badgeTitleQuotesOne', count: 1 });
    expect(badgeFor(one, 'unsourced-vague').title).toEqual({ key: 'badgeTitleUnsourcedVagueOne', count: 1 });
    expect(badgeFor(one, 'all-claims').title).toEqual({ key: 'badgeTitleAllClaims', count: 2 });
  });

  it('turns green when every claim names a source', () => {
    const badge = badgeFor(makeSummary({ counts: { quote: 3, attributed: 1, vague: 0, unsourced: 0, other: 9 } }), 'unsourced-vague');
    expect(badge).toMatchObject({ text: '0', color: BADGE_COLORS['unsourced-vague-none'] });
  });

  it.each([[0, '0'], [999, '999'], [1000, '1k+'], [12345, '12k+'], [-2, '0']])('badgeNumber(%i) = %s', (n, text) => {
    expect(badgeNumber(n)).toBe(text);
  });
});

describe('commands and limits', () => {
  it('maps each manifest command to its content message', () => {
    expect(commandMessage('toggle-marks')).toEqual({ type: 'toggle-marks' });
    expect(commandMessage('next-claim')).toEqual({ type: 'step-claim', direction: 'next' });
    expect(commandMessage('previous-claim')).toEqual({ type: 'step-claim', direction: 'previous' });
    expect(commandMessage('toString')).toBeNull();
    expect(commandMessage('_execute_action')).toBeNull();
  });

  it('fitSummary cuts oversized summaries', () => {
    const claims = Array.from({ length: LIMITS.claims + 10 }, (_, id) => ({ id, label: 'unsourced' as const, snippet: 'x'.repeat(1000), source: null }));
    const fitted = fitSummary(makeSummary({ claims, title: 't'.repeat(5000) }));
    expect(fitted.claims).toHaveLength(LIMITS.claims);
    expect(fitted.claims[0]!.snippet.length).toBe(LIMITS.snippet);
    expect(fitted.title.length).toBe(LIMITS.text);
  });
});
