/**
 * Helpers for the popup's browser tests: read what the popup shows, what the page marks, and
 * what the worker holds, and run the CLI for the reference counts.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import type { ChromiumRun } from './harness/index.ts';
import { REPO_ROOT } from './harness/index.ts';

/** The label counts the popup prints, by label. */
export async function popupCounts(popup: Page): Promise<Record<string, number>> {
  await popup.waitForSelector('.label-row', { timeout: 20_000 });
  const labels = ['quote', 'attributed', 'vague', 'unsourced'];
  const counts = await popup.$$eval('.label-row .label-count', (els) => els.map((e) => Number(e.textContent)));
  return Object.fromEntries(labels.map((l, i) => [l, counts[i] ?? -1]));
}

/** The number of Ranges in each of the extension's sentence highlights. */
export function markSizes(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const out: Record<string, number> = {};
    for (const label of ['quote', 'attributed', 'vague', 'unsourced']) out[label] = CSS.highlights.get(`says-who-${label}`)?.size ?? 0;
    return out;
  });
}

/** Polls `read` until `ok` holds (or fails with the last value after `timeout` ms). */
export async function until<T>(read: () => Promise<T>, ok: (v: T) => boolean, timeout = 15_000): Promise<T> {
  const end = Date.now() + timeout;
  let last = await read();
  while (!ok(last)) {
    if (Date.now() > end) throw new Error(`until: timed out; last value ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 150));
    last = await read();
  }
  return last;
}

/** The summary the background holds for a tab (read from storage.session in the worker). */
export function storedSummary(run: ChromiumRun, tabId: number): Promise<{ status: string; counts: Record<string, number> } | null> {
  return run.worker.evaluate(`chrome.storage.session.get('tab:${tabId}').then((r) => r['tab:${tabId}'] ?? null)`);
}

/** The badge text of a tab. */
export function badgeText(run: ChromiumRun, tabId: number): Promise<string> {
  return run.worker.evaluate(`chrome.action.getBadgeText({ tabId: ${tabId} })`);
}

/** The CLI's counts for a page (`npm run analyze -- --json FILE`), found wherever the JSON keeps them. */
export async function cliCounts(file: string): Promise<Record<string, number>> {
  const { stdout } = await promisify(execFile)('npx', ['tsx', 'src/cli/analyze.ts', '--json', file], { cwd: REPO_ROOT, maxBuffer: 64 * 1024 * 1024 });
  const json: unknown = JSON.parse(stdout);
  const find = (v: unknown): Record<string, number> | null => {
    if (!v || typeof v !== 'object') return null;
    const o = v as Record<string, unknown>;
    if (o.counts && typeof o.counts === 'object' && 'quote' in (o.counts as object)) return o.counts as Record<string, number>;
    for (const child of Object.values(o)) {
      const found = find(child);
      if (found) return found;
    }
    return null;
  };
  const counts = find(json);
  if (!counts) throw new Error(`no counts in the CLI's JSON: ${stdout.slice(0, 300)}`);
  return counts;
}

/** Is the page text starting with `prefix` inside the viewport? (Walks text nodes so it may span elements.) */
export function textInView(page: Page, prefix: string): Promise<{ found: boolean; top: number; bottom: number; height: number }> {
  return page.evaluate((needle) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    let all = '';
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      nodes.push(n as Text);
      all += (n as Text).data;
    }
    const squash = (s: string) => s.replace(/\s+/g, ' ');
    const at = squash(all).indexOf(squash(needle));
    if (at < 0) return { found: false, top: 0, bottom: 0, height: innerHeight };
    // Map the index in the squashed text back to a node offset.
    let squashedPos = 0;
    let prevSpace = false;
    for (const node of nodes) {
      for (let i = 0; i < node.data.length; i++) {
        const space = /\s/.test(node.data[i]!);
        if (space && prevSpace) continue;
        if (squashedPos === at) {
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, Math.min(node.data.length, i + 1));
          const rect = range.getBoundingClientRect();
          return { found: true, top: rect.top, bottom: rect.bottom, height: innerHeight };
        }
        squashedPos++;
        prevSpace = space;
      }
    }
    return { found: false, top: 0, bottom: 0, height: innerHeight };
  }, prefix);
}
