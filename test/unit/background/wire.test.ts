import { describe, expect, it } from 'vitest';
import { wireBackground } from '../../../src/background/wire.ts';
import { tabSummaryKey } from '../../../src/messaging/session-keys.ts';
import { SETTINGS_KEY } from '../../../src/settings/storage-core.ts';
import { DEFAULT_SETTINGS } from '../../../src/settings/schema.ts';
import { makeSummary } from '../messaging/fixtures.ts';
import { fakeBrowser, settle } from './fake-browser.ts';
import { pair } from '../messaging/fake-port.ts';
import { ANALYZE_PORT } from '../../../src/messaging/analysis.ts';

const content = (tabId: number, extra: object = {}) => ({ id: 'own-id', tab: { id: tabId }, frameId: 0, ...extra });

describe('background wiring', () => {
  it('adds every listener synchronously', () => {
    const fake = fakeBrowser();
    const stop = wireBackground(fake.api);
    expect(fake.api.runtime.onMessage.listeners.size).toBe(2);
    expect(fake.api.tabs.onRemoved.listeners.size).toBe(1);
    expect(fake.api.tabs.onUpdated.listeners.size).toBe(1);
    expect(fake.api.commands.onCommand.listeners.size).toBe(1);
    expect(fake.api.runtime.onConnect.listeners.size).toBe(1);
    stop();
    expect(fake.api.runtime.onConnect.listeners.size).toBe(0);
    expect(fake.api.runtime.onMessage.listeners.size).toBe(0);
    expect(fake.api.tabs.onUpdated.listeners.size).toBe(0);
  });

  it('stores a summary by sender tab, paints the badge, and answers the popup', async () => {
    const fake = fakeBrowser();
    wireBackground(fake.api);
    await fake.send({ type: 'page-summary', summary: makeSummary() }, content(3));
    expect(fake.badges.get(3)).toMatchObject({ text: '5', title: 'badgeTitleUnsourcedVague(5)' });
    expect(await fake.send({ type: 'get-tab-summary', tabId: 3 }, { id: 'own-id' })).toEqual({ summary: makeSummary() });
    expect(await fake.send({ type: 'get-tab-summary', tabId: 4 }, { id: 'own-id' })).toEqual({ summary: null });
  });

  it('a restarted worker still has the state (it lives in storage.session)', async () => {
    const fake = fakeBrowser();
    const stop = wireBackground(fake.api);
    await fake.send({ type: 'page-summary', summary: makeSummary() }, content(3));
    stop();
    wireBackground(fake.api);
    expect(await fake.send({ type: 'get-tab-summary', tabId: 3 }, { id: 'own-id' })).toEqual({ summary: makeSummary() });
  });

  it('ignores foreign senders, iframes, prerendered pages and malformed messages', async () => {
    const fake = fakeBrowser();
    wireBackground(fake.api);
    await fake.send({ type: 'page-summary', summary: makeSummary() }, { id: 'evil', tab: { id: 3 }, frameId: 0 });
    await fake.send({ type: 'page-summary', summary: makeSummary() }, content(3, { frameId: 2 }));
    await fake.send({ type: 'page-summary', summary: makeSummary() }, content(3, { documentLifecycle: 'prerender' }));
    await fake.send({ type: 'page-summary', summary: { url: 5 } }, content(3));
    await fake.send('page-summary', content(3));
    await fake.send(null, content(3));
    expect(fake.api.storage.session.data).toEqual({});
    expect(await fake.send({ type: 'get-tab-summary', tabId: 3 }, { id: 'evil' })).toBeUndefined();
  });

  it('clears the tab on page-cleared, on navigation and on close', async () => {
    const fake = fakeBrowser();
    wireBackground(fake.api);
    const key = tabSummaryKey(3);
    await fake.send({ type: 'page-summary', summary: makeSummary() }, content(3));
    await fake.send({ type: 'page-cleared' }, content(3));
    expect(fake.api.storage.session.data[key]).toBeUndefined();
    expect(fake.badges.get(3)?.text).toBe('');

    await fake.send({ type: 'page-summary', summary: makeSummary() }, content(3));
    fake.api.tabs.onUpdated.fire(3, { status: 'loading' });
    await settle();
    expect(fake.api.storage.session.data[key]).toBeUndefined();
    expect(fake.badges.get(3)?.text).toBe('');

    await fake.send({ type: 'page-summary', summary: makeSummary() }, content(3));
    fake.api.tabs.onRemoved.fire(3);
    await settle();
    expect(fake.api.storage.session.data[key]).toBeUndefined();
  });

  it('a badge-less page (no article) clears the badge', async () => {
    const fake = fakeBrowser();
    wireBackground(fake.api);
    await fake.send({ type: 'page-summary', summary: makeSummary() }, content(3));
    await fake.send({ type: 'page-summary', summary: makeSummary({ status: 'no-article' }) }, content(3));
    expect(fake.badges.get(3)?.text).toBe('');
  });

  it('asks a live content script again on complete when nothing is stored (back/forward cache)', async () => {
    const fake = fakeBrowser();
    wireBackground(fake.api);
    fake.tabReplies.set(3, { summary: makeSummary() });
    fake.api.tabs.onUpdated.fire(3, { status: 'complete' });
    fake.api.tabs.onUpdated.fire(9, { status: 'complete' }); // no content script: must not throw
    await settle();
    expect(fake.api.storage.session.data[tabSummaryKey(3)]).toEqual(makeSummary());
    expect(fake.api.storage.session.data[tabSummaryKey(9)]).toBeUndefined();
  });

  it('repaints every badge when the badge setting changes', async () => {
    const fake = fakeBrowser();
    wireBackground(fake.api);
    await fake.send({ type: 'page-summary', summary: makeSummary() }, content(3));
    await fake.send({ type: 'page-summary', summary: makeSummary({ counts: { quote: 1, attributed: 0, vague: 0, unsourced: 0, other: 0 } }) }, content(4));
    await fake.api.storage.sync.set({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, badge: 'quotes' } });
    await settle();
    expect(fake.badges.get(3)?.text).toBe('3');
    expect(fake.badges.get(4)?.text).toBe('1');
    await fake.api.storage.sync.set({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, badge: 'off' } });
    await settle();
    expect(fake.badges.get(3)?.text).toBe('');
  });

  it('rewrites v1 settings in the current shape after an update', async () => {
    const fake = fakeBrowser();
    wireBackground(fake.api);
    fake.api.storage.sync.data[SETTINGS_KEY] = { enabled: false, blockedSites: ['a.example'] };
    fake.api.runtime.onInstalled.fire({ reason: 'update' });
    await settle();
    expect(fake.api.storage.sync.data[SETTINGS_KEY]).toEqual({ ...DEFAULT_SETTINGS, highlights: false, disabledSites: ['a.example'] });
  });

  it('routes commands to the tab they came with, else the active tab, and survives a tab without receiver', async () => {
    const fake = fakeBrowser();
    wireBackground(fake.api);
    fake.api.commands.onCommand.fire('next-claim', { id: 5 });
    fake.api.commands.onCommand.fire('toggle-marks');
    fake.api.commands.onCommand.fire('unknown-command');
    fake.setActiveTab(undefined);
    fake.api.commands.onCommand.fire('previous-claim');
    await settle();
    expect(fake.sentToTabs).toEqual([
      { tabId: 5, message: { type: 'step-claim', direction: 'next' } },
      { tabId: 7, message: { type: 'toggle-marks' } },
    ]);
  });

  it.each([
    ['an enabled site, early', {}, 'https://news.example/a', true, 'done'],
    ['a disabled site, early', { disabledSites: ['news.example'] }, 'https://news.example/a', true, 'skipped'],
    ['a subdomain of a disabled site, asked after the settings', { disabledSites: ['example'] }, 'https://news.example/a', false, 'skipped'],
    ['on-demand mode, early', { mode: 'on-demand' }, 'https://news.example/a', true, 'skipped'],
    ['on-demand mode, asked after the settings', { mode: 'on-demand' }, 'https://news.example/a', false, 'done'],
  ])('the analysis port, %s: %s', async (_what, stored, url, early, expected) => {
    const fake = fakeBrowser();
    await fake.api.storage.sync.set({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, ...stored } });
    wireBackground(fake.api);
    const [content, background] = pair(ANALYZE_PORT, { id: 'own-id', url, tab: { id: 3 } });
    const replies: { type: string }[] = [];
    content.onMessage.addListener((m) => replies.push(m as { type: string }));
    fake.api.runtime.onConnect.fire(background);
    content.postMessage({ type: 'run', blocks: [{ kind: 'paragraph', text: 'Critics say the plan failed.' }], early });
    for (let i = 0; i < 50 && !replies.some((r) => r.type === 'done' || r.type === 'skipped'); i++) await new Promise((r) => setTimeout(r, 5));
    expect(replies.at(-1)?.type).toBe(expected);
  });

  it('the analysis port follows a settings change made after an earlier analysis', async () => {
    const fake = fakeBrowser();
    wireBackground(fake.api);
    const ask = async (): Promise<string | undefined> => {
      const [content, background] = pair(ANALYZE_PORT, { id: 'own-id', url: 'https://news.example/a', tab: { id: 3 } });
      const replies: { type: string }[] = [];
      content.onMessage.addListener((m) => replies.push(m as { type: string }));
      fake.api.runtime.onConnect.fire(background);
      content.postMessage({ type: 'run', blocks: [{ kind: 'paragraph', text: 'Critics say the plan failed.' }], early: true });
      for (let i = 0; i < 50 && !replies.some((r) => r.type === 'done' || r.type === 'skipped'); i++) await new Promise((r) => setTimeout(r, 5));
      return replies.at(-1)?.type;
    };
    expect(await ask()).toBe('done');
    await fake.api.storage.sync.set({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, disabledSites: ['news.example'] } });
    expect(await ask()).toBe('skipped');
  });
});
