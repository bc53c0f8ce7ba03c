/**
 * Counts per label with the page's mark controls: the global on/off switch and one filter per
 * label. Changes are saved to the settings; the content script follows storage.sync, so the
 * page changes at once.
 */
import type { Counts } from '../../messaging/schemas.ts';
import type { Settings } from '../../settings/schema.ts';
import type { Translate } from '../i18n.ts';
import { SHOWN_LABELS } from '../labels.ts';
import { CountsChart } from './CountsChart.tsx';

/** Props: counts, current settings, a saver that reports its own failures. */
export interface MarksPanelProps {
  counts: Counts;
  settings: Settings;
  save: (patch: Partial<Settings>) => void;
  t: Translate;
}

/** The chart, the per-label rows (filter + count) and the highlights switch. */
export function MarksPanel({ counts, settings, save, t }: MarksPanelProps) {
  return (
    <section class="panel" aria-labelledby="marks-heading">
      <div class="panel-head">
        <h2 id="marks-heading">{t('marksHeading')}</h2>
        <label class="switch">
          <input
            type="checkbox"
            role="switch"
            checked={settings.highlights}
            onChange={(e) => save({ highlights: e.currentTarget.checked })}
          />
          <span>{t('highlightsToggle')}</span>
        </label>
      </div>
      <CountsChart counts={counts} t={t} />
      <ul class={`label-rows${settings.highlights ? '' : ' muted'}`} aria-label={t('filtersLabel')}>
        {SHOWN_LABELS.map(({ label, name, description }) => (
          <li key={label}>
            <label class="label-row" title={t(description)}>
              <input
                type="checkbox"
                checked={settings.labels[label]}
                onChange={(e) => save({ labels: { ...settings.labels, [label]: e.currentTarget.checked } })}
              />
              <span class={`swatch swatch-${label}`} aria-hidden="true" />
              <span class="label-name">{t(name)}</span>
              <span class="label-count">{counts[label]}</span>
            </label>
          </li>
        ))}
      </ul>
    </section>
  );
}
