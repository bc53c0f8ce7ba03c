import { describe, expect, it } from 'vitest';
import { parseSettings } from '../../../src/settings/parse.ts';
import { DEFAULT_SETTINGS, MAX_DISABLED_SITES, SETTINGS_VERSION } from '../../../src/settings/schema.ts';

describe('parseSettings', () => {
  it.each([undefined, null, 42, 'settings', [], [1, 2]])('turns %j into the defaults', (raw) => {
    expect(parseSettings(raw)).toEqual({ settings: DEFAULT_SETTINGS, invalid: [] });
  });

  it('keeps good fields and defaults only the corrupted ones', () => {
    const { settings, invalid } = parseSettings({
      version: SETTINGS_VERSION,
      mode: 'on-demand',
      highlights: 'maybe',
      palette: 'rainbow',
      badge: 'quotes',
      disabledSites: ['news.example'],
    });
    expect(settings.mode).toBe('on-demand');
    expect(settings.badge).toBe('quotes');
    expect(settings.disabledSites).toEqual(['news.example']);
    expect(settings.highlights).toBe(DEFAULT_SETTINGS.highlights);
    expect(settings.palette).toBe(DEFAULT_SETTINGS.palette);
    expect(invalid.sort()).toEqual(['highlights', 'palette']);
  });

  it('a partial record fills the rest with defaults and reports nothing', () => {
    const { settings, invalid } = parseSettings({ version: 2, badge: 'off' });
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, badge: 'off' });
    expect(invalid).toEqual([]);
  });

  it('salvages the good label flags of a hand-edited labels map', () => {
    const { settings, invalid } = parseSettings({ version: 2, labels: { quote: false, vague: 'no', extra: true } });
    expect(settings.labels).toEqual({ quote: false, attributed: true, vague: true, unsourced: true });
    expect(invalid).toEqual(['labels']);
  });

  it('salvages usable sites, normalised and once each, and drops the rest', () => {
    const long = `${'a'.repeat(300)}.com`;
    const { settings, invalid } = parseSettings({ version: 2, disabledSites: ['HTTPS://www.Example.com/x', 'www.example.com', 7, long, '', 'not a host!'] });
    expect(settings.disabledSites).toEqual(['www.example.com']);
    expect(invalid).toEqual(['disabledSites']);
  });

  it('caps an oversized site list', () => {
    const many = Array.from({ length: MAX_DISABLED_SITES + 50 }, (_, i) => `site${i}.example`);
    const { settings, invalid } = parseSettings({ version: 2, disabledSites: many });
    expect(settings.disabledSites).toHaveLength(MAX_DISABLED_SITES);
    expect(invalid).toEqual(['disabledSites']);
  });

  it('a non-array site list or non-object labels fall back to defaults', () => {
    const { settings, invalid } = parseSettings({ version: 2, disabledSites: 'a.com', labels: [true] });
    expect(settings.disabledSites).toEqual([]);
    expect(settings.labels).toEqual(DEFAULT_SETTINGS.labels);
    expect(invalid.sort()).toEqual(['disabledSites', 'labels']);
  });

  it('always returns the current version and never shares the defaults object', () => {
    const a = parseSettings({ version: 99 }).settings;
    expect(a.version).toBe(SETTINGS_VERSION);
    a.disabledSites.push('x.com');
    expect(DEFAULT_SETTINGS.disabledSites).toEqual([]);
  });
});
