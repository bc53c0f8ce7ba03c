/**
 * The options page: how marks start, which labels are marked, the palette, the badge, the
 * disabled sites, and backup. Every change is saved at once; success and failure are both said
 * in a live region, and a failed save leaves the form showing what is really stored.
 */
import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, MARKABLE_LABELS, type Settings } from '../settings/schema.ts';
import { PALETTES } from '../settings/palettes.ts';
import { SHOWN_LABELS } from '../popup/labels.ts';
import { fieldNames, saveErrorText } from '../popup/save-error.ts';
import type { OptionsApi } from './api.ts';
import { Backup } from './components/Backup.tsx';
import { Choice } from './components/Choice.tsx';
import { SitesEditor } from './components/SitesEditor.tsx';
import { Notices, type Notice } from '../popup/components/Notices.tsx';

/** Small colour samples of a palette, shown beside its name. */
function PaletteSample({ palette }: { palette: Settings['palette'] }) {
  return (
    <span class="palette-sample" aria-hidden="true">
      {MARKABLE_LABELS.map((label) => (
        <span key={label} class="swatch" style={{ '--light': PALETTES[palette][label].light, '--dark': PALETTES[palette][label].dark }} />
      ))}
    </span>
  );
}

/** The options app; everything it touches comes through `api`. */
export function OptionsApp({ api }: { api: OptionsApi }) {
  const { t } = api;
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [loaded, setLoaded] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);

  useEffect(() => {
    const controller = new AbortController();
    api.watchSettings(setSettings, controller.signal);
    void api.inspectSettings().then(({ settings: stored, invalid }) => {
      if (controller.signal.aborted) return;
      setSettings(stored);
      setLoaded(true);
      if (invalid.length) setNotice({ kind: 'error', text: t('settingsRepaired', [fieldNames(invalid, t)]) });
    });
    return () => controller.abort();
  }, [api]);

  const apply = (write: () => Promise<Settings>, done: string) => {
    write().then(
      (saved) => {
        setSettings(saved);
        setNotice({ kind: 'status', text: done });
      },
      (error: unknown) => {
        setNotice({ kind: 'error', text: saveErrorText(error, t) });
        void api.inspectSettings().then(({ settings: stored }) => setSettings(stored));
      },
    );
  };
  const save = (patch: Partial<Settings>) => apply(() => api.saveSettings(patch), t('saved'));
  const report = (kind: 'status' | 'error', text: string) => setNotice({ kind, text });

  return (
    <main class="options" aria-busy={loaded ? undefined : 'true'}>
      <h1>{t('optTitle')}</h1>
      <p class="lead">{t('optLead')}</p>

      <section class="card" aria-labelledby="marks-heading">
        <h2 id="marks-heading">{t('optMarksHeading')}</h2>
        <Choice
          name="mode"
          legend={t('optModeLegend')}
          value={settings.mode}
          onChange={(mode) => save({ mode })}
          options={[
            { value: 'auto', label: t('optModeAuto'), hint: t('optModeAutoHint') },
            { value: 'on-demand', label: t('optModeOnDemand'), hint: t('optModeOnDemandHint') },
          ]}
        />
        <fieldset class="choice">
          <legend>{t('optLabelsLegend')}</legend>
          {SHOWN_LABELS.map(({ label, name, description }) => (
            <label key={label} class="option">
              <input
                type="checkbox"
                checked={settings.labels[label]}
                onChange={(e) => save({ labels: { ...settings.labels, [label]: e.currentTarget.checked } })}
              />
              <span class="option-text">
                <span class="option-label">{t(name)}</span>
                <span class="hint">{t(description)}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <Choice
          name="palette"
          legend={t('optPaletteLegend')}
          value={settings.palette}
          onChange={(palette) => save({ palette })}
          options={[
            { value: 'default', label: t('optPaletteDefault'), extra: <PaletteSample palette="default" /> },
            { value: 'colorblind', label: t('optPaletteColorblind'), extra: <PaletteSample palette="colorblind" /> },
            { value: 'high-contrast', label: t('optPaletteHighContrast'), extra: <PaletteSample palette="high-contrast" /> },
          ]}
        />
      </section>

      <section class="card" aria-labelledby="badge-heading">
        <h2 id="badge-heading">{t('optBadgeHeading')}</h2>
        <Choice
          name="badge"
          legend={t('optBadgeLegend')}
          value={settings.badge}
          onChange={(badge) => save({ badge })}
          options={[
            { value: 'unsourced-vague', label: t('optBadgeUnsourcedVague') },
            { value: 'all-claims', label: t('optBadgeAllClaims') },
            { value: 'quotes', label: t('optBadgeQuotes') },
            { value: 'off', label: t('optBadgeOff') },
          ]}
        />
      </section>

      <SitesEditor sites={settings.disabledSites} save={(disabledSites) => save({ disabledSites })} t={t} />
      <Backup settings={settings} api={api} report={report} apply={apply} />

      <div class="notices">
        <Notices notice={notice} />
      </div>
    </main>
  );
}
