/**
 * Marks on changing pages, in headless Chromium with the built extension: content appended every
 * 200 ms for 10 s (infinite scroll) and an SPA that navigates with history.pushState. The marks
 * must follow the content: every new paragraph marked once, nothing stale, no duplicates.
 */
import { describe, expect, test } from 'vitest';
import type { ChromiumRun, StaticServer } from './harness/index.ts';
import { useChromium } from './harness/suite.ts';
import { readMarks, sentenceMarks, until, waitForMarks } from './marks-probes.ts';

let server: StaticServer;
let chrome: ChromiumRun;
useChromium((s, c) => {
  server = s;
  chrome = c;
});

const noDuplicates = (texts: string[]) => new Set(texts).size === texts.length;

describe('live pages', () => {
  test('Chromium: paragraphs appended every 200 ms are marked as they arrive, once each', async () => {
    const page = await chrome.newPage(`${server.origin}/fixtures/marks-append.html`);
    await waitForMarks(page);
    // While the stream runs, every registered Range stays live (no stale marks on old nodes).
    for (let i = 0; i < 6; i++) {
      await page.waitForTimeout(700);
      const marks = await sentenceMarks(page);
      expect(marks.every((m) => m.connected && !m.collapsed)).toBe(true);
      expect(noDuplicates(marks.map((m) => m.text))).toBe(true);
    }
    await page.waitForFunction(() => (window as unknown as { __appendDone?: boolean }).__appendDone === true, undefined, { timeout: 20_000 });
    const updates = await page.evaluate(() => Array.from(document.querySelectorAll('#story p')).map((p) => p.textContent ?? '').filter((t) => t.startsWith('Update ')));
    expect(updates).toHaveLength(50);
    // Each appended paragraph ends with a labelled sentence; after the last debounce all 50 are marked.
    const marks = await until(() => sentenceMarks(page), (m) => updates.every((u) => m.some((x) => u.replace(/\s+/g, ' ').includes(x.text) && x.text.length > 20)));
    expect(marks.every((m) => m.connected && !m.collapsed)).toBe(true);
    expect(noDuplicates(marks.map((m) => m.text))).toBe(true);
    for (const u of updates) expect(marks.filter((m) => u.includes(m.text)).length, u).toBeGreaterThanOrEqual(1);
    const all = await readMarks(page);
    expect(Object.values(all).flat().every((r) => !r.inside.excluded)).toBe(true);
    await page.close();
  });

  test('Chromium: pushState navigations get fresh marks, with nothing left from the previous story', async () => {
    const page = await chrome.newPage(`${server.origin}/fixtures/marks-spa.html`);
    await waitForMarks(page);
    const stories = await page.evaluate(() => (window as unknown as { __stories: { title: string; body: string[] }[] }).__stories.map((s) => [s.title, ...s.body]));
    const belongsTo = (text: string) => stories.findIndex((body) => body.some((t) => t.includes(text)));
    const check = async (story: number) => {
      const marks = await until(
        () => sentenceMarks(page),
        (m) => m.length >= 3 && m.every((x) => belongsTo(x.text) === story),
      );
      expect(marks.every((m) => m.connected && !m.collapsed)).toBe(true);
      expect(noDuplicates(marks.map((m) => m.text))).toBe(true);
      return marks;
    };
    await check(0);
    await page.evaluate(() => (window as unknown as { __go(i: number): void }).__go(1));
    await check(1);
    await page.click('a[data-story="2"]');
    await check(2);
    await page.goBack();
    expect(page.url()).toMatch(/story=library$/);
    await check(1);
    await page.close();
  });

  test('Chromium: the extension logged nothing and threw nothing on these pages', () => {
    expect(chrome.extensionErrors()).toEqual([]);
    expect(chrome.extensionConsole()).toEqual([]);
    expect(chrome.extensionRequests).toEqual([]);
  });
});
