/**
 * Huge pages (generated at test time by the harness's huge-pages.ts into a temp folder): a 1 MB
 * single article, 100,000 elements, and an article nested 2,000 levels deep. On each, in headless
 * Chromium with the built extension: the marks appear (the deep sentence included; on the
 * 100,000-element page, which registers only a window of claims, on every paragraph in view, after
 * load and after a long scroll), no
 * main-thread task the extension caused runs over 50 ms of CPU (attributed from a Chrome trace
 * with the bench's own method; long tasks seen by a PerformanceObserver installed before the
 * page's first byte are logged beside the same page without the extension), the JS heap growth
 * over the same page without the extension is logged, and the extension logs nothing.
 *
 * "Caused" leaves out Chrome's own post-load page-text capture (ext-tasks.ts CAPTURE): Blink runs
 * it once per load in the first frame after the load event, so it lands in the extension's first
 * frame whenever that is the first one after load (40-60 ms on the 100,000-element page: the
 * 64-90 ms "first paint" frame was capture + our ~40 ms). The test proves it is Chrome's by finding
 * it in the same page's trace without the extension. Each task figure is the median of five loads
 * (frame costs swing by 15-25 ms from load to load on the shared build machine).
 *
 * After a long scroll on the 100,000-element page the marks' window moves (viewport-window.ts),
 * and that frame counts too. Any change to an underlined highlight makes Chromium 156 recompute
 * visual overflow across the page (~30 ms there, whatever the number of ranges: the move cost
 * 55-70 ms), so pages that big get the flat style without underlines (highlighter.ts): ~33 ms.
 *
 * Heavy (about a minute): runs when CI or SAYS_WHO_HEAVY is set (CI runners set CI=true); otherwise
 * it says so in the log and passes one placeholder test that names the gate.
 */
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { extensionTasks, launchChromium, startServer, startTrace, writeHugePages, HUGE_PAGES, type ChromiumRun, type StaticServer } from './harness/index.ts';
import { markTs, pageTextCaptures, type TaskCost } from './harness/ext-tasks.ts';
import { launchPlainChromium, longTasks, watchPage, type LongTask } from './harness/page-watch.ts';
import { until } from './marks-probes.ts';

const HEAVY = Boolean(process.env.CI || process.env.SAYS_WHO_HEAVY);
/** The issue's budget for one main-thread task caused by the extension. */
const TASK_BUDGET_MS = 50;

if (!HEAVY) {
  test('huge pages: gated (run with CI=true, as CI sets it, or SAYS_WHO_HEAVY=1)', () => {
    console.log('[huge] SKIPPED BY GATE: huge-page tests run only with CI or SAYS_WHO_HEAVY set');
    expect(HEAVY).toBe(false);
  });
}

