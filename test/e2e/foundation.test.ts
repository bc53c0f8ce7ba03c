/**
 * Foundation, in real browsers: the built extension loads, its content script runs on a served
 * page, its background answers, and its popup renders for that page's tab, in Chromium and in
 * Firefox ESR. Everything later stands on these. (Firefox tests share one tab and run in order.)
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import {
  GECKO_ID, launchChromium, launchFirefox, startServer,
  type ChromiumRun, type FirefoxRun, type StaticServer,
} from './harness/index.ts';

const SEED = '/shared/examples/seed-article.html';
const START_MARK = `performance.getEntriesByName('says-who:start').length`;
/** Served with `default-src 'none'` (sidecar .headers.json); its inline script must not run. */
const CSP_PAGE = '/fixtures/foundation-csp.html';

let server: StaticServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.close();
});

describe('Chromium', () => {
  let chrome: ChromiumRun;
  let page: Page;
  beforeAll(async () => {
    chrome = await launchChromium();
    page = await chrome.newPage(server.origin + SEED);
  });
  afterAll(async () => {
    await chrome?.close();
  });

  test('Chromium: the content script runs on a served page', async () => {
    await page.waitForFunction(START_MARK, undefined, { timeout: 10_000 });
    expect(await page.evaluate(START_MARK)).toBe(1);
  });

  test('Chromium: the content script also runs on a page with a strict Content-Security-Policy', async () => {
    const csp = await chrome.newPage(server.origin + CSP_PAGE);
    await csp.waitForFunction(START_MARK, undefined, { timeout: 10_000 });
    expect(await csp.evaluate(`document.documentElement.dataset.inlineRan ?? 'blocked'`)).toBe('blocked');
    await csp.close();
  });

  test('Chromium: the background service worker is alive and is this extension', async () => {
    const info = await chrome.worker.evaluate(
      `({ id: chrome.runtime.id, version: chrome.runtime.getManifest().version, mv: chrome.runtime.getManifest().manifest_version })`,
    );
    expect(info).toEqual({ id: chrome.extensionId, version: expect.stringMatching(/^\d+\.\d+\.\d+$/), mv: 3 });
  });

  test('Chromium: the popup renders for the page\'s tab', async () => {
    const tabId = await chrome.tabIdFor(page);
    expect(Number.isInteger(tabId)).toBe(true);
    const popup = await chrome.context.newPage();
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.goto(chrome.popupUrl(tabId));
    await popup.waitForFunction(`(document.querySelector('#app')?.childElementCount ?? 0) > 0`, undefined, { timeout: 10_000 });
    expect(await popup.evaluate(`document.title`)).toBeTruthy();
    expect(((await popup.textContent('#app')) ?? '').trim().length).toBeGreaterThan(0);
    // The popup reaches the background with the popup -> background message of the contract.
    const reply = await popup.evaluate(`chrome.runtime.sendMessage({ type: 'get-tab-summary', tabId: ${tabId} })`);
    expect(reply).toHaveProperty('summary');
    await popup.close();
  });

  test('Chromium: the extension logged nothing, threw nothing and made no request', () => {
    expect(chrome.extensionErrors()).toEqual([]);
    expect(chrome.extensionConsole()).toEqual([]);
    expect(chrome.extensionRequests).toEqual([]);
  });
});

describe('Firefox', () => {
  let firefox: FirefoxRun;
  beforeAll(async () => {
    firefox = await launchFirefox();
  });
  afterAll(async () => {
    await firefox?.close();
  });

  /** Polls a numeric expression in the current tab until it is non-zero (or 10 s pass). */
  async function pollCount(expression: string): Promise<number> {
    const deadline = Date.now() + 10_000;
    let n = 0;
    while (Date.now() < deadline && (n = await firefox.evaluate<number>(expression)) === 0) {
      await new Promise((ok) => setTimeout(ok, 100));
    }
    return n;
  }

  test('Firefox: the add-on installs as a temporary add-on', () => {
    expect(firefox.addonId).toBe(GECKO_ID);
  });

  test('Firefox: the content script runs on a served page', async () => {
    await firefox.navigate(server.origin + SEED);
    expect(await pollCount(START_MARK)).toBe(1);
  });

  test('Firefox: the content script also runs on a page with a strict Content-Security-Policy', async () => {
    await firefox.navigate(server.origin + CSP_PAGE);
    expect(await pollCount(START_MARK)).toBe(1);
    expect(await firefox.evaluate<string>(`document.documentElement.dataset.inlineRan ?? 'blocked'`)).toBe('blocked');
  });

  test('Firefox: the popup page renders', async () => {
    await firefox.navigate(firefox.popupUrl());
    const deadline = Date.now() + 10_000;
    let children = 0;
    while (Date.now() < deadline && (children = await firefox.evaluate<number>(`document.querySelector('#app')?.childElementCount ?? 0`)) === 0) {
      await new Promise((ok) => setTimeout(ok, 100));
    }
    expect(children).toBeGreaterThan(0);
    expect(await firefox.evaluate<string>('location.protocol')).toBe('moz-extension:');
    expect((await firefox.evaluate<string>(`document.querySelector('#app').textContent`)).trim().length).toBeGreaterThan(0);
  });

  test('Firefox: the background event page answers the popup', async () => {
    // Run from the popup page (an extension page): without a live background, sendMessage rejects.
    const reply = await firefox.evaluate<unknown>(`browser.runtime.sendMessage({ type: 'get-tab-summary', tabId: 1 })`);
    expect(reply).toHaveProperty('summary');
  });

  test('Firefox: the add-on logged nothing and threw nothing', () => {
    expect(firefox.extensionConsole()).toEqual([]);
  });
});
