/**
 * The summary screen: the sourcing sentence, marks and filters, speakers and claims. The page
 * actions live in the popup's sticky footer (App.tsx) so they stay in reach on long pages.
 */
import type { Settings } from '../../settings/schema.ts';
import type { Translate } from '../i18n.ts';
import { sourcingSentence } from '../report.ts';
import type { View } from '../view-state.ts';
import { ClaimsList } from './ClaimsList.tsx';
import { MarksPanel } from './MarksPanel.tsx';
import { SpeakersList } from './SpeakersList.tsx';

/** Props: the ready view, settings and the actions. */
export interface SummaryProps {
  view: Extract<View, { kind: 'ready' }>;
  settings: Settings;
  t: Translate;
  save: (patch: Partial<Settings>) => void;
  goTo: (claimId: number, announcement: string) => void;
}

/** The summary. */
export function Summary({ view, settings, t, save, goTo }: SummaryProps) {
  const { summary } = view;
  return (
    <>
      <p class="page-title" title={summary.url}>
        {summary.title || summary.url}
      </p>
      <p class="sourcing">{sourcingSentence(summary, t)}</p>
      {view.loadingMore && (
        <p class="note" role="status">
          <span class="spinner small" aria-hidden="true" /> {t('loadingMore')}
        </p>
      )}
      {view.quotesOnly && <p class="note">{t('quotesOnlyNote', [summary.language])}</p>}
      {view.noUnsourced && <p class="note">{t('noUnsourcedNote', [summary.language])}</p>}
      <MarksPanel counts={summary.counts} settings={settings} save={save} t={t} />
      <SpeakersList speakers={summary.speakers} goTo={goTo} t={t} />
      <ClaimsList claims={summary.claims} counts={summary.counts} goTo={goTo} t={t} />
    </>
  );
}
