/**
 * The popup against the real extension in headless Chromium, opened as a page for the seed
 * article's tab (`?tab=ID`): its counts equal the CLI's, Zelensky leads the speakers, a chosen
 * claim is scrolled into view, toggles and filters change the marks at once, "don't run on this
 * site" survives a reload and a browser restart, and the badge follows the page.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, removeProfile, SHARED_DIR, startServer, type ChromiumRun, type StaticServer } from './harness/index.ts';
import { badgeText, cliCounts, markSizes, popupCounts, storedSummary, textInView, until } from './popup-probes.ts';

let server: StaticServer;
let chrome: ChromiumRun;
let profileDir = '';
let seedUrl = '';
let cached: Promise<Record<string, number>> | null = null;
/** The CLI's counts for the seed page (run once, when a test needs them). */
const cli = () => (cached ??= cliCounts(`${SHARED_DIR}/examples/seed-article.html`));

beforeAll(async () => {
  server = await startServer();
  seedUrl = `${server.origin}/shared/examples/seed-article.html`;
  chrome = await launchChromium({ keepProfile: true });
  profileDir = chrome.profileDir;
});
afterAll(async () => {
  await chrome?.close();
  if (profileDir) await removeProfile(profileDir);
  await server?.close();
});

/** Opens the seed page, waits until the background has its summary, and opens the popup for it. */
async function seedWithPopup(): Promise<{ page: Page; tabId: number; popup: Page }> {
  const page = await chrome.newPage(seedUrl);
  const tabId = await chrome.tabIdFor(page);
  await until(() => storedSummary(chrome, tabId), (s) => s?.status === 'ready', 20_000);
  const popup = await chrome.context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(chrome.popupUrl(tabId));
  return { page, tabId, popup };
}

const total = (m: Record<string, number>) => Object.values(m).reduce((a, b) => a + b, 0);

