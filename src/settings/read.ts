/**
 * Reading the stored settings, and only reading: all the content script needs (it never writes
 * them), and what the full store (storage-core.ts) reads with, so every context parses storage
 * the same way. Kept apart from the write path so the content script's bundle has no save code
 * and no schemas that only saves use.
 */
import { DEFAULT_SETTINGS } from './schema.ts';
import { parseSettings, type ParsedSettings } from './parse.ts';
import type { ChangedEvent, ChangeListener, SettingsArea } from './storage-core.ts';
import type { Settings } from './schema.ts';

/** The one key the settings live under in storage.sync. */
export const SETTINGS_KEY = 'settings';

/** The stored settings, parsed field by field; a failed read gives the defaults. */
export async function readSettings(area: Pick<SettingsArea, 'get'>): Promise<ParsedSettings> {
  try {
    const stored = await area.get(SETTINGS_KEY);
    return parseSettings(stored[SETTINGS_KEY]);
  } catch {
    return { settings: structuredClone(DEFAULT_SETTINGS), invalid: [] };
  }
}

/** Calls `onChange` with the parsed settings whenever they change in `areaName`, until `signal` aborts. */
export function watchStoredSettings(changed: ChangedEvent, areaName: string, onChange: (settings: Settings) => void, signal: AbortSignal): void {
  if (signal.aborted) return;
  const listener: ChangeListener = (changes, name) => {
    if (name !== areaName || !(SETTINGS_KEY in changes)) return;
    onChange(parseSettings(changes[SETTINGS_KEY]!.newValue).settings);
  };
  changed.addListener(listener);
  signal.addEventListener('abort', () => changed.removeListener(listener), { once: true });
}
