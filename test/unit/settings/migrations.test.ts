import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate, storedVersion } from '../../../src/settings/migrations.ts';
import { parseSettings } from '../../../src/settings/parse.ts';
import { DEFAULT_SETTINGS, SETTINGS_VERSION } from '../../../src/settings/schema.ts';

describe('migration steps', () => {
  it('has one step for every version below the current one', () => {
    for (let v = 1; v < SETTINGS_VERSION; v++) expect(MIGRATIONS[v], `step from v${v}`).toBeTypeOf('function');
    expect(MIGRATIONS[SETTINGS_VERSION]).toBeUndefined();
  });

  it('v1 -> v2 renames enabled, hiddenLabels and blockedSites', () => {
    const out = MIGRATIONS[1]!({ version: 1, enabled: false, hiddenLabels: ['vague', 'nonsense', 3], blockedSites: ['a.com'], palette: 'colorblind' });
    expect(out).toEqual({
      version: 2,
      highlights: false,
      labels: { quote: true, attributed: true, vague: false, unsourced: true },
      disabledSites: ['a.com'],
      palette: 'colorblind',
    });
  });

  it('v1 -> v2 keeps a v2 field that is already there instead of the old one', () => {
    const out = MIGRATIONS[1]!({ enabled: false, highlights: true, blockedSites: ['old.com'], disabledSites: ['new.com'] });
    expect(out.highlights).toBe(true);
    expect(out.disabledSites).toEqual(['new.com']);
    expect(out).not.toHaveProperty('enabled');
    expect(out).not.toHaveProperty('blockedSites');
  });

  it('v1 -> v2 does not throw on garbage in the old fields', () => {
    const out = MIGRATIONS[1]!({ hiddenLabels: 'vague', enabled: 'yes' });
    expect(out.version).toBe(2);
    expect(out.highlights).toBe('yes'); // left for the field parse to reject
    expect(out).not.toHaveProperty('labels');
  });

  it.each([
    [{}, 1],
    [{ version: 2 }, 2],
    [{ version: 0 }, 1],
    [{ version: -3 }, 1],
    [{ version: 1.5 }, 1],
    [{ version: '2' }, 1],
    [{ version: 99 }, 99],
  ])('storedVersion(%j) = %i', (record, expected) => {
    expect(storedVersion(record)).toBe(expected);
  });

  it('migrate leaves a current record alone and a future one untouched', () => {
    const current = { ...DEFAULT_SETTINGS };
    expect(migrate(current)).toEqual(current);
    const future = { version: 99, enabled: true };
    expect(migrate(future)).toBe(future);
  });

  it('a whole v1 record comes out as valid current settings', () => {
    const { settings, invalid } = parseSettings({ enabled: false, hiddenLabels: ['unsourced'], blockedSites: ['Example.com'] });
    expect(invalid).toEqual([]);
    expect(settings).toEqual({
      ...DEFAULT_SETTINGS,
      highlights: false,
      labels: { ...DEFAULT_SETTINGS.labels, unsourced: false },
      disabledSites: ['example.com'],
    });
  });
});
