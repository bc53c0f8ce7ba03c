/**
 * Privacy in Firefox: across a short browsing session (the seed page, a page that keeps growing,
 * an SPA navigation, the popup), the extension makes no network request. Firefox has no per-request
 * initiator that the harness can read, so the session uses pages with no outside resources: every
 * request that is not for 127.0.0.1 reaches the harness's dead-end proxy (`outsideRequests`) and
 * must not exist, and the local server must have been asked only for the pages themselves. The
 * detector is then proven with a request made on purpose from the extension's own page.
 */
import { expect, test } from 'vitest';
import type { FirefoxRun, StaticServer } from './harness/index.ts';
import { useFirefox } from './harness/suite.ts';

let server: StaticServer;
let firefox: FirefoxRun;
useFirefox((s, f) => {
  server = s;
  firefox = f;
});

const PAGES = ['/shared/examples/seed-article.html', '/fixtures/marks-append.html', '/fixtures/marks-spa.html'];
const started = `performance.getEntriesByName('says-who:start').length > 0`;

async function poll(check: () => Promise<boolean>, what: string, timeout = 20_000): Promise<void> {
  const end = Date.now() + timeout;
  while (!(await check().catch(() => false))) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

test('Firefox: no network request from the extension across a browsing session', async () => {
  for (const path of PAGES) {
    await firefox.navigate(server.origin + path);
    await poll(() => firefox.evaluate<boolean>(started), `the content script on ${path}`);
    await firefox.evaluate('window.scrollBy(0, 2000)');
    await new Promise((r) => setTimeout(r, 1000));
  }
  const popup = await firefox.newTab(firefox.popupUrl());
  await poll(() => popup.evaluate<boolean>(`document.readyState === 'complete' && document.body.textContent.length > 0`), 'the popup');
  await firefox.navigate(server.origin + PAGES[0]);
  // Late work (debounced scans, storage writes, badge updates) gets time to happen.
  await new Promise((r) => setTimeout(r, 1500));
  await popup.close();

  expect(firefox.outsideRequests).toEqual([]);
  const asked = new Set(server.requests.map((r) => r.replace(/[?#].*$/, '')));
  expect([...asked].filter((p) => !PAGES.includes(p) && p !== '/favicon.ico')).toEqual([]);
  expect(firefox.extensionConsole().filter((m) => m.level === 'error')).toEqual([]);
});

test('Firefox: the request detector sees a request the extension makes on purpose', async () => {
  const before = firefox.outsideRequests.length;
  const extPage = await firefox.newTab(firefox.popupUrl());
  // (Firefox upgrades the request to HTTPS first, so the proxy sees a CONNECT to the host.)
  await extPage.evaluate(`fetch('http://privacy-probe.invalid/from-extension').catch(() => 0)`);
  await extPage.evaluate(`fetch(${JSON.stringify(`${server.origin}/privacy-probe`)}).catch(() => 0)`);
  await extPage.close();
  expect(firefox.outsideRequests.slice(before).join('\n')).toContain('privacy-probe.invalid');
  expect(server.requests).toContain('/privacy-probe');
});
