/**
 * Page-side watchers for the hardening tests (added beside the harness, not changing it): an
 * init script that records long tasks, CSP violations and the page's own errors from the very
 * first script, and a plain Chromium without the extension to compare a page's text against.
 * The init script keeps its record on a non-enumerable window property under a Symbol-free
 * name, read back with plain numbers/strings so a page that replaced JSON cannot garble it.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { findChromium } from './chromium-path.ts';

/** One main-thread task over 50 ms seen by PerformanceObserver('longtask'). */
export interface LongTask { start: number; duration: number }

/** Installed with page.addInitScript before navigation: runs before any page script. */
export const WATCH_INIT = `(() => {
  const rec = { longTasks: [], csp: [] };
  Object.defineProperty(window, '__saysWhoWatch', { value: rec, enumerable: false });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) rec.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) { /* no longtask support */ }
  document.addEventListener('securitypolicyviolation', (e) => {
    rec.csp.push(e.violatedDirective + ' blocked ' + e.blockedURI + ' from ' + (e.sourceFile || 'inline'));
  }, true);
})();`;

/** Adds the watcher to a page (call before goto). */
export async function watchPage(page: Page): Promise<void> {
  await page.addInitScript(WATCH_INIT);
}

/** Long tasks recorded so far (start and duration in ms). */
export function longTasks(page: Page): Promise<LongTask[]> {
  return page.evaluate(() => {
    const rec = (window as unknown as { __saysWhoWatch?: { longTasks: LongTask[] } }).__saysWhoWatch;
    return (rec?.longTasks ?? []).map((t) => ({ start: Number(t.start), duration: Number(t.duration) }));
  });
}

/** CSP violations reported in the page so far. */
export function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const rec = (window as unknown as { __saysWhoWatch?: { csp: string[] } }).__saysWhoWatch;
    return (rec?.csp ?? []).map(String);
  });
}

/** A Chromium without the extension, offline like the harness's, for "same page without us" runs. */
export async function launchPlainChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1'],
  });
}

/** Opens `url` in `browser` (no extension) with the watcher, waits `settle` ms, and hands the page to `read`. */
export async function withoutExtension<T>(browser: Browser, url: string, read: (page: Page) => Promise<T>, settle = 300): Promise<T> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await watchPage(page);
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(settle);
    return await read(page);
  } finally {
    await context.close();
  }
}
