import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OptionsApp } from '../../../src/options/App.tsx';
import type { OptionsApi } from '../../../src/options/api.ts';
import { parseSettings } from '../../../src/settings/parse.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/settings/schema.ts';
import { SettingsSaveError } from '../../../src/settings/storage-core.ts';
import { flush, t } from '../popup/fake-api.ts';

function fakeOptionsApi(stored: unknown = DEFAULT_SETTINGS, opts: { failWith?: Error; confirm?: boolean } = {}) {
  let raw: unknown = stored;
  const downloads: { fileName: string; text: string }[] = [];
  const write = async (next: Settings) => {
    if (opts.failWith) throw opts.failWith;
    raw = next;
    return next;
  };
  const api: OptionsApi = {
    t,
    inspectSettings: async () => parseSettings(raw),
    saveSettings: vi.fn(async (patch: Partial<Settings>) => write({ ...parseSettings(raw).settings, ...patch })),
    replaceSettings: vi.fn(async (s: Settings) => write(s)),
    resetSettings: vi.fn(async () => write(DEFAULT_SETTINGS)),
    watchSettings: () => undefined,
    download: (fileName, text) => downloads.push({ fileName, text }),
    confirm: () => opts.confirm ?? true,
    now: () => new Date('2026-11-29T08:00:00Z'),
  };
  return { api, downloads, get stored() { return parseSettings(raw).settings; } };
}

let host: HTMLElement;
async function mount(fake: ReturnType<typeof fakeOptionsApi>) {
  host = document.createElement('div');
  document.body.append(host);
  render(<OptionsApp api={fake.api} />, host);
  await flush();
  return host;
}
afterEach(() => {
  render(null, host);
  host.remove();
});
const text = (el: Element | null) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const button = (root: Element, pattern: RegExp) => [...root.querySelectorAll('button')].find((b) => pattern.test(b.textContent ?? ''))!;
const radio = (root: Element, name: string, value: string) => root.querySelector(`input[name=${name}][value=${value}]`) as HTMLInputElement;

async function chooseFile(root: Element, content: string) {
  const input = root.querySelector('input[type=file]') as HTMLInputElement;
  Object.defineProperty(input, 'files', { configurable: true, value: [new File([content], 'settings.json', { type: 'application/json' })] });
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await flush();
}

