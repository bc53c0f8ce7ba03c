/**
 * The popup and the background in Firefox ESR (event page, storage.session, per-tab badge): the
 * popup opened as a page for the seed tab shows the background's counts with Zelensky first,
 * the badge shows vague + unsourced, and both clear when the tab navigates to a non-article.
 */
import { expect, test } from 'vitest';
import type { FirefoxRun, FirefoxTab, StaticServer } from './harness/index.ts';
import { useFirefox } from './harness/suite.ts';

let server: StaticServer;
let firefox: FirefoxRun;
let popup: FirefoxTab;
useFirefox((s, f) => {
  server = s;
  firefox = f;
});

/** Polls an expression in a tab until `ok` holds. */
async function poll<T>(tab: Pick<FirefoxTab, 'evaluate'>, expression: string, ok: (v: T) => boolean, timeout = 20_000): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await tab.evaluate<T>(expression).catch(() => undefined as T);
    if (ok(value)) return value;
    if (Date.now() > end) throw new Error(`poll: ${expression} -> ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

type Stored = { status: string; counts: Record<string, number> } | null;

test('Firefox: the popup shows the background summary of the seed tab and the badge follows the page', async () => {
  await firefox.navigate(`${server.origin}/shared/examples/seed-article.html`);
  popup = await firefox.newTab(firefox.popupUrl());
  // The seed tab is the one tab that is not this extension page.
  const seedTab = await poll<number | null>(
    popup,
    `Promise.all([browser.tabs.query({}), browser.tabs.getCurrent()]).then(([all, me]) => { const o = all.filter((t) => t.id !== me.id); return o.length === 1 ? o[0].id : null; })`,
    (v) => typeof v === 'number',
  );
  const stored = await poll<Stored>(
    popup,
    `browser.storage.session.get('tab:${seedTab}').then((r) => r['tab:${seedTab}'] ?? null)`,
    (s) => s?.status === 'ready',
  );
  await popup.navigate(firefox.popupUrl(seedTab!));
  const shown = await poll<number[]>(popup, `[...document.querySelectorAll('.label-row .label-count')].map((e) => Number(e.textContent))`, (v) => v?.length === 4);
  expect(shown).toEqual([stored!.counts.quote, stored!.counts.attributed, stored!.counts.vague, stored!.counts.unsourced]);
  expect(shown.reduce((a, b) => a + b, 0)).toBeGreaterThan(20);
  expect(await popup.evaluate<string>(`document.querySelector('.speaker-name')?.textContent`)).toBe('Volodymyr Zelensky');
  const badge = await poll<string>(popup, `browser.action.getBadgeText({ tabId: ${seedTab} })`, (t) => t !== '');
  expect(badge).toBe(String(stored!.counts.vague! + stored!.counts.unsourced!));

  await firefox.navigate(`${server.origin}/fixtures/popup-no-article.html`);
  await poll<string>(popup, `browser.action.getBadgeText({ tabId: ${seedTab} })`, (t) => t === '');
  await popup.navigate(firefox.popupUrl(seedTab!));
  expect(await poll<string>(popup, `document.querySelector('.state h2')?.textContent`, (t) => t === 'No article on this page')).toBe('No article on this page');
  expect(firefox.extensionConsole().filter((m) => m.level === 'error')).toEqual([]);
});
