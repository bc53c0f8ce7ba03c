/**
 * Stored settings come back from sync storage in any state: hand-edited, written by an older or
 * newer release, truncated, bloated, or plain garbage. Property tests: for any mix of valid,
 * invalid and missing fields parseSettings keeps every valid field, defaults exactly the invalid
 * ones (and names them), never throws, never pollutes prototypes, and stays fast on huge values;
 * outdated (v1) records with garbage still come out valid. (test/unit/settings has the worked
 * examples; this file generalises them.)
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseSettings } from '../../../src/settings/parse.ts';
import { DEFAULT_SETTINGS, MAX_DISABLED_SITES, SETTINGS_VERSION, SettingsFieldSchemas, type Settings } from '../../../src/settings/schema.ts';
import { safeParse } from 'zod/mini';

type Field = Exclude<keyof Settings, 'version'>;

/** Valid values per field. */
const VALID: { [K in Field]: fc.Arbitrary<Settings[K]> } = {
  mode: fc.constantFrom('auto', 'on-demand'),
  highlights: fc.boolean(),
  labels: fc.record({ quote: fc.boolean(), attributed: fc.boolean(), vague: fc.boolean(), unsourced: fc.boolean() }),
  palette: fc.constantFrom('default', 'colorblind', 'high-contrast'),
  badge: fc.constantFrom('unsourced-vague', 'all-claims', 'quotes', 'off'),
  disabledSites: fc.uniqueArray(fc.domain().map((d) => d.toLowerCase()), { maxLength: 20 }),
};

/** Values no field accepts as a whole (labels/disabledSites: not even an object/array to salvage). */
const GARBAGE = fc.oneof(fc.constant(null), fc.integer(), fc.double(), fc.string(), fc.constant('rainbow'), fc.constant(Number.NaN));

type Slot = { kind: 'valid' | 'garbage' | 'missing'; v: unknown };

/** One field's stored state: a valid value, garbage, or absent. */
function slot(valid: fc.Arbitrary<unknown>): fc.Arbitrary<Slot> {
  return fc.oneof(
    { weight: 2, arbitrary: valid.map((v): Slot => ({ kind: 'valid', v })) },
    { weight: 1, arbitrary: GARBAGE.map((v): Slot => ({ kind: 'garbage', v })) },
    { weight: 1, arbitrary: fc.constant<Slot>({ kind: 'missing', v: undefined }) },
  );
}

/** A stored record: each field valid, garbage or missing; plus stray unknown keys. */
const record = fc.record({
  fields: fc.record({
    mode: slot(VALID.mode), highlights: slot(VALID.highlights), labels: slot(VALID.labels),
    palette: slot(VALID.palette), badge: slot(VALID.badge), disabledSites: slot(VALID.disabledSites),
  }),
  extra: fc.dictionary(fc.string({ maxLength: 8 }).filter((k) => !(k in VALID) && k !== 'version' && k !== '__proto__'), fc.jsonValue(), { maxKeys: 3 }),
});

