/**
 * Storage faults around a write: whatever fails, the user's other settings must survive. A save
 * is a read-modify-write; if the read fails (sync storage briefly unavailable) and the write
 * then succeeds, writing defaults-plus-the-change would silently wipe every other setting.
 * Every write path (save, replace, reset, upgrade) must also reject on a failed set.
 */
import { describe, expect, it } from 'vitest';
import { createSettingsStore, SETTINGS_KEY, SettingsSaveError, type ChangeListener } from '../../../src/settings/storage-core.ts';
import { DEFAULT_SETTINGS } from '../../../src/settings/schema.ts';

const STORED = { ...DEFAULT_SETTINGS, mode: 'on-demand' as const, palette: 'colorblind' as const, disabledSites: ['kept.example'] };

function area(opts: { failGets?: number; failSets?: boolean; stored?: unknown } = {}) {
  const data: Record<string, unknown> = { [SETTINGS_KEY]: structuredClone(opts.stored ?? STORED) };
  let failGets = opts.failGets ?? 0;
  const a = {
    async get(key: string) {
      if (failGets > 0) {
        failGets--;
        throw new Error('sync storage unavailable');
      }
      return key in data ? { [key]: structuredClone(data[key]) } : {};
    },
    async set(items: Record<string, unknown>) {
      if (opts.failSets) throw new Error('QUOTA_BYTES quota exceeded');
      Object.assign(data, structuredClone(items));
    },
  };
  const changed = { addListener: (_l: ChangeListener) => undefined, removeListener: (_l: ChangeListener) => undefined };
  return { data, store: createSettingsStore(a, changed) };
}

describe('settings store under storage faults', () => {
  it('a save whose read fails does not overwrite the other stored settings with defaults', async () => {
    const s = area({ failGets: 1 });
    const result = await s.store.save({ badge: 'off' }).catch((e: unknown) => e);
    const stored = s.data[SETTINGS_KEY] as typeof STORED;
    // Either the save is refused (and reported), or it kept everything else: never a silent wipe.
    if (result instanceof SettingsSaveError) expect(stored).toEqual(STORED);
    else expect(stored).toEqual({ ...STORED, badge: 'off' });
  });

  it.each([
    ['save', (st: ReturnType<typeof area>['store']) => st.save({ highlights: false })],
    ['replace', (st: ReturnType<typeof area>['store']) => st.replace({ ...DEFAULT_SETTINGS, badge: 'quotes' })],
    ['reset', (st: ReturnType<typeof area>['store']) => st.reset()],
  ])('%s rejects with a storage SettingsSaveError when set fails, and nothing changes', async (_name, write) => {
    const s = area({ failSets: true });
    const error = await write(s.store).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SettingsSaveError);
    expect((error as SettingsSaveError).reason).toBe('storage');
    expect(s.data[SETTINGS_KEY]).toEqual(STORED);
  });

  it('upgrade of an old record reports a failed write instead of claiming success', async () => {
    const s = area({ failSets: true, stored: { enabled: false, blockedSites: ['old.example'] } });
    const error = await s.store.upgrade().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SettingsSaveError);
    expect(s.data[SETTINGS_KEY]).toEqual({ enabled: false, blockedSites: ['old.example'] });
  });
});
