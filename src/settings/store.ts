/**
 * Loads, saves and watches the settings in storage.sync. Every context uses these three
 * functions, so parsing and fallback happen in one place, and a failed write is reported to
 * the caller instead of being dropped.
 */
import browser from 'webextension-polyfill';
import { DEFAULT_SETTINGS, type Settings } from './schema.ts';
import { parseSettings } from './parse.ts';

/** The one key the settings live under in storage.sync. */
export const SETTINGS_KEY = 'settings';

/** Reads the settings; any storage failure or bad value yields defaults (field by field). */
export async function loadSettings(): Promise<Settings> {
  try {
    const stored = await browser.storage.sync.get(SETTINGS_KEY);
    return parseSettings(stored[SETTINGS_KEY]).settings;
  } catch {
    return structuredClone(DEFAULT_SETTINGS);
  }
}

/** Writes a change to the settings; rejects with the storage error so the UI can say it failed. */
export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const current = await loadSettings();
  const next = parseSettings({ ...current, ...patch }).settings;
  await browser.storage.sync.set({ [SETTINGS_KEY]: next });
  return next;
}

/** Calls `onChange` with parsed settings whenever they change, until `signal` aborts. */
export function watchSettings(onChange: (settings: Settings) => void, signal: AbortSignal): void {
  const listener = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    if (area !== 'sync' || !(SETTINGS_KEY in changes)) return;
    onChange(parseSettings(changes[SETTINGS_KEY]!.newValue).settings);
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}
