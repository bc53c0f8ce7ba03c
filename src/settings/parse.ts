/**
 * Turns whatever is in storage (old versions, hand edits, corruption) into valid Settings.
 * Migrations run first, then each field is parsed on its own: a bad field gets its default
 * and the good ones are kept. Pure: used by every context and by the tests.
 */
import { safeParse } from 'zod/mini';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, SettingsFieldSchemas, type Settings } from './schema.ts';
import { migrate } from './migrations.ts';

type Field = keyof typeof SettingsFieldSchemas;

/** Result of parsing stored settings: the settings, and the fields that fell back to defaults. */
export interface ParsedSettings {
  settings: Settings;
  /** Names of fields that were present but invalid, for a clear note in the options page. */
  invalid: string[];
}

/** Parses a stored value into Settings, field by field, after migrating it to the current version. */
export function parseSettings(raw: unknown): ParsedSettings {
  const record = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const migrated = migrate(record);
  const settings: Settings = structuredClone(DEFAULT_SETTINGS);
  const invalid: string[] = [];
  for (const field of Object.keys(SettingsFieldSchemas) as Field[]) {
    if (!(field in migrated)) continue;
    const result = safeParse(SettingsFieldSchemas[field], migrated[field]);
    if (result.success) (settings as unknown as Record<string, unknown>)[field] = result.data;
    else invalid.push(field);
  }
  settings.version = SETTINGS_VERSION;
  return { settings, invalid };
}