describe('popup', () => {
  test("Chromium: the popup's counts equal the CLI's and Zelensky is quoted most", async () => {
    const expected = await cli();
    const { page, popup } = await seedWithPopup();
    const shown = await popupCounts(popup);
    expect(shown).toEqual({ quote: expected.quote, attributed: expected.attributed, vague: expected.vague, unsourced: expected.unsourced });
    const speakers = await popup.$$eval('.speaker-name', (els) => els.map((e) => e.textContent));
    expect(speakers[0]).toBe('Volodymyr Zelensky');
    const sourcing = await popup.textContent('.sourcing');
    expect(sourcing).toMatch(new RegExp(`^\\d+ of ${expected.quote! + expected.attributed! + expected.vague! + expected.unsourced!} claims name a source; ${expected.vague} rely on vague sources; \\d+ have none\\.$`));
    expect(await popup.getAttribute('svg.chart', 'aria-label')).toContain(`Quotations ${expected.quote}`);
    expect(chrome.extensionErrors()).toEqual([]);
    await popup.close();
    await page.close();
  });

  test('Chromium: choosing a claim scrolls the page so that it is in view', async () => {
    const { page, popup } = await seedWithPopup();
    await page.evaluate(() => window.scrollTo(0, 0));
    // The last listed unsourced claim is far down the article.
    const claim = popup.locator('details.claim-group:has(.swatch-unsourced) .claim').last();
    const snippet = (await claim.locator('.claim-snippet').textContent())!.replace(/…$/, '').slice(0, 40);
    const before = await textInView(page, snippet);
    expect(before.found).toBe(true);
    expect(before.top).toBeGreaterThan(before.height); // below the fold at first
    await claim.click();
    await page.bringToFront();
    const after = await until(() => textInView(page, snippet), (r) => r.top >= 0 && r.bottom <= r.height);
    expect(after.found).toBe(true);
    await popup.close();
    await page.close();
  });

  test('Chromium: the highlights switch and the label filters change the marks at once', async () => {
    const { page, popup } = await seedWithPopup();
    const initial = await until(() => markSizes(page), (m) => total(m) > 0);
    expect(initial.vague).toBeGreaterThan(0);
    await popup.click('input[role=switch]');
    await until(() => markSizes(page), (m) => total(m) === 0, 5_000);
    await popup.click('input[role=switch]');
    await until(() => markSizes(page), (m) => total(m) === total(initial), 5_000);
    await popup.locator('.label-row', { hasText: 'Vague sources' }).locator('input').click();
    const filtered = await until(() => markSizes(page), (m) => m.vague === 0, 5_000);
    expect(filtered.quote).toBe(initial.quote);
    await popup.locator('.label-row', { hasText: 'Vague sources' }).locator('input').click();
    await until(() => markSizes(page), (m) => m.vague === initial.vague, 5_000);
    await popup.close();
    await page.close();
  });

  test('Chromium: the badge shows the configured count and clears on a page with no article', async () => {
    const expected = await cli();
    const { page, tabId, popup } = await seedWithPopup();
    await popup.close();
    expect(await until(() => badgeText(chrome, tabId), (t) => t !== '')).toBe(String(expected.vague! + expected.unsourced!));
    await chrome.worker.evaluate(`chrome.storage.sync.get('settings').then((r) => chrome.storage.sync.set({ settings: { ...(r.settings ?? { version: 2 }), badge: 'quotes' } }))`);
    expect(await until(() => badgeText(chrome, tabId), (t) => t === String(expected.quote))).toBe(String(expected.quote));
    await chrome.worker.evaluate(`chrome.storage.sync.get('settings').then((r) => chrome.storage.sync.set({ settings: { ...r.settings, badge: 'unsourced-vague' } }))`);
    await page.goto(`${server.origin}/fixtures/popup-no-article.html`, { waitUntil: 'load' });
    expect(await until(() => badgeText(chrome, tabId), (t) => t === '')).toBe('');
    const again = await chrome.context.newPage();
    await again.goto(chrome.popupUrl(tabId));
    await again.waitForSelector('.state h2');
    expect(await until(() => again.textContent('.state h2'), (t) => t === 'No article on this page')).toBe('No article on this page');
    await again.close();
    await page.close();
  });

  test('Chromium: the popup is labelled for screen readers and works from the keyboard', async () => {
    const { page, popup } = await seedWithPopup();
    await popup.waitForSelector('.label-row');
    const tree = await popup.locator('body').ariaSnapshot();
    expect(tree).toMatch(/img "Claims by kind: Quotations \d+, Named sources \d+, Vague sources \d+, Unsourced \d+"/);
    expect(tree).toContain('switch "Show marks"');
    expect(tree).toMatch(/checkbox "Quotations \d+"/);
    expect(tree).toMatch(/button "Volodymyr Zelensky, \d+ quotations: go to the next one"/);
    expect(tree).toContain('button "Copy report"');
    // Tab to the first vague claim and press Enter: the page scrolls to it.
    await page.evaluate(() => window.scrollTo(0, 0));
    const target = popup.locator('details.claim-group:has(.swatch-vague) .claim').first();
    const snippet = (await target.locator('.claim-snippet').textContent())!.replace(/…$/, '').slice(0, 40);
    let reached = false;
    for (let i = 0; i < 60 && !reached; i++) {
      await popup.keyboard.press('Tab');
      reached = await target.evaluate((el) => el === document.activeElement);
    }
    expect(reached).toBe(true);
    await popup.keyboard.press('Enter');
    await page.bringToFront();
    const seen = await until(() => textInView(page, snippet), (r) => r.top >= 0 && r.bottom <= r.height);
    expect(seen.found).toBe(true);
    await popup.close();
    await page.close();
  });

  test('Chromium: a stopped and restarted service worker still has the tab (storage.session)', async () => {
    const { page, tabId, popup } = await seedWithPopup();
    await popup.close();
    const before = await storedSummary(chrome, tabId);
    await chrome.worker.evaluate('self.__beforeStop = true');
    const cdp = await chrome.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    // Opening the popup sends get-tab-summary, which wakes a fresh worker that reads storage.session.
    const again = await chrome.context.newPage();
    await again.goto(chrome.popupUrl(tabId));
    const shown = await popupCounts(again);
    expect(shown).toEqual({ quote: before!.counts.quote, attributed: before!.counts.attributed, vague: before!.counts.vague, unsourced: before!.counts.unsourced });
    // It really was a new worker: the old one's globals are gone.
    expect(await chrome.worker.evaluate('self.__beforeStop === true')).toBe(false);
    await cdp.detach();
    await again.close();
    await page.close();
  });

  test('Chromium: a page the extension cannot read gets its own message', async () => {
    const page = await chrome.context.newPage();
    await page.goto('chrome://version');
    const tabId = await chrome.tabIdFor(page);
    const popup = await chrome.context.newPage();
    await popup.goto(chrome.popupUrl(tabId));
    expect(await until(() => popup.textContent('.state h2'), (t) => t === "Says Who can't read this page")).toBeTruthy();
    await popup.close();
    await page.close();
  });

  // Last: it restarts the browser on the same profile.
  test("Chromium: \"don't run on this site\" survives a reload and a restart", async () => {
    const { page, popup } = await seedWithPopup();
    await until(() => markSizes(page), (m) => total(m) > 0);
    await popup.getByRole('button', { name: "Don't run on this site" }).click();
    await until(() => markSizes(page), (m) => total(m) === 0, 5_000);
    expect(await popup.textContent('.state h2')).toBe('Off on this site');
    await page.reload({ waitUntil: 'load' });
    await page.waitForTimeout(1500);
    expect(total(await markSizes(page))).toBe(0);
    await chrome.close();

    chrome = await launchChromium({ userDataDir: profileDir });
    const stored = (await chrome.worker.evaluate(`chrome.storage.sync.get('settings').then((r) => r.settings)`)) as { disabledSites: string[] };
    expect(stored.disabledSites).toEqual(['127.0.0.1']);
    const reopened = await chrome.newPage(seedUrl);
    const tabId = await chrome.tabIdFor(reopened);
    await reopened.waitForTimeout(1500);
    expect(total(await markSizes(reopened))).toBe(0);
    const popup2 = await chrome.context.newPage();
    await popup2.goto(chrome.popupUrl(tabId));
    expect(await until(() => popup2.textContent('.state h2'), (t) => t === 'Off on this site')).toBeTruthy();
    // And it can be turned back on from the popup.
    await popup2.getByRole('button', { name: 'Run on this site again' }).click();
    await until(() => markSizes(reopened), (m) => total(m) > 0, 10_000);
    await popup2.close();
    await reopened.close();
  });
});
