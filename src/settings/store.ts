/**
 * Loads, saves and watches the settings in storage.sync. Every context uses these functions,
 * so parsing and fallback happen in one place, and a failed write is reported to the caller
 * (as a SettingsSaveError) instead of being dropped. The logic is in storage-core.ts.
 */
import browser from 'webextension-polyfill';
import type { Settings } from './schema.ts';
import type { ParsedSettings } from './parse.ts';
import { createSettingsStore, type ChangedEvent, type SettingsArea } from './storage-core.ts';

export { SETTINGS_KEY, SettingsSaveError } from './storage-core.ts';

let store: ReturnType<typeof createSettingsStore> | null = null;

/** The store bound to browser.storage.sync, made on first use. */
function syncStore() {
  store ??= createSettingsStore(browser.storage.sync as unknown as SettingsArea, browser.storage.onChanged as unknown as ChangedEvent);
  return store;
}

/** Reads the settings; any storage failure or bad value yields defaults (field by field). */
export function loadSettings(): Promise<Settings> {
  return syncStore().load();
}

/** Reads the settings and the names of stored fields that were invalid (the options page explains them). */
export function inspectSettings(): Promise<ParsedSettings> {
  return syncStore().inspect();
}

/** Writes a change to the settings; rejects with a SettingsSaveError so the UI can say it failed. */
export function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  return syncStore().save(patch);
}

/** Replaces all settings (an import); rejects with a SettingsSaveError. */
export function replaceSettings(settings: Settings): Promise<Settings> {
  return syncStore().replace(settings);
}

/** Puts every setting back to its default; rejects with a SettingsSaveError. */
export function resetSettings(): Promise<Settings> {
  return syncStore().reset();
}

/** Calls `onChange` with parsed settings whenever they change, until `signal` aborts. */
export function watchSettings(onChange: (settings: Settings) => void, signal: AbortSignal): void {
  syncStore().watch(onChange, signal);
}
