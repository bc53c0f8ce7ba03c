import { describe, expect, it, vi } from 'vitest';
import { createSettingsStore, SETTINGS_KEY, SettingsSaveError, type ChangeListener } from '../../../src/settings/storage-core.ts';
import { DEFAULT_SETTINGS } from '../../../src/settings/schema.ts';

function fakeSync(initial: Record<string, unknown> = {}) {
  const data: Record<string, unknown> = structuredClone(initial);
  const listeners = new Set<ChangeListener>();
  const area = {
    failNext: null as Error | null,
    async get(key: string) {
      return key in data ? { [key]: structuredClone(data[key]) } : {};
    },
    async set(items: Record<string, unknown>) {
      if (area.failNext) {
        const e = area.failNext;
        area.failNext = null;
        throw e;
      }
      for (const [k, v] of Object.entries(items)) {
        const oldValue = data[k];
        data[k] = structuredClone(v);
        for (const l of listeners) l({ [k]: { oldValue, newValue: structuredClone(v) } }, 'sync');
      }
    },
  };
  const changed = { addListener: (l: ChangeListener) => listeners.add(l), removeListener: (l: ChangeListener) => listeners.delete(l) };
  return { data, area, changed, listeners };
}

describe('settings store', () => {
  it('loads defaults from empty storage and from a corrupted value', async () => {
    expect(await createSettingsStore(fakeSync().area, fakeSync().changed).load()).toEqual(DEFAULT_SETTINGS);
    const corrupt = fakeSync({ [SETTINGS_KEY]: '{"highlights": fal' });
    expect(await createSettingsStore(corrupt.area, corrupt.changed).load()).toEqual(DEFAULT_SETTINGS);
  });

  it('loads defaults when storage itself throws', async () => {
    const s = fakeSync();
    s.area.get = () => Promise.reject(new Error('boom'));
    expect(await createSettingsStore(s.area, s.changed).load()).toEqual(DEFAULT_SETTINGS);
  });

  it('saves a patch on top of the stored settings', async () => {
    const s = fakeSync({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, palette: 'high-contrast' } });
    const saved = await createSettingsStore(s.area, s.changed).save({ badge: 'off' });
    expect(saved).toEqual({ ...DEFAULT_SETTINGS, palette: 'high-contrast', badge: 'off' });
    expect(s.data[SETTINGS_KEY]).toEqual(saved);
  });

  it('refuses an invalid patch and writes nothing', async () => {
    const s = fakeSync({ [SETTINGS_KEY]: DEFAULT_SETTINGS });
    const store = createSettingsStore(s.area, s.changed);
    const error = await store.save({ badge: 'loud' as never }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SettingsSaveError);
    expect((error as SettingsSaveError).reason).toBe('invalid');
    expect((error as SettingsSaveError).fields).toEqual(['badge']);
    expect(s.data[SETTINGS_KEY]).toEqual(DEFAULT_SETTINGS);
  });

  it('reports a storage failure instead of dropping it', async () => {
    const s = fakeSync();
    s.area.failNext = new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
    const error = await createSettingsStore(s.area, s.changed).save({ highlights: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SettingsSaveError);
    expect((error as SettingsSaveError).reason).toBe('storage');
    expect((error as Error).message).toMatch(/quota/);
  });

  it('refuses a record that storage.sync could not hold', async () => {
    const s = fakeSync();
    const sites = Array.from({ length: 600 }, (_, i) => `a-rather-long-site-name-${i}.example.org`);
    const error = await createSettingsStore(s.area, s.changed).save({ disabledSites: sites }).catch((e: unknown) => e);
    expect((error as SettingsSaveError).reason).toBe('too-large');
    expect(s.data[SETTINGS_KEY]).toBeUndefined();
  });

  it('watch delivers parsed settings until aborted, and ignores other areas and keys', async () => {
    const s = fakeSync();
    const store = createSettingsStore(s.area, s.changed);
    const seen = vi.fn();
    const controller = new AbortController();
    store.watch(seen, controller.signal);
    await store.save({ badge: 'quotes' });
    for (const l of s.listeners) {
      l({ [SETTINGS_KEY]: { newValue: { badge: 'off' } } }, 'local');
      l({ other: { newValue: 1 } }, 'sync');
      l({ [SETTINGS_KEY]: { newValue: 'garbage' } }, 'sync');
    }
    controller.abort();
    await store.save({ badge: 'all-claims' });
    expect(seen.mock.calls.map(([settings]) => settings.badge)).toEqual(['quotes', DEFAULT_SETTINGS.badge]);
    expect(s.listeners.size).toBe(0);
  });

  it('reset writes the defaults', async () => {
    const s = fakeSync({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, mode: 'on-demand' } });
    expect(await createSettingsStore(s.area, s.changed).reset()).toEqual(DEFAULT_SETTINGS);
    expect(s.data[SETTINGS_KEY]).toEqual(DEFAULT_SETTINGS);
  });
});

describe('settings store inspect', () => {
  it('names the stored fields that fell back', async () => {
    const s = fakeSync({ [SETTINGS_KEY]: { version: 2, badge: 'loud', palette: 'colorblind' } });
    const { settings, invalid } = await createSettingsStore(s.area, s.changed).inspect();
    expect(invalid).toEqual(['badge']);
    expect(settings.palette).toBe('colorblind');
  });
});

describe('settings store upgrade', () => {
  it('rewrites an old record, leaves current, newer and missing ones alone', async () => {
    const old = fakeSync({ [SETTINGS_KEY]: { version: 1, hiddenLabels: ['quote'] } });
    expect(await createSettingsStore(old.area, old.changed).upgrade()).toBe(true);
    expect(old.data[SETTINGS_KEY]).toEqual({ ...DEFAULT_SETTINGS, labels: { ...DEFAULT_SETTINGS.labels, quote: false } });
    const current = fakeSync({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, badge: 'off' } });
    expect(await createSettingsStore(current.area, current.changed).upgrade()).toBe(false);
    const newer = fakeSync({ [SETTINGS_KEY]: { version: 5, futureField: 1 } });
    expect(await createSettingsStore(newer.area, newer.changed).upgrade()).toBe(false);
    expect(newer.data[SETTINGS_KEY]).toEqual({ version: 5, futureField: 1 });
    const none = fakeSync();
    expect(await createSettingsStore(none.area, none.changed).upgrade()).toBe(false);
    expect(none.data[SETTINGS_KEY]).toBeUndefined();
  });
});
