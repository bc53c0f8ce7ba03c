/**
 * Turns whatever is in storage (old versions, hand edits, corruption) into valid Settings.
 * Migrations run first, then each field is parsed on its own: a bad field gets its default
 * and the good ones are kept. The two compound fields are salvaged part by part (one bad label
 * flag or one bad site entry does not throw away the rest). Pure: used by every context and
 * by the tests.
 */
import { safeParse } from 'zod/mini';
import { DEFAULT_SETTINGS, MARKABLE_LABELS, MAX_DISABLED_SITES, SETTINGS_FIELDS, SETTINGS_VERSION, ScalarFieldSchemas, type Settings } from './schema.ts';
import { migrate } from './migrations.ts';
import { normalizeSite } from './sites.ts';


/** Result of parsing stored settings: the settings, and the fields that fell back to defaults. */
export interface ParsedSettings {
  settings: Settings;
  /** Names of fields that were present but invalid (wholly or partly), for a clear note in the options page. */
  invalid: string[];
}

/** Keeps the valid label flags of a stored `labels` value; null when it is not an object at all. */
function salvageLabels(value: unknown): { labels: Settings['labels']; clean: boolean } | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const stored = value as Record<string, unknown>;
  const labels = { ...DEFAULT_SETTINGS.labels };
  let clean = true;
  for (const label of MARKABLE_LABELS) {
    const flag = stored[label];
    if (typeof flag === 'boolean') labels[label] = flag;
    else if (label in stored) clean = false;
  }
  return { labels, clean };
}

/** Keeps the usable hostnames of a stored `disabledSites` value (normalised, once each, capped). */
function salvageSites(value: unknown): { sites: string[]; clean: boolean } | null {
  if (!Array.isArray(value)) return null;
  const sites: string[] = [];
  let clean = value.length <= MAX_DISABLED_SITES;
  for (const entry of value.slice(0, MAX_DISABLED_SITES)) {
    const host = typeof entry === 'string' && entry.length <= 253 ? normalizeSite(entry) : null;
    if (host === null) clean = false;
    else if (!sites.includes(host)) sites.push(host);
  }
  return { sites, clean };
}

/** Parses a stored value into Settings, field by field, after migrating it to the current version. */
export function parseSettings(raw: unknown): ParsedSettings {
  const record = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const migrated = migrate(record);
  const settings: Settings = structuredClone(DEFAULT_SETTINGS);
  const invalid: string[] = [];
  for (const field of SETTINGS_FIELDS) {
    if (!(field in migrated)) continue;
    const value = migrated[field];
    if (field === 'labels') {
      const salvaged = salvageLabels(value);
      if (salvaged) settings.labels = salvaged.labels;
      if (!salvaged?.clean) invalid.push(field);
      continue;
    }
    if (field === 'disabledSites') {
      const salvaged = salvageSites(value);
      if (salvaged) settings.disabledSites = salvaged.sites;
      if (!salvaged?.clean) invalid.push(field);
      continue;
    }
    const result = safeParse(ScalarFieldSchemas[field], value);
    if (result.success) (settings as unknown as Record<string, unknown>)[field] = result.data;
    else invalid.push(field);
  }
  settings.version = SETTINGS_VERSION;
  return { settings, invalid };
}
