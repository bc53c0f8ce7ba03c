/**
 * The real PopupApi over webextension-polyfill. Only extension/popup/main.tsx uses it; tests
 * give the components a fake instead.
 */
import browser from 'webextension-polyfill';
import { browserTransport, requestTabSummary, sendToTab } from '../messaging/browser.ts';
import { readSummaryReply } from '../messaging/send.ts';
import { tabSummaryKey } from '../messaging/session-keys.ts';
import { PageSummarySchema } from '../messaging/schemas.ts';
import { safeParse } from 'zod/mini';
import { loadSettings, saveSettings, watchSettings } from '../settings/store.ts';
import type { PopupApi } from './api.ts';
import { translatorFromBrowser } from './i18n.ts';
import { tabFromQuery } from './tab-query.ts';

/** Builds the popup's API on the real browser. */
export function browserPopupApi(location: Location): PopupApi {
  return {
    t: translatorFromBrowser((key, subs) => browser.i18n.getMessage(key, subs)),
    async targetTabId() {
      const fromQuery = tabFromQuery(location.search);
      if (fromQuery !== null) return fromQuery;
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      return tab?.id ?? null;
    },
    requestTabSummary,
    async probeContent(tabId) {
      try {
        const reply = await browserTransport.sendToTab(tabId, { type: 'get-summary' });
        return { reachable: true, summary: readSummaryReply(reply) };
      } catch {
        return { reachable: false, summary: null };
      }
    },
    async sendToTab(tabId, message) {
      await sendToTab(tabId, message);
    },
    watchTabSummary(tabId, onChange, signal) {
      const key = tabSummaryKey(tabId);
      const listener = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
        if (area !== 'session' || !(key in changes)) return;
        const parsed = safeParse(PageSummarySchema, changes[key]!.newValue);
        onChange(parsed.success ? parsed.data : null);
      };
      browser.storage.onChanged.addListener(listener);
      signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
    },
    loadSettings,
    saveSettings,
    watchSettings,
    copyText: (text) => navigator.clipboard.writeText(text),
    openOptions: () => void browser.runtime.openOptionsPage().catch(() => undefined),
  };
}