describe('parseSettings under random stored records', () => {
  it('keeps every valid field, defaults exactly the invalid ones and names them', () => {
    fc.assert(fc.property(record, ({ fields, extra }) => {
      const stored: Record<string, unknown> = { ...extra, version: SETTINGS_VERSION };
      for (const [k, f] of Object.entries(fields)) if (f.kind !== 'missing') stored[k] = f.v;
      const { settings, invalid } = parseSettings(structuredClone(stored));
      for (const [k, f] of Object.entries(fields) as [Field, Slot][]) {
        if (f.kind === 'valid') expect(settings[k]).toEqual(f.v);
        else expect(settings[k]).toEqual(DEFAULT_SETTINGS[k]);
      }
      const garbage = Object.entries(fields).filter(([, f]) => f.kind === 'garbage').map(([k]) => k).sort();
      expect([...invalid].sort()).toEqual(garbage);
      expect(settings.version).toBe(SETTINGS_VERSION);
      for (const k of Object.keys(SettingsFieldSchemas) as Field[]) {
        if (k === 'disabledSites' || k === 'labels') continue;
        expect(safeParse(SettingsFieldSchemas[k], settings[k]).success).toBe(true);
      }
    }), { numRuns: 500 });
  });

  it('any JSON value at all (the whole record, or any field) gives valid settings and never throws', () => {
    fc.assert(fc.property(fc.oneof(fc.jsonValue(), fc.dictionary(fc.constantFrom('version', 'mode', 'labels', 'disabledSites', 'badge', 'palette', 'highlights', 'enabled', 'hiddenLabels', 'blockedSites'), fc.jsonValue())), (raw) => {
      const { settings } = parseSettings(raw);
      expect(Object.keys(settings).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
      for (const k of ['mode', 'highlights', 'palette', 'badge'] as const) expect(safeParse(SettingsFieldSchemas[k], settings[k]).success).toBe(true);
      expect(Object.values(settings.labels).every((b) => typeof b === 'boolean')).toBe(true);
      expect(settings.disabledSites.every((s) => typeof s === 'string' && s.length <= 253)).toBe(true);
      expect(settings.disabledSites.length).toBeLessThanOrEqual(MAX_DISABLED_SITES);
    }), { numRuns: 1000 });
  });

  it('outdated v1 records (with garbage in the old fields) come out as valid current settings, good old values kept', () => {
    fc.assert(fc.property(fc.boolean(), fc.subarray(['quote', 'attributed', 'vague', 'unsourced']), fc.oneof(VALID.disabledSites, GARBAGE), (enabled, hidden, blocked) => {
      const { settings } = parseSettings({ enabled, hiddenLabels: [...hidden, 7, null], blockedSites: blocked });
      expect(settings.highlights).toBe(enabled);
      for (const l of ['quote', 'attributed', 'vague', 'unsourced'] as const) expect(settings.labels[l]).toBe(!hidden.includes(l));
      expect(settings.disabledSites).toEqual(Array.isArray(blocked) ? blocked : []);
      expect(settings.version).toBe(SETTINGS_VERSION);
    }), { numRuns: 300 });
  });
});

describe('parseSettings on hostile and oversized records', () => {
  it('a __proto__ key pollutes nothing and does not leak into the settings', () => {
    const raw: unknown = JSON.parse('{"version":2,"__proto__":{"polluted":true,"mode":"on-demand"},"labels":{"__proto__":{"quote":false}},"badge":"off"}');
    const { settings } = parseSettings(raw);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(settings.mode).toBe('auto');
    expect(settings.labels.quote).toBe(true);
    expect(settings.badge).toBe('off');
  });

  it('oversized values (1 MB strings, 100,000 sites, deep nesting) fall back field by field, quickly', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 5000; i++) deep = { labels: deep };
    const raw = {
      version: 2,
      mode: 'on-demand',
      palette: 'p'.repeat(1_000_000),
      badge: 'quotes',
      labels: deep,
      disabledSites: Array.from({ length: 100_000 }, (_, i) => (i % 3 === 0 ? 'y'.repeat(10_000) : `site${i}.example`)),
    };
    const t0 = performance.now();
    const { settings, invalid } = parseSettings(raw);
    const ms = performance.now() - t0;
    console.log(`[settings] oversized record parsed in ${ms.toFixed(0)} ms`);
    expect(ms).toBeLessThan(2000);
    expect(settings.mode).toBe('on-demand');
    expect(settings.badge).toBe('quotes');
    expect(settings.palette).toBe(DEFAULT_SETTINGS.palette);
    expect(settings.labels).toEqual(DEFAULT_SETTINGS.labels);
    expect(settings.disabledSites).toHaveLength(MAX_DISABLED_SITES - Math.ceil(MAX_DISABLED_SITES / 3));
    // labels held only an unknown key (nested 5,000 deep): nothing to salvage, nothing wrong to report.
    expect(invalid.sort()).toEqual(['disabledSites', 'palette']);
  });
});