if (HEAVY) describe('huge pages', () => {
  let dir = '';
  let server: StaticServer;
  let chrome: ChromiumRun;
  let plain: Browser;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'says-who-huge-'));
    await writeHugePages(dir);
    server = await startServer({ roots: { '/generated/': dir } });
    chrome = await launchChromium();
    plain = await launchPlainChromium();
  });
  afterAll(async () => {
    await chrome?.close();
    await plain?.close();
    await server?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  /** JS heap used after a forced GC (main world and content-script world share the isolate). */
  async function heapAfterGc(page: Page): Promise<number> {
    const cdp = await page.context().newCDPSession(page);
    try {
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    } finally {
      await cdp.detach();
    }
  }

  /** The same page without the extension: its own long tasks, heap, and Chrome's page-text captures (CPU ms) in its trace. */
  async function plainRun(url: string): Promise<{ tasks: LongTask[]; heap: number; captures: number[] }> {
    const context = await plain.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const page = await context.newPage();
      await watchPage(page);
      const cdp = await context.newCDPSession(page);
      const stopTrace = await startTrace(cdp);
      await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
      await page.waitForTimeout(1500);
      // A frame after load, as the extension's marks make one: Chrome's capture runs in the first.
      await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
      const captures = pageTextCaptures(await stopTrace());
      await cdp.detach();
      return { tasks: await longTasks(page), heap: await heapAfterGc(page), captures };
    } finally {
      await context.close();
    }
  }

  /**
   * Article paragraphs the reader sees (the viewport's height; right after load, where the article
   * starts: this page opens on a long link list), and how many of them carry a sentence mark.
   */
  interface Coverage {
    paragraphs: number;
    marked: number;
    /** The first such paragraph's index in the article: proves the view moved. */
    top: number;
  }
  function coverage(page: Page, at: 'view' | 'article-start'): Promise<Coverage> {
    return page.evaluate((at) => {
      const ranges: Range[] = [];
      CSS.highlights.forEach((h, name) => {
        if (/^says-who-(?:(?:cb|hc)-)?(?:dark-)?(?:flat-)?(?:quote|attributed|vague|unsourced)$/.test(name)) for (const r of h as unknown as Set<Range>) ranges.push(r as Range);
      });
      const vh = window.innerHeight;
      const startY = at === 'view' ? 0 : document.querySelector('article')!.getBoundingClientRect().top;
      const all = [...document.querySelectorAll('article p')];
      let paragraphs = 0;
      let marked = 0;
      let top = -1;
      all.forEach((p, i) => {
        const box = p.getBoundingClientRect();
        if (box.bottom <= startY || box.top >= startY + vh) return;
        if (top < 0) top = i;
        paragraphs++;
        if (ranges.some((r) => r.intersectsNode(p))) marked++;
      });
      return { paragraphs, marked, top };
    }, at);
  }

  const figures: string[] = [];
  afterAll(() => {
    for (const f of figures) console.log(f);
  });

  const worst = (list: TaskCost[]): TaskCost | null => list.reduce<TaskCost | null>((a, t) => (!a || t.causedMs > a.causedMs ? t : a), null);
  const describe = (t: TaskCost | null) => (t ? `${t.causedMs.toFixed(1)} ms CPU (PrePaint ${t.prePaintMs.toFixed(1)}, Paint ${t.paintMs.toFixed(1)}, own code ${t.ownScriptMs.toFixed(1)}${t.captureMs ? `, plus Chrome's page-text capture ${t.captureMs.toFixed(1)}` : ''})` : 'none');
  /** The run whose `pick` is the median of the loads (frame costs swing on this shared machine). */
  const medianBy = <T,>(runs: T[], pick: (r: T) => number): T => [...runs].sort((a, b) => pick(a) - pick(b))[runs.length >> 1]!;

  /** One traced load of `url` with the extension, up to ready (and, with `scroll`, through a long scroll); the page stays open. */
  async function tracedLoad(url: string, scroll: boolean) {
    const page = await chrome.context.newPage();
    await watchPage(page);
    const cdp = await chrome.context.newCDPSession(page);
    const stopTrace = await startTrace(cdp);
    const t0 = Date.now();
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await page.waitForFunction(() => performance.getEntriesByName('says-who:marks-painted').length > 0, undefined, { timeout: 60_000, polling: 250 });
    const timing = await page.evaluate(() => {
      const one = (n: string) => performance.getEntriesByName(n)[0];
      const start = one('says-who:start')!;
      const painted = one('says-who:marks-painted')!;
      return { start: start.startTime, paintedMs: painted.startTime + painted.duration - start.startTime };
    });
    const tabId = await chrome.tabIdFor(page);
    await until(() => chrome.worker.evaluate(`chrome.storage.session.get('tab:${tabId}').then((r) => r['tab:${tabId}']?.status ?? null)`), (s) => s === 'ready', 60_000);
    const readyMs = Date.now() - t0;
    // The 100,000-element page registers only a window of claims around the viewport (viewport-window.ts):
    // what the reader sees is every paragraph of the article's first screen marked, then every paragraph
    // in view after a long scroll (within a few seconds). The trace runs on through the scroll, so the window's move counts too.
    let scrolled: { before: Coverage; after: Coverage; followMs: number } | null = null;
    if (scroll) {
      const before = await coverage(page, 'article-start');
      await page.evaluate(() => {
        performance.mark('huge:scroll');
        const root = document.scrollingElement ?? document.documentElement;
        root.scrollTop = root.scrollHeight * 0.8;
      });
      const scrolledAt = Date.now();
      const after = await until(() => coverage(page, 'view'), (c) => c.paragraphs > 0 && c.marked === c.paragraphs, 5_000).catch(() => coverage(page, 'view'));
      scrolled = { before, after, followMs: Date.now() - scrolledAt };
      await page.waitForTimeout(500);
    }
    const events = await stopTrace();
    const tasks = extensionTasks(events, chrome.extensionId);
    await cdp.detach();
    // On the 100,000-element page: the tasks before the long scroll (reading, analysing, the first
    // marks and their frame) and after it (the page's repaint of the new region, the window's move).
    const scrollAt = markTs(events, 'huge:scroll');
    const load = worst(scrolled ? tasks.tasks.filter((t) => !(t.ts >= scrollAt)) : tasks.tasks);
    const moved = scrolled ? worst(tasks.tasks.filter((t) => t.ts >= scrollAt)) : null;
    return { page, readyMs, timing, scrolled, tasks, load, moved };
  }

  test.each(Object.entries(HUGE_PAGES))('Chromium: %s: marks appear, no extension task over 50 ms, memory growth logged', async (key, file) => {
    const url = `${server.origin}/generated/${file}`;
    const bytes = (await stat(join(dir, file))).size;
    const scroll = key === 'manyElements';
    const run = await tracedLoad(url, scroll);
    const { page, readyMs, timing, scrolled, tasks } = run;
    // Four more loads for the task costs: each figure below is the median of five.
    const runs = [run];
    for (let i = 0; i < 4; i++) {
      const again = await tracedLoad(url, scroll);
      await again.page.close();
      runs.push(again);
    }
    const load = medianBy(runs, (r) => r.load?.causedMs ?? 0).load;
    const moved = scrolled ? medianBy(runs, (r) => r.moved?.causedMs ?? 0).moved : null;
    const ownCode = Math.max(...runs.map((r) => r.tasks.longestScriptMs));
    const capture = Math.max(...runs.map((r) => r.tasks.captureMs));
    const marks = await page.evaluate(() => {
      let n = 0;
      let deepest = 0;
      CSS.highlights.forEach((h, name) => {
        if (!name.startsWith('says-who-') || name.endsWith('-quotation')) return;
        n += h.size;
        for (const r of h as unknown as Set<Range>) {
          let d = 0;
          for (let e: Node | null = r.startContainer; e; e = e.parentNode) d++;
          deepest = Math.max(deepest, d);
        }
      });
      return { n, deepest };
    });
    const observed = (await longTasks(page)).filter((t) => t.start + t.duration > timing.start);
    const heap = await heapAfterGc(page);
    const base = await plainRun(url);
    const baseAfter = base.tasks.filter((t) => t.start + t.duration > timing.start);
    const growthMB = (heap - base.heap) / (1024 * 1024);
    const longestObserved = Math.max(0, ...observed.map((t) => t.duration));
    const seen = scrolled ? ` (article start after load: ${scrolled.before.marked}/${scrolled.before.paragraphs} paragraphs marked; after scrolling to 80%: ${scrolled.after.marked}/${scrolled.after.paragraphs} in ${scrolled.followMs} ms)` : '';
    figures.push(`[huge] ${key} (${(bytes / 1e6).toFixed(2)} MB): ${marks.n} sentence marks${seen}, painted ${timing.paintedMs.toFixed(0)} ms after start ` +
      `(page open to ready ${readyMs} ms); extension's longest task ${tasks.longestMs.toFixed(1)} ms wall; most CPU it caused in one task, median of ${runs.length} loads: ${describe(load)} ` +
      `[${runs.map((r) => r.load?.causedMs.toFixed(1)).join(', ')}]` +
      (scrolled ? `; after the long scroll ${describe(moved)} [${runs.map((r) => r.moved?.causedMs.toFixed(1)).join(', ')}]`: '') +
      ` (its own code at most ${ownCode.toFixed(1)} ms CPU in a task); Chrome's page-text capture: ${capture.toFixed(1)} ms in our tasks, ${base.captures.map((c) => c.toFixed(1)).join('/') || 'none'} ms without the extension; ` +
      `main-thread total ${tasks.totalMs.toFixed(0)} ms; long tasks after start: ${observed.length} (longest ${longestObserved.toFixed(0)} ms) vs ${baseAfter.length} without the extension; ` +
      `JS heap +${growthMB.toFixed(1)} MB over the page without the extension`);
    if (scrolled) {
      // Marks on every paragraph of the article's first screen right after load, and where the reader scrolled to.
      expect(scrolled.before.paragraphs).toBeGreaterThan(5);
      expect(scrolled.before.marked).toBe(scrolled.before.paragraphs);
      expect(scrolled.after.paragraphs).toBeGreaterThan(5);
      expect(scrolled.after.marked).toBe(scrolled.after.paragraphs);
      expect(scrolled.after.top).toBeGreaterThan(scrolled.before.top);
    } else expect(marks.n).toBeGreaterThan(key === 'deepNesting' ? 30 : 1000);
    // Chromium's parser stops nesting at 512 (deeper tags become siblings): the deep sentence sits there.
    if (key === 'deepNesting') expect(marks.deepest).toBeGreaterThanOrEqual(510);
    // The extension's own code never runs a task over the budget, on any page.
    expect(ownCode, 'longest run of extension code within one task (CPU), any load').toBeLessThan(TASK_BUDGET_MS);
    // Every task up to the marks (and after, on the two smaller pages), rendering included: at most the budget.
    expect(load?.causedMs ?? 0, 'CPU of the longest task the extension caused').toBeLessThan(TASK_BUDGET_MS);
    // Chrome's page-text capture, left out above, is Chrome's: the page pays it without the extension too.
    if (capture > 0) expect(base.captures.length, "Chrome's page-text capture in the page's own trace").toBeGreaterThan(0);
    // After the long scroll too: the window's move, in the flat style, rendering included.
    if (scrolled) expect(moved?.causedMs ?? 0, 'CPU of the frames after the long scroll').toBeLessThan(TASK_BUDGET_MS);
    expect(growthMB).toBeLessThan(200);
    expect(chrome.extensionErrors()).toEqual([]);
    expect(chrome.extensionConsole()).toEqual([]);
    expect(chrome.extensionRequests).toEqual([]);
    await page.close();
  });
});
