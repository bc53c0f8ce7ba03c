/**
 * The settings store over an injected storage area, so load/save/watch and their failure paths
 * are unit-tested without a browser. src/settings/store.ts binds it to storage.sync.
 */
import { safeParse } from 'zod/mini';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, SettingsFieldSchemas, type Settings } from './schema.ts';
import { storedVersion } from './migrations.ts';
import { parseSettings, type ParsedSettings } from './parse.ts';
import { readSettings, SETTINGS_KEY, watchStoredSettings } from './read.ts';

export { SETTINGS_KEY } from './read.ts';

/** storage.sync allows 8192 bytes per item (key + JSON value); a bigger write would fail. */
export const SYNC_ITEM_BYTES = 8192;

/** The storage-area methods the store uses (browser.storage.sync, or a fake). */
export interface SettingsArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** storage.onChanged, as the store uses it. */
export interface ChangedEvent {
  addListener(listener: ChangeListener): void;
  removeListener(listener: ChangeListener): void;
}

/** A storage.onChanged listener. */
export type ChangeListener = (changes: Record<string, { newValue?: unknown; oldValue?: unknown }>, areaName: string) => void;

/** Why a save failed; the UI turns each into a clear sentence. */
export type SaveFailure = 'invalid' | 'too-large' | 'storage';

/** A failed save: the settings in storage are unchanged. */
export class SettingsSaveError extends Error {
  constructor(
    readonly reason: SaveFailure,
    message: string,
    readonly fields: string[] = [],
  ) {
    super(message);
    this.name = 'SettingsSaveError';
  }
}

/** load / save / reset / watch over one storage area. */
export interface SettingsStore {
  load(): Promise<Settings>;
  /** The settings and which stored fields were invalid (and fell back), for the options page's note. */
  inspect(): Promise<ParsedSettings>;
  save(patch: Partial<Settings>): Promise<Settings>;
  replace(settings: Settings): Promise<Settings>;
  reset(): Promise<Settings>;
  /**
   * Rewrites an older stored record in the current shape (after an update), so old shapes do
   * not linger in sync storage. A record from a newer release is left alone. True if it wrote.
   */
  upgrade(): Promise<boolean>;
  watch(onChange: (settings: Settings) => void, signal: AbortSignal): void;
}

/** The fields of `patch` that do not pass their schema (so a bad patch is refused, not silently defaulted). */
export function invalidPatchFields(patch: Partial<Settings>): string[] {
  const bad: string[] = [];
  for (const [field, value] of Object.entries(patch)) {
    if (field === 'version') continue;
    const schema = SettingsFieldSchemas[field as keyof typeof SettingsFieldSchemas];
    if (!schema || !safeParse(schema, value).success) bad.push(field);
  }
  return bad;
}

/** Builds the store; `areaName` is the onChanged area to react to ('sync'). */
export function createSettingsStore(area: SettingsArea, changed: ChangedEvent, areaName = 'sync'): SettingsStore {
  const inspect = (): Promise<ParsedSettings> => readSettings(area);

  async function load(): Promise<Settings> {
    return (await inspect()).settings;
  }

  async function write(next: Settings): Promise<Settings> {
    const bytes = new TextEncoder().encode(SETTINGS_KEY + JSON.stringify(next)).length;
    if (bytes > SYNC_ITEM_BYTES) {
      throw new SettingsSaveError('too-large', `Settings are ${bytes} bytes; storage.sync takes at most ${SYNC_ITEM_BYTES}.`);
    }
    try {
      await area.set({ [SETTINGS_KEY]: next });
    } catch (error) {
      throw new SettingsSaveError('storage', error instanceof Error ? error.message : String(error));
    }
    return next;
  }

  return {
    load,
    inspect,
    async save(patch) {
      const bad = invalidPatchFields(patch);
      if (bad.length) throw new SettingsSaveError('invalid', `Invalid settings: ${bad.join(', ')}`, bad);
      // Read-modify-write: if the read fails, writing defaults plus the patch would wipe every
      // other stored setting, so the save is refused (and reported) instead.
      let stored: Record<string, unknown>;
      try {
        stored = await area.get(SETTINGS_KEY);
      } catch (error) {
        throw new SettingsSaveError('storage', error instanceof Error ? error.message : String(error));
      }
      const current = parseSettings(stored[SETTINGS_KEY]).settings;
      return write(parseSettings({ ...current, ...patch }).settings);
    },
    replace: (settings) => write(parseSettings(settings).settings),
    reset: () => write(structuredClone(DEFAULT_SETTINGS)),
    async upgrade() {
      const raw = (await area.get(SETTINGS_KEY).catch(() => ({}) as Record<string, unknown>))[SETTINGS_KEY];
      if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return false;
      const record = raw as Record<string, unknown>;
      if (record.version === SETTINGS_VERSION || storedVersion(record) > SETTINGS_VERSION) return false;
      await write(parseSettings(raw).settings);
      return true;
    },
    watch: (onChange, signal) => watchStoredSettings(changed, areaName, onChange, signal),
  };
}
