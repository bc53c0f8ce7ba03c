/**
 * Export and import of the settings as a JSON file. Export writes the whole current record
 * (with its version). Import is all-or-nothing: the file is refused, with a reason the options
 * page shows, when it is too big, not JSON, not a settings object, from a newer release, or
 * when any setting in it is invalid; then nothing changes. A file may hold only some settings
 * (a preset): the ones it leaves out keep their current values. Unknown keys are ignored and
 * listed. Older versions are migrated first, like stored settings.
 */
import { safeParse } from 'zod/mini';
import { SETTINGS_VERSION, SettingsFieldSchemas, type Settings } from './schema.ts';
import { migrate, storedVersion } from './migrations.ts';
import { parseSettings } from './parse.ts';

/** Files above this size are refused before parsing (a settings file is about 300 bytes). */
export const MAX_IMPORT_BYTES = 100_000;

/** The file name of an export, dated so several exports do not overwrite each other. */
export function exportFileName(now: Date): string {
  return `says-who-settings-${now.toISOString().slice(0, 10)}.json`;
}

/** The JSON text of an export. */
export function exportSettings(settings: Settings): string {
  return `${JSON.stringify(settings, null, 2)}\n`;
}

/** Why an import was refused. */
export type ImportFailure = 'too-large' | 'bad-json' | 'wrong-shape' | 'newer-version' | 'invalid-fields';

/** The outcome of reading an import file. */
export type ImportResult =
  | { ok: true; settings: Settings; ignored: string[] }
  | { ok: false; reason: ImportFailure; fields: string[] };

type Field = keyof typeof SettingsFieldSchemas;
const FIELDS = Object.keys(SettingsFieldSchemas) as Field[];

/** Reads an import file against the current settings; never throws. */
export function importSettings(text: string, current: Settings): ImportResult {
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, reason: 'too-large', fields: [] };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'bad-json', fields: [] };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, reason: 'wrong-shape', fields: [] };
  const record = raw as Record<string, unknown>;
  if (storedVersion(record) > SETTINGS_VERSION) return { ok: false, reason: 'newer-version', fields: [] };
  const migrated = migrate(record);
  const present = FIELDS.filter((field) => field in migrated);
  if (present.length === 0) return { ok: false, reason: 'wrong-shape', fields: [] };
  const bad = present.filter((field) => !safeParse(SettingsFieldSchemas[field], migrated[field]).success);
  if (bad.length) return { ok: false, reason: 'invalid-fields', fields: bad };
  const merged: Record<string, unknown> = { ...current };
  for (const field of present) merged[field] = migrated[field];
  const ignored = Object.keys(migrated).filter((key) => key !== 'version' && !(FIELDS as string[]).includes(key));
  return { ok: true, settings: parseSettings(merged).settings, ignored };
}
