/**
 * Which screen the popup shows, decided in one pure function from what is known about the
 * tab and the settings, so every state (scanning, no article, unreadable page, disabled site,
 * loading more) is unit-tested and none is reached by accident.
 */
import type { PageSummary } from '../messaging/schemas.ts';
import type { Settings } from '../settings/schema.ts';
import { isSiteDisabled, siteOfUrl } from '../settings/sites.ts';

/** What the popup has learnt about its tab so far. */
export type TabKnowledge =
  | { phase: 'loading' }
  | { phase: 'unreachable' }
  | { phase: 'known'; tabId: number; summary: PageSummary | null; lastUrl: string | null };

/** The popup's screens. */
export type View =
  | { kind: 'loading' }
  | { kind: 'unreachable' }
  | { kind: 'scanning' }
  | { kind: 'on-demand' }
  | { kind: 'no-article'; site: string | null }
  | { kind: 'disabled'; site: string | null }
  | { kind: 'ready'; summary: PageSummary; site: string | null; loadingMore: boolean; quotesOnly: boolean; noUnsourced: boolean };

/** Decides the screen. */
export function viewOf(knowledge: TabKnowledge, settings: Settings): View {
  if (knowledge.phase === 'loading') return { kind: 'loading' };
  if (knowledge.phase === 'unreachable') return { kind: 'unreachable' };
  const { summary } = knowledge;
  const url = summary?.url ?? knowledge.lastUrl;
  const site = url ? siteOfUrl(url) : null;
  if (site && isSiteDisabled(site, settings.disabledSites)) return { kind: 'disabled', site };
  if (!summary) return settings.mode === 'on-demand' ? { kind: 'on-demand' } : { kind: 'scanning' };
  switch (summary.status) {
    case 'disabled':
      // The content script also reports 'disabled' while on-demand mode waits to be asked.
      return settings.mode === 'on-demand' ? { kind: 'on-demand' } : { kind: 'disabled', site };
    case 'scanning':
      return { kind: 'scanning' };
    case 'no-article':
      return { kind: 'no-article', site };
    default:
      return {
        kind: 'ready',
        summary,
        site,
        loadingMore: summary.status === 'loading-more',
        quotesOnly: summary.status === 'unsupported-language',
        noUnsourced: summary.coverage === 'no-unsourced',
      };
  }
}
