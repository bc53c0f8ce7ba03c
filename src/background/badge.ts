/**
 * What the toolbar badge shows for a tab: a count chosen by settings.badge, or nothing when
 * the page has no article (or the badge is off). Pure, so every mode and status is unit-tested.
 */
import type { PageSummary } from '../messaging/schemas.ts';
import type { Settings } from '../settings/schema.ts';

/** The badge of one tab; `text: ''` clears it. `title` is the tooltip (null = the manifest's default). */
export interface Badge {
  text: string;
  color: string;
  /** i18n key and count for the action's tooltip, so the count is also there for screen readers. */
  title: { key: BadgeTitleKey; count: number } | null;
}

/** The tooltip messages per counting mode, plural and singular (public/_locales/en/messages.json). */
const TITLES = {
  'unsourced-vague': ['badgeTitleUnsourcedVague', 'badgeTitleUnsourcedVagueOne'],
  'all-claims': ['badgeTitleAllClaims', 'badgeTitleAllClaimsOne'],
  quotes: ['badgeTitleQuotes', 'badgeTitleQuotesOne'],
} as const;

/** A tooltip message name. */
export type BadgeTitleKey = (typeof TITLES)[keyof typeof TITLES][number];

/** The tooltip for `count`: the singular message when the count is one ("1 claim", not "1 claims"). */
function titleFor(mode: keyof typeof TITLES, count: number): Badge['title'] {
  return { key: TITLES[mode][count === 1 ? 1 : 0], count };
}

/** Badge colours: amber for claims without a named source (green when there are none), slate, blue. */
export const BADGE_COLORS = {
  'unsourced-vague': '#b45309',
  'unsourced-vague-none': '#15803d',
  'all-claims': '#475569',
  quotes: '#1d4ed8',
} as const;

const EMPTY: Badge = { text: '', color: BADGE_COLORS['all-claims'], title: null };

/** Short badge text: the badge fits about four characters. */
export function badgeNumber(n: number): string {
  if (n > 999) return `${Math.floor(n / 1000)}k+`;
  return String(Math.max(0, Math.floor(n)));
}

/** The badge for a tab's summary (null: nothing known about the tab) under a badge mode. */
export function badgeFor(summary: PageSummary | null, mode: Settings['badge']): Badge {
  if (!summary || mode === 'off') return EMPTY;
  const counting = summary.status === 'ready' || summary.status === 'loading-more';
  const quotesOnly = summary.status === 'unsupported-language' && mode === 'quotes';
  if (!counting && !quotesOnly) return EMPTY;
  const { quote, attributed, vague, unsourced } = summary.counts;
  if (mode === 'quotes') return { text: badgeNumber(quote), color: BADGE_COLORS.quotes, title: titleFor('quotes', quote) };
  if (mode === 'all-claims') {
    const all = quote + attributed + vague + unsourced;
    return { text: badgeNumber(all), color: BADGE_COLORS['all-claims'], title: titleFor('all-claims', all) };
  }
  const n = vague + unsourced;
  return {
    text: badgeNumber(n),
    color: n === 0 ? BADGE_COLORS['unsourced-vague-none'] : BADGE_COLORS['unsourced-vague'],
    title: titleFor('unsourced-vague', n),
  };
}
