/**
 * Page-side probes for the marks tests: expressions evaluated in the page's main world, which
 * shares the highlight registry and performance entries with the content script.
 */
import type { Page } from 'playwright-core';
import type { ChromiumRun } from './harness/index.ts';

/** One registered Range as the page sees it. */
export interface RangeInfo {
  text: string;
  connected: boolean;
  collapsed: boolean;
  /** Selector-ish path of the range's element, for outside-article checks. */
  inside: { article: boolean; excluded: boolean };
}

/** Ranges per `says-who-*` highlight name; `excluded` = inside any element matching `excludedSelector`. */
export function readMarks(page: Page, excludedSelector = 'nav, footer, aside, .comments, header'): Promise<Record<string, RangeInfo[]>> {
  return page.evaluate((excluded) => {
    const out: Record<string, RangeInfo[]> = {};
    const registry = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
    if (!registry) return out;
    for (const [name, h] of registry) {
      if (!name.startsWith('says-who')) continue;
      out[name] = [...h].map((r) => {
        const node = r.commonAncestorContainer;
        const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
        return {
          text: r.toString().replace(/\s+/g, ' ').trim(),
          connected: r.startContainer.isConnected && r.endContainer.isConnected,
          collapsed: r.collapsed,
          inside: { article: Boolean(el?.closest('article, main, [role=main], body')), excluded: Boolean(el?.closest(excluded)) },
        };
      });
    }
    return out;
  }, excludedSelector);
}

/** Sentence highlight names (one per label). */
export const LABEL_NAMES = ['says-who-quote', 'says-who-attributed', 'says-who-vague', 'says-who-unsourced'] as const;

/** All sentence marks on the page, each with its label. */
export async function sentenceMarks(page: Page): Promise<{ label: string; text: string; connected: boolean; collapsed: boolean }[]> {
  const marks = await readMarks(page);
  return LABEL_NAMES.flatMap((name) => (marks[name] ?? []).map((r) => ({ label: name.slice('says-who-'.length), ...r })));
}

/** Waits for the first `says-who:marks-painted` measure. */
export async function waitForMarks(page: Page, timeout = 15_000): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('says-who:marks-painted').length > 0, undefined, { timeout });
}

/** Sends a ToContent message to the page's tab from the extension's service worker. */
export async function sendToPage(run: ChromiumRun, page: Page, message: Record<string, unknown>): Promise<unknown> {
  const tabId = await run.tabIdFor(page);
  return run.worker.evaluate(`chrome.tabs.sendMessage(${tabId}, ${JSON.stringify(message)})`);
}

/** Polls `check` until it returns true (or throws after `timeout` ms with the last value). */
export async function until<T>(read: () => Promise<T>, check: (value: T) => boolean, timeout = 8000): Promise<T> {
  const end = Date.now() + timeout;
  let value = await read();
  while (!check(value)) {
    if (Date.now() > end) throw new Error(`condition not met within ${timeout} ms; last value: ${JSON.stringify(value).slice(0, 2000)}`);
    await new Promise((r) => setTimeout(r, 150));
    value = await read();
  }
  return value;
}
