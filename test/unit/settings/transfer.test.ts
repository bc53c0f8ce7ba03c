import { describe, expect, it } from 'vitest';
import { exportFileName, exportSettings, importSettings, MAX_IMPORT_BYTES } from '../../../src/settings/transfer.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/settings/schema.ts';

const current: Settings = { ...DEFAULT_SETTINGS, palette: 'colorblind', disabledSites: ['keep.example'] };

describe('settings import and export', () => {
  it('an export imports back to the same settings', () => {
    const custom: Settings = { ...DEFAULT_SETTINGS, mode: 'on-demand', badge: 'off', disabledSites: ['a.example'] };
    const result = importSettings(exportSettings(custom), DEFAULT_SETTINGS);
    expect(result).toEqual({ ok: true, settings: custom, ignored: [] });
  });

  it('names the file by date', () => {
    expect(exportFileName(new Date('2026-11-29T08:00:00Z'))).toBe('says-who-settings-2026-11-29.json');
  });

  it.each([
    ['{ not json', 'bad-json'],
    ['', 'bad-json'],
    ['[1,2,3]', 'wrong-shape'],
    ['"settings"', 'wrong-shape'],
    ['null', 'wrong-shape'],
    ['{"colour": "red"}', 'wrong-shape'],
    ['{"version": 7, "badge": "off"}', 'newer-version'],
    [`{"badge": "off", "pad": "${'x'.repeat(MAX_IMPORT_BYTES)}"}`, 'too-large'],
  ])('refuses %s as %s', (text, reason) => {
    const result = importSettings(text, current);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toBe(reason);
  });

  it('refuses a partly bad file as a whole and names the bad settings', () => {
    const result = importSettings(JSON.stringify({ version: 2, badge: 'off', palette: 'neon', disabledSites: [1] }), current);
    expect(result).toEqual({ ok: false, reason: 'invalid-fields', fields: ['palette', 'disabledSites'] });
  });

  it('a preset with some settings keeps the others, and lists unknown keys', () => {
    const result = importSettings(JSON.stringify({ version: 2, badge: 'quotes', theme: 'dark' }), current);
    expect(result).toEqual({ ok: true, settings: { ...current, badge: 'quotes' }, ignored: ['theme'] });
  });

  it('migrates a v1 file before reading it', () => {
    const result = importSettings(JSON.stringify({ enabled: false, hiddenLabels: ['quote'] }), current);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.settings.highlights).toBe(false);
      expect(result.settings.labels.quote).toBe(false);
      expect(result.settings.palette).toBe('colorblind');
    }
  });
});
