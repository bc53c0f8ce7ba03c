/**
 * The real OptionsApi: settings through src/settings/store.ts, downloads through a temporary
 * object URL (no `downloads` permission needed).
 */
import browser from 'webextension-polyfill';
import { inspectSettings, replaceSettings, resetSettings, saveSettings, watchSettings } from '../settings/store.ts';
import { translatorFromBrowser } from '../popup/i18n.ts';
import type { OptionsApi } from './api.ts';

/** Builds the options page's API on the real browser. */
export function browserOptionsApi(): OptionsApi {
  return {
    t: translatorFromBrowser((key, subs) => browser.i18n.getMessage(key, subs)),
    inspectSettings,
    saveSettings,
    replaceSettings,
    resetSettings,
    watchSettings,
    download(fileName, text) {
      const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = fileName;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    },
    confirm: (question) => window.confirm(question),
    now: () => new Date(),
  };
}
