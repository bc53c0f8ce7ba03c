import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { vi } from 'vitest';
import type { PopupApi } from '../../../src/popup/api.ts';
import { translatorFrom, type LocaleMessage } from '../../../src/popup/i18n.ts';
import type { PageSummary, ToContent } from '../../../src/messaging/schemas.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/settings/schema.ts';

/** The real English messages, so tests see the text users see. */
export const messages = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../public/_locales/en/messages.json'), 'utf8')) as Record<string, LocaleMessage>;
export const t = translatorFrom(messages);

/** A controllable PopupApi: summary/probe results, settings, and records of what was sent or saved. */
export function fakePopupApi(opts: { stored?: PageSummary | null; probe?: { reachable: boolean; summary: PageSummary | null }; settings?: Partial<Settings>; saveFails?: Error; sendFails?: boolean } = {}) {
  let settings: Settings = { ...DEFAULT_SETTINGS, ...opts.settings };
  const settingsWatchers = new Set<(s: Settings) => void>();
  const summaryWatchers = new Set<(s: PageSummary | null) => void>();
  const sent: ToContent[] = [];
  const copied: string[] = [];
  const api: PopupApi = {
    t,
    targetTabId: async () => 12,
    requestTabSummary: async () => opts.stored ?? null,
    probeContent: async () => opts.probe ?? { reachable: false, summary: null },
    sendToTab: async (_tabId, message) => {
      if (opts.sendFails) throw new Error('no receiver');
      sent.push(message);
    },
    watchTabSummary: (_tabId, cb, signal) => {
      summaryWatchers.add(cb);
      signal.addEventListener('abort', () => summaryWatchers.delete(cb));
    },
    loadSettings: async () => settings,
    saveSettings: vi.fn(async (patch: Partial<Settings>) => {
      if (opts.saveFails) throw opts.saveFails;
      settings = { ...settings, ...patch };
      for (const w of settingsWatchers) w(settings);
      return settings;
    }),
    watchSettings: (cb, signal) => {
      settingsWatchers.add(cb);
      signal.addEventListener('abort', () => settingsWatchers.delete(cb));
    },
    copyText: async (text) => {
      copied.push(text);
    },
    openOptions: vi.fn(),
  };
  return {
    api,
    sent,
    copied,
    get settings() { return settings; },
    pushSummary(summary: PageSummary | null) { for (const w of summaryWatchers) w(summary); },
  };
}

/** Waits for promises and Preact's render queue. */
export async function flush(): Promise<void> {
  for (let i = 0; i < 10; i++) await new Promise((r) => setTimeout(r, 0));
}
