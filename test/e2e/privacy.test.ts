/**
 * Privacy: across a browsing session of several corpus pages, the seed page and the popup, the
 * extension itself makes no network request (service worker, extension pages, content script).
 * The detector is then proven on purpose-made requests, so an empty list means something.
 * (test/setup/e2e-privacy.ts also checks every other e2e file's Chromium runs.)
 */
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { evaluateInContentScript, launchChromium, type ChromiumRun, type StaticServer } from './harness/index.ts';
import { useChromium } from './harness/suite.ts';

const PAGES = ['bbc-1', 'guardian-1', 'nytimes-1', 'wapo-1', 'telegraph', 'lemonde-1', 'wikipedia'];

let server: StaticServer;
let chrome: ChromiumRun;
const opened: Page[] = [];
useChromium((s, c) => {
  server = s;
  chrome = c;
});

test('Chromium: no network request from the extension across a browsing session', async () => {
  for (const name of PAGES) {
    const page = await chrome.newPage(`${server.origin}/shared/corpus/readability/${name}.html`);
    await page.waitForFunction(`performance.getEntriesByName('says-who:start').length > 0`, undefined, { timeout: 10_000 });
    await page.mouse.wheel(0, 2000);
    opened.push(page);
  }
  const seed = await chrome.newPage(`${server.origin}/shared/examples/seed-article.html`);
  await seed.waitForFunction(`performance.getEntriesByName('says-who:start').length > 0`, undefined, { timeout: 10_000 });
  const popup = await chrome.context.newPage();
  await popup.goto(chrome.popupUrl(await chrome.tabIdFor(seed)));
  await popup.waitForLoadState('load');
  await seed.reload({ waitUntil: 'load' });
  // Give late work (debounced scans, storage writes, badge updates) time to happen.
  await seed.waitForTimeout(1500);
  await popup.close();
  for (const p of opened) await p.close();
  expect(chrome.extensionRequestDetails).toEqual([]);
  expect(chrome.extensionErrors()).toEqual([]);
});

test('Chromium: the request detector catches the worker, extension pages and the content script', async () => {
  // A separate run, left out of the suite-wide audit: these requests are made on purpose.
  const probeRun = await launchChromium({ auditRequests: false });
  try {
    await proveDetector(probeRun);
  } finally {
    await probeRun.close();
  }
});

async function proveDetector(chrome: ChromiumRun): Promise<void> {
  const before = chrome.extensionRequestDetails.length;
  const probe = `${server.origin}/privacy-probe`;
  await chrome.worker.evaluate(`fetch(${JSON.stringify(`${probe}/worker`)}).catch(() => 0)`);
  const extPage = await chrome.context.newPage();
  await extPage.goto(chrome.popupUrl(0));
  await extPage.evaluate(`fetch(${JSON.stringify(`${probe}/page`)}).catch(() => 0)`);
  // Run a fetch inside the content script's isolated world, as code from the extension's file would.
  const page = await chrome.newPage(`${server.origin}/shared/examples/seed-article.html`);
  await page.waitForFunction(`performance.getEntriesByName('says-who:start').length > 0`);
  await evaluateInContentScript(chrome, page, `fetch(${JSON.stringify(`${probe}/content`)}).catch(() => 0)`, 'probe.js');
  await page.waitForTimeout(300);
  const caught = chrome.extensionRequestDetails.slice(before).map((r) => `${r.via} ${new URL(r.url).pathname}`);
  expect(caught.sort()).toEqual([
    'content-script /privacy-probe/content',
    'extension-page /privacy-probe/page',
    'worker /privacy-probe/worker',
  ]);
}