describe('options page', () => {
  it('renders every setting from storage', async () => {
    const root = await mount(fakeOptionsApi({ ...DEFAULT_SETTINGS, mode: 'on-demand', palette: 'colorblind', badge: 'quotes', disabledSites: ['a.example'] }));
    expect(radio(root, 'mode', 'on-demand').checked).toBe(true);
    expect(radio(root, 'palette', 'colorblind').checked).toBe(true);
    expect(radio(root, 'badge', 'quotes').checked).toBe(true);
    expect([...root.querySelectorAll('.site-name')].map(text)).toEqual(['a.example']);
    expect([...root.querySelectorAll('legend')].map(text)).toEqual([
      'When to mark pages',
      'Which kinds of sentence to mark',
      'Colours',
      'What the number on the toolbar button counts',
    ]);
  });

  it('saves each change and says so', async () => {
    const fake = fakeOptionsApi();
    const root = await mount(fake);
    radio(root, 'badge', 'off').click();
    await flush();
    expect(fake.stored.badge).toBe('off');
    expect(text(root.querySelector('[role=status]'))).toBe('Saved');
    (root.querySelectorAll('fieldset')[1]!.querySelectorAll('input')[0] as HTMLInputElement).click();
    await flush();
    expect(fake.stored.labels.quote).toBe(false);
  });

  it('shows a failed save and keeps showing what is stored', async () => {
    const fake = fakeOptionsApi(DEFAULT_SETTINGS, { failWith: new SettingsSaveError('too-large', 'big') });
    const root = await mount(fake);
    radio(root, 'palette', 'high-contrast').click();
    await flush();
    expect(text(root.querySelector('[role=alert].notice'))).toBe("Couldn't save: the settings are too big to sync. Remove some disabled sites and try again.");
    expect(radio(root, 'palette', 'default').checked).toBe(true);
  });

  it('explains stored settings that fell back to defaults', async () => {
    const root = await mount(fakeOptionsApi({ version: 2, badge: 'blinking', palette: 'colorblind' }));
    expect(text(root.querySelector('[role=alert].notice'))).toContain('damaged and are back to their defaults: Toolbar badge. Everything');
    expect(radio(root, 'palette', 'colorblind').checked).toBe(true);
  });

  it('adds and removes sites, refusing what is not a hostname', async () => {
    const fake = fakeOptionsApi();
    const root = await mount(fake);
    const input = root.querySelector('#site-input') as HTMLInputElement;
    const submit = async (value: string) => {
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await flush();
      root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
      await flush();
    };
    await submit('not a site');
    expect(text(root.querySelector('#site-error'))).toContain('is not a website address');
    expect(fake.stored.disabledSites).toEqual([]);
    await submit('https://www.News.example/path');
    expect(fake.stored.disabledSites).toEqual(['www.news.example']);
    expect(root.querySelector('#site-error')).toBeNull();
    await submit('www.news.example');
    expect(text(root.querySelector('#site-error'))).toBe('www.news.example is already on the list.');
    button(root, /^Remove$/).click();
    await flush();
    expect(fake.stored.disabledSites).toEqual([]);
    expect(text(root.querySelector('.empty'))).toContain('None yet');
  });

  it('exports the settings as a dated JSON file', async () => {
    const fake = fakeOptionsApi({ ...DEFAULT_SETTINGS, badge: 'quotes' });
    const root = await mount(fake);
    button(root, /Export settings/).click();
    expect(fake.downloads).toHaveLength(1);
    expect(fake.downloads[0]!.fileName).toBe('says-who-settings-2026-11-29.json');
    expect(JSON.parse(fake.downloads[0]!.text)).toEqual({ ...DEFAULT_SETTINGS, badge: 'quotes' });
  });

  it('imports a good file', async () => {
    const fake = fakeOptionsApi();
    const root = await mount(fake);
    await chooseFile(root, JSON.stringify({ ...DEFAULT_SETTINGS, mode: 'on-demand', disabledSites: ['x.example'] }));
    expect(fake.stored.mode).toBe('on-demand');
    expect(fake.stored.disabledSites).toEqual(['x.example']);
    expect(text(root.querySelector('[role=status]'))).toBe('Imported the settings from the file.');
    expect(radio(root, 'mode', 'on-demand').checked).toBe(true);
  });

  it.each([
    ['{"badge": "off",', "isn't valid JSON"],
    ['{"favourite": "colour"}', "doesn't contain Says Who settings"],
    ['{"version": 2, "badge": "off", "palette": "neon"}', 'invalid values for: Colours.'],
    ['{"version": 9, "badge": "off"}', 'newer version'],
  ])('refuses %s with a clear message and changes nothing', async (content, message) => {
    const before = { ...DEFAULT_SETTINGS, palette: 'colorblind' as const };
    const fake = fakeOptionsApi(before);
    const root = await mount(fake);
    await chooseFile(root, content);
    expect(text(root.querySelector('[role=alert].notice'))).toContain(message);
    expect(text(root.querySelector('[role=alert].notice'))).toContain('Nothing was changed.');
    expect(fake.stored).toEqual(before);
    expect(fake.api.replaceSettings).not.toHaveBeenCalled();
  });

  it('resets only after confirmation', async () => {
    const custom = { ...DEFAULT_SETTINGS, badge: 'off' as const };
    const declined = fakeOptionsApi(custom, { confirm: false });
    let root = await mount(declined);
    button(root, /Reset to defaults/).click();
    await flush();
    expect(declined.stored.badge).toBe('off');
    render(null, host);
    host.remove();
    const accepted = fakeOptionsApi(custom, { confirm: true });
    root = await mount(accepted);
    button(root, /Reset to defaults/).click();
    await flush();
    expect(accepted.stored).toEqual(DEFAULT_SETTINGS);
    expect(radio(root, 'badge', 'unsourced-vague').checked).toBe(true);
  });
});
