/**
 * Lifecycle faults in headless Chromium with the built extension: the extension disabled and
 * re-enabled (as an update does) while a page is open (the orphaned content script stops and takes
 * its marks with it; Chrome does not re-inject into open tabs, so a reload of the page brings
 * exactly one new instance: no duplicate marks), a second instance of the content script arriving in a live page (the older
 * one yields: one set of marks, one card host), the service worker stopped mid-session while the
 * page keeps changing (the page's next report wakes a fresh worker and the popup shows the new
 * counts), and two tabs at once keep separate results in the popup.
 * (popup.test.ts already covers a popup opened after a plain worker restart.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { DIST_CHROME, evaluateInContentScript, type ChromiumRun, type StaticServer } from './harness/index.ts';
import { useChromium } from './harness/suite.ts';
import { markSizes, popupCounts, storedSummary, until } from './popup-probes.ts';
import { waitForMarks } from './marks-probes.ts';

let server: StaticServer;
let chrome: ChromiumRun;
useChromium((s, c) => {
  server = s;
  chrome = c;
});

const SEED = '/shared/examples/seed-article.html';
const OTHER = '/fixtures/hostile-csp.html';
const total = (m: Record<string, number>) => Object.values(m).reduce((a, b) => a + b, 0);
/** How many of our card hosts and stylesheets are in the page (one instance = at most one each). */
const traces = (page: Page) => page.evaluate(() => ({
  cards: document.querySelectorAll('says-who-card').length,
  quotations: CSS.highlights.get('says-who-quotation')?.size ?? 0,
}));

async function ready(url: string): Promise<{ page: Page; tabId: number; sizes: Record<string, number> }> {
  const page = await chrome.newPage(server.origin + url);
  await waitForMarks(page);
  const tabId = await chrome.tabIdFor(page);
  await until(() => storedSummary(chrome, tabId), (s) => s?.status === 'ready', 20_000);
  return { page, tabId, sizes: await until(() => markSizes(page), (m) => total(m) > 0) };
}

