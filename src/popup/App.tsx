/**
 * The popup: finds its tab, picks the screen for what it knows, and turns user actions into
 * settings changes (which the page follows by itself) or messages to the tab. Every failure
 * becomes a visible message; nothing is dropped silently.
 */
import { useState } from 'preact/hooks';
import type { ToContent } from '../messaging/schemas.ts';
import type { Settings } from '../settings/schema.ts';
import { addSite, removeSite } from '../settings/sites.ts';
import { PALETTES } from '../settings/palettes.ts';
import type { PopupApi } from './api.ts';
import { StateMessage } from './components/StateMessage.tsx';
import { Summary } from './components/Summary.tsx';
import { Notices, type Notice } from './components/Notices.tsx';
import { buildReport } from './report.ts';
import { saveErrorText } from './save-error.ts';
import { useSettings, useTabKnowledge } from './use-tab.ts';
import { viewOf } from './view-state.ts';

/** CSS custom properties for the chosen palette, light and dark. */
function paletteStyle(palette: Settings['palette']): Record<string, string> {
  const style: Record<string, string> = {};
  for (const [label, colours] of Object.entries(PALETTES[palette])) {
    style[`--c-${label}-light`] = colours.light;
    style[`--c-${label}-dark`] = colours.dark;
  }
  return style;
}

/** The popup app; everything it touches comes through `api`. `probeRetryMs` is shortened in tests. */
export function PopupApp({ api, probeRetryMs }: { api: PopupApi; probeRetryMs?: number }) {
  const { t } = api;
  const knowledge = useTabKnowledge(api, probeRetryMs);
  const [settings, setSettings] = useSettings(api);
  const view = viewOf(knowledge, settings);
  const [notice, setNotice] = useState<Notice>(null);
  const tabId = knowledge.phase === 'known' ? knowledge.tabId : null;

  const save = (patch: Partial<Settings>, done?: string) => {
    api.saveSettings(patch).then(
      (saved) => {
        setSettings(saved);
        setNotice(done ? { kind: 'status', text: done } : null);
      },
      (error: unknown) => setNotice({ kind: 'error', text: saveErrorText(error, t) }),
    );
  };
  const send = (message: ToContent, announcement: string) => {
    if (tabId === null) return;
    api.sendToTab(tabId, message).then(
      () => setNotice({ kind: 'status', text: announcement }),
      () => setNotice({ kind: 'error', text: t('pageNotAnswering') }),
    );
  };
  const disableSite = (site: string) =>
    save({ disabledSites: addSite(settings.disabledSites, site) }, t('siteDisabledNotice', [site]));
  const copyReport = () => {
    if (view.kind !== 'ready') return;
    api.copyText(buildReport(view.summary, t)).then(
      () => setNotice({ kind: 'status', text: t('copied') }),
      () => setNotice({ kind: 'error', text: t('copyFailed') }),
    );
  };

  return (
    <div class="popup" style={paletteStyle(settings.palette)}>
      <header class="top">
        <h1>
          <img src="/icons/icon-32.png" alt="" width="20" height="20" />
          {t('extName')}
        </h1>
        <button type="button" class="link" onClick={() => api.openOptions()}>
          {t('openOptions')}
        </button>
      </header>
      <main>
        {view.kind === 'ready' ? (
          <Summary
            view={view}
            settings={settings}
            t={t}
            save={save}
            goTo={(id, announcement) => send({ type: 'scroll-to-claim', id }, announcement)}
          />
        ) : (
          <StateMessage
            view={view}
            t={t}
            enableSite={(site) => save({ disabledSites: removeSite(settings.disabledSites, site) }, t('siteEnabledNotice', [site]))}
            markNow={() => send({ type: 'toggle-marks' }, t('markNowSent'))}
          />
        )}
      </main>
      <footer class="bottom">
        {view.kind === 'ready' && (
          <div class="actions">
            <button type="button" class="primary" onClick={copyReport}>
              {t('copyReport')}
            </button>
            {view.site && (
              <button type="button" onClick={() => disableSite(view.site!)}>
                {t('disableSite')}
              </button>
            )}
          </div>
        )}
        <Notices notice={notice} />
      </footer>
    </div>
  );
}
