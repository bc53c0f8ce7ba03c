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
import { buildReport } from './report.ts';
import { saveErrorText } from './save-error.ts';
import { useSettings, useTabKnowledge } from './use-tab.ts';
import { viewOf } from './view-state.ts';

/** A transient line under the content: a status (polite) or an error (assertive). */
type Notice = { kind: 'status' | 'error'; text: string } | null;

/** CSS custom properties for the chosen palette, light and dark. */
function paletteStyle(palette: Settings['palette']): Record<string, string> {
  const style: Record<string, string> = {};
  for (const [label, colours] of Object.entries(PALETTES[palette])) {
    style[`--c-${label}-light`] = colours.light;
    style[`--c-${label}-dark`] = colours.dark;
  }
  return style;
}

/** The popup app; everything it touches comes through `api`. */
export function PopupApp({ api }: { api: PopupApi }) {
  const { t } = api;
  const knowledge = useTabKnowledge(api);
  const settings = useSettings(api);
  const view = viewOf(knowledge, settings);
  const [notice, setNotice] = useState<Notice>(null);
  const tabId = knowledge.phase === 'known' ? knowledge.tabId : null;

  const save = (patch: Partial<Settings>, done?: string) => {
    api.saveSettings(patch).then(
      () => setNotice(done ? { kind: 'status', text: done } : null),
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
        <h1>{t('extName')}</h1>
        <button type="button" class="icon" onClick={() => api.openOptions()} aria-label={t('openOptions')} title={t('openOptions')}>
          <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true">
            <path d="M8.6 1h2.8l.4 2.3 1.6.9 2.2-.9 1.4 2.4-1.8 1.5v1.6l1.8 1.5-1.4 2.4-2.2-.9-1.6.9-.4 2.3H8.6l-.4-2.3-1.6-.9-2.2.9L3 13.3l1.8-1.5v-1.6L3 8.7 4.4 6.3l2.2.9 1.6-.9zM10 7a3 3 0 100 6 3 3 0 000-6z" />
          </svg>
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
            copyReport={copyReport}
            disableSite={(site) => save({ disabledSites: addSite(settings.disabledSites, site) }, t('siteDisabledNotice', [site]))}
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
      <p class="notice" role="status">
        {notice?.kind === 'status' ? notice.text : ''}
      </p>
      <p class="notice error" role="alert">
        {notice?.kind === 'error' ? notice.text : ''}
      </p>
    </div>
  );
}