describe('lifecycle', () => {
  test('Chromium: a second content-script instance in a live page supersedes the first: same marks, no duplicates', async () => {
    const { page, sizes } = await ready(SEED);
    const before = await traces(page);
    // Run the built content script again in the extension's own isolated world, as an update would.
    const code = readFileSync(join(DIST_CHROME, 'extension/content.js'), 'utf8');
    const starts = await page.evaluate(() => performance.getEntriesByName('says-who:start').length);
    await evaluateInContentScript(chrome, page, code, 'extension/content.js');
    await until(() => page.evaluate(() => performance.getEntriesByName('says-who:start').length), (n) => n === starts + 1);
    await until(() => page.evaluate(() => performance.getEntriesByName('says-who:marks-painted').length), (n) => n >= 2, 15_000);
    await page.waitForTimeout(1500);
    expect(await markSizes(page)).toEqual(sizes);
    const after = await traces(page);
    expect(after.quotations).toBe(before.quotations);
    expect(after.cards).toBeLessThanOrEqual(1);
    // Both instances use the same names, so sizes alone cannot tell. Wipe the registry: a live old
    // instance would put back its own Highlight objects on its tick and the two would alternate.
    await page.evaluate(() => CSS.highlights.clear());
    await page.waitForTimeout(2500);
    const distinct = await page.evaluate(async () => {
      const seen = new Set<unknown>();
      for (let i = 0; i < 30; i++) {
        seen.add(CSS.highlights.get('says-who-quote'));
        await new Promise((r) => setTimeout(r, 100));
      }
      return seen.size;
    });
    expect(distinct).toBe(1);
    expect(await markSizes(page)).toEqual(sizes);
    expect(chrome.extensionErrors()).toEqual([]);
    expect(chrome.extensionConsole()).toEqual([]);
    await page.close();
  });

  test('Chromium: extension disabled and re-enabled (an update) with a page open: the orphan stops, a page reload brings one instance', async () => {
    // chrome.runtime.reload() leaves an unpacked extension unloaded in headless Chromium 156; the
    // management API of chrome://extensions disables and re-enables it, which is what an update does.
    const { page, sizes } = await ready(SEED);
    const oldWorker = chrome.worker;
    const admin = await chrome.context.newPage();
    await admin.goto('chrome://extensions');
    const setEnabled = (on: boolean) => admin.evaluate(
      ([id, enabled]) => (globalThis as unknown as { chrome: { management: { setEnabled(i: string, e: boolean): Promise<void> } } }).chrome.management.setEnabled(id, enabled),
      [chrome.extensionId, on] as const,
    );
    await setEnabled(false);
    // The old content script notices its context is gone (slow tick) and removes everything it drew.
    const orphaned = await until(() => markSizes(page), (m) => total(m) === 0, 10_000);
    expect(total(orphaned)).toBe(0);
    expect((await traces(page)).cards).toBe(0);
    await setEnabled(true);
    await until(async () => chrome.worker !== oldWorker, (changed) => changed, 20_000);
    await admin.close();
    // Chrome does not inject into tabs that were open before: the page's own reload does, once.
    await page.waitForTimeout(1500);
    expect(total(await markSizes(page))).toBe(0);
    await page.reload({ waitUntil: 'load' });
    await waitForMarks(page);
    await page.waitForTimeout(1500);
    expect(await markSizes(page)).toEqual(sizes);
    expect(await page.evaluate(() => performance.getEntriesByName('says-who:start').length)).toBe(1);
    expect((await traces(page)).cards).toBeLessThanOrEqual(1);
    const tabId = await chrome.tabIdFor(page);
    await until(() => storedSummary(chrome, tabId), (s) => s?.status === 'ready', 20_000);
    expect(chrome.extensionErrors()).toEqual([]);
    expect(chrome.extensionConsole()).toEqual([]);
    await page.close();
  });

  test('Chromium: service worker stopped mid-session, the page changes: a fresh worker gets the new counts for the popup', async () => {
    const { page, tabId } = await ready(SEED);
    const before = await storedSummary(chrome, tabId);
    await chrome.worker.evaluate('self.__beforeStop = true');
    const cdp = await chrome.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = '“We will rebuild every bridge within a year,” said Olena Marchenko, the regional governor.';
      const article = document.querySelector('article') ?? document.body;
      article.appendChild(p);
    });
    const popup = await chrome.context.newPage();
    await popup.goto(chrome.popupUrl(tabId));
    const shown = await until(() => popupCounts(popup), (c) => c.quote === before!.counts.quote! + 1, 20_000);
    expect(shown.quote).toBe(before!.counts.quote! + 1);
    expect(await chrome.worker.evaluate('self.__beforeStop === true')).toBe(false);
    await cdp.detach();
    await popup.close();
    await page.close();
  });

  test('Chromium: two tabs at once keep separate results in the popup', async () => {
    const a = await ready(SEED);
    const b = await ready(OTHER);
    const sa = (await storedSummary(chrome, a.tabId))!.counts;
    const sb = (await storedSummary(chrome, b.tabId))!.counts;
    expect(sa).not.toEqual(sb);
    for (const [tab, counts, page] of [[a.tabId, sa, a.page], [b.tabId, sb, b.page]] as const) {
      const popup = await chrome.context.newPage();
      await popup.goto(chrome.popupUrl(tab));
      const shown = await popupCounts(popup);
      expect(shown).toEqual({ quote: counts.quote, attributed: counts.attributed, vague: counts.vague, unsourced: counts.unsourced });
      const sizes = await markSizes(page);
      expect(sizes).toEqual({ quote: counts.quote, attributed: counts.attributed, vague: counts.vague, unsourced: counts.unsourced });
      await popup.close();
    }
    expect(chrome.extensionErrors()).toEqual([]);
    await a.page.close();
    await b.page.close();
  });
});
