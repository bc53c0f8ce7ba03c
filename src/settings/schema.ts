/**
 * The user's settings: one versioned schema, stored in storage.sync. Each field is parsed on
 * its own with a default, so a corrupted or hand-edited value falls back to its default
 * without losing the other settings. Settings changes reach every context through
 * storage.onChanged, so toggles take effect at once everywhere.
 */
import * as z from 'zod/mini';

/** Current version of the stored settings shape; migrations bring older ones up to it. */
export const SETTINGS_VERSION = 2;

/** Labels a user can show or hide on the page (`other` is never marked). */
export const MARKABLE_LABELS = ['quote', 'attributed', 'vague', 'unsourced'] as const;

/** The settings, each field with its default. */
export interface Settings {
  version: number;
  /** 'auto': marks on every article; 'on-demand': only after the user asks (toolbar or shortcut). */
  mode: 'auto' | 'on-demand';
  /** Marks visible (the global toggle). */
  highlights: boolean;
  /** Which labels are marked. */
  labels: Record<(typeof MARKABLE_LABELS)[number], boolean>;
  palette: 'default' | 'colorblind' | 'high-contrast';
  /** What the toolbar badge counts. */
  badge: 'unsourced-vague' | 'all-claims' | 'quotes' | 'off';
  /** Hostnames where Says Who does not run. */
  disabledSites: string[];
}

/** Defaults: what a new user gets and what any bad field falls back to. */
export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  mode: 'auto',
  highlights: true,
  labels: { quote: true, attributed: true, vague: true, unsourced: true },
  palette: 'default',
  badge: 'unsourced-vague',
  disabledSites: [],
};

/** At most this many disabled sites are kept (storage.sync allows 8 kB per item). */
export const MAX_DISABLED_SITES = 1000;

const modeSchema = z.literal(['auto', 'on-demand']);
const highlightsSchema = z.boolean();
const paletteSchema = z.literal(['default', 'colorblind', 'high-contrast']);
const badgeSchema = z.literal(['unsourced-vague', 'all-claims', 'quotes', 'off']);

/**
 * Schemas of the fields parseSettings parses whole with zod. The two compound fields are salvaged
 * part by part instead (src/settings/parse.ts), so the content script, which only reads settings,
 * does not carry the array, string and length-check schemas that only writes use. The choices are
 * literal lists rather than z.enum: the content script's other schemas need literals anyway.
 */
export const ScalarFieldSchemas = { mode: modeSchema, highlights: highlightsSchema, palette: paletteSchema, badge: badgeSchema };

/** Every field, in storage order: the order parseSettings and the import list fields in. */
export const SETTINGS_FIELDS = ['mode', 'highlights', 'labels', 'palette', 'badge', 'disabledSites'] as const;

/**
 * Field schemas, checked one by one before a save or an import (see storage-core.ts, transfer.ts).
 * Built from the same schema constants as ScalarFieldSchemas (not by reading its properties), so
 * a bundle that never reads this table, the content script's, drops all of it.
 */
export const SettingsFieldSchemas = {
  mode: modeSchema,
  highlights: highlightsSchema,
  labels: z.object({ quote: z.boolean(), attributed: z.boolean(), vague: z.boolean(), unsourced: z.boolean() }),
  palette: paletteSchema,
  badge: badgeSchema,
  // Method calls are not known to be free of side effects: marked, so a bundle that never reads
  // this schema (the content script's) leaves it and the array and string schemas out.
  disabledSites: /* @__PURE__ */ (/* @__PURE__ */ z.array(/* @__PURE__ */ z.string().check(z.maxLength(253)))).check(z.maxLength(MAX_DISABLED_SITES)),
};
