/**
 * A failed write must be reported, never silently dropped: the options page runs here on the
 * REAL settings store (createSettingsStore) over a storage area whose writes fail, the way
 * storage.sync fails when its quota is used up or sync is broken. Every way of writing (a
 * setting, a site, an import, a reset) must show an alert and leave the page showing what is
 * really stored. (test/dom/options fakes the store itself; this proves the whole path.)
 */
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { OptionsApp } from '../../../src/options/App.tsx';
import type { OptionsApi } from '../../../src/options/api.ts';
import { createSettingsStore, SETTINGS_KEY, type ChangeListener } from '../../../src/settings/storage-core.ts';
import { DEFAULT_SETTINGS } from '../../../src/settings/schema.ts';
import { flush, t } from '../popup/fake-api.ts';

const STORED = { ...DEFAULT_SETTINGS, palette: 'colorblind' as const, disabledSites: ['kept.example'] };

/** A sync area holding `STORED` whose set() always rejects with a quota error. */
function brokenSync() {
  const data: Record<string, unknown> = { [SETTINGS_KEY]: structuredClone(STORED) };
  const listeners = new Set<ChangeListener>();
  let attempts = 0;
  const area = {
    get: async (key: string) => (key in data ? { [key]: structuredClone(data[key]) } : {}),
    set: async () => {
      attempts++;
      throw new Error('QUOTA_BYTES quota exceeded');
    },
  };
  const changed = { addListener: (l: ChangeListener) => listeners.add(l), removeListener: (l: ChangeListener) => listeners.delete(l) };
  const store = createSettingsStore(area, changed);
  const api: OptionsApi = {
    t,
    inspectSettings: () => store.inspect(),
    saveSettings: (patch) => store.save(patch),
    replaceSettings: (s) => store.replace(s),
    resetSettings: () => store.reset(),
    watchSettings: (onChange, signal) => store.watch(onChange, signal),
    download: () => undefined,
    confirm: () => true,
    now: () => new Date('2026-11-29T08:00:00Z'),
  };
  return { api, data, attempts: () => attempts };
}

let host: HTMLElement;
async function mount(api: OptionsApi): Promise<HTMLElement> {
  host = document.createElement('div');
  document.body.append(host);
  render(<OptionsApp api={api} />, host);
  await flush();
  return host;
}
afterEach(() => {
  render(null, host);
  host.remove();
});
const alertText = (root: Element) => root.querySelector('[role=alert]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const radio = (root: Element, name: string, value: string) => root.querySelector(`input[name=${name}][value=${value}]`) as HTMLInputElement;

describe('options page over a storage that refuses writes', () => {
  it('changing a setting shows the failure and keeps showing the stored value', async () => {
    const sync = brokenSync();
    const root = await mount(sync.api);
    expect(radio(root, 'palette', 'colorblind').checked).toBe(true);
    radio(root, 'palette', 'high-contrast').click();
    await flush();
    expect(sync.attempts()).toBe(1);
    expect(alertText(root)).toMatch(/^Couldn't save the setting: .*quota/);
    expect(radio(root, 'palette', 'colorblind').checked).toBe(true);
    expect(sync.data[SETTINGS_KEY]).toEqual(STORED);
  });

  it('importing a file and resetting show the failure too, and change nothing', async () => {
    const sync = brokenSync();
    const root = await mount(sync.api);
    const input = root.querySelector('input[type=file]') as HTMLInputElement;
    Object.defineProperty(input, 'files', { configurable: true, value: [new File([JSON.stringify({ ...DEFAULT_SETTINGS, badge: 'off' })], 's.json')] });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await flush();
    expect(alertText(root)).toMatch(/Couldn't|quota/);
    expect(radio(root, 'badge', 'off').checked).toBe(false);
    const reset = [...root.querySelectorAll('button')].find((b) => /Reset to defaults/.test(b.textContent ?? ''))!;
    reset.click();
    await flush();
    expect(alertText(root)).toMatch(/Couldn't|quota/);
    expect(radio(root, 'palette', 'colorblind').checked).toBe(true);
    expect(sync.attempts()).toBe(2);
    expect(sync.data[SETTINGS_KEY]).toEqual(STORED);
  });
});
