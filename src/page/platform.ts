/**
 * The real extension runtime behind the session's Platform interface (webextension-polyfill),
 * kept apart so everything else in src/page can be tested without a browser.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { loadSettings, watchSettings } from '../settings/store.ts';
import type { Platform } from './messages.ts';

/** The runtime of the extension this content script belongs to. */
export const browserPlatform: Platform = {
  loadSettings,
  watchSettings,
  async send(message) {
    await browser.runtime.sendMessage(message);
  },
  onMessage(handler, signal) {
    const listener = (message: unknown, sender: Runtime.MessageSender) => handler(message, sender.id);
    browser.runtime.onMessage.addListener(listener);
    signal.addEventListener('abort', () => {
      try {
        browser.runtime.onMessage.removeListener(listener);
      } catch {
        /* context already gone */
      }
    }, { once: true });
  },
  runtimeId() {
    return browser.runtime?.id;
  },
};
