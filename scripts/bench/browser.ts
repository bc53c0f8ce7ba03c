import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { findChromium, launchChromium, type ChromiumRun } from '../../test/e2e/harness/index.ts';
import { makeBrowserTemp, type BrowserTemp } from '../../test/e2e/harness/temp.ts';
import { COLLECT, OBSERVERS_INIT, type PageSample } from './page-metrics.ts';
import { MARKS_READY } from './probes.ts';
import { extensionTasks, startTrace } from '../../test/e2e/harness/ext-tasks.ts';

/** Heap used by the page's JS (main world + content-script world share the isolate), after a GC. */
async function heapUsed(context: BrowserContext, page: Page): Promise<number> {
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** One sample with the extension: timings, tasks, marks and heap. */
export interface ExtensionSample extends PageSample {
  heapBytes: number;
  /** Longest main-thread task the extension caused, from the trace (ms), and its CPU time. */
  longestTaskMs: number;
  longestTaskCpuMs: number;
  /** The extension's main-thread time up to marks painted, from the trace (ms). */
  mainThreadMs: number;
}

/** Chromium with the extension, one page at a time. */
export class WithExtension {
  private constructor(private readonly run: ChromiumRun) {}

  /** Chromium with the built extension, or with the one in `extensionDir` (the bench's floor build). */
  static async start(extensionDir?: string): Promise<WithExtension> {
    const run = await launchChromium(extensionDir ? { extensionDir } : {});
    await run.context.addInitScript({ content: OBSERVERS_INIT });
    return new WithExtension(run);
  }

  /** Loads `url` under a trace, waits for the marks (or `timeoutMs`), lets late work settle, and measures. */
  async sample(url: string, timeoutMs = 10_000): Promise<ExtensionSample> {
    const page = await this.run.context.newPage();
    const cdp = await this.run.context.newCDPSession(page);
    try {
      const stopTrace = await startTrace(cdp);
      await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
      await page.waitForFunction(MARKS_READY, undefined, { timeout: timeoutMs, polling: 100 }).catch(() => undefined);
      await page.waitForTimeout(300);
      const tasks = extensionTasks(await stopTrace(), this.run.extensionId);
      const s = (await page.evaluate(COLLECT)) as PageSample;
      return { ...s, longestTaskMs: tasks.longestMs, longestTaskCpuMs: tasks.longestCpuMs, mainThreadMs: tasks.totalMs, heapBytes: await heapUsed(this.run.context, page) };
    } finally {
      await cdp.detach().catch(() => undefined);
      await page.close();
    }
  }

  /**
   * Time to marks painted (ms) with the extension's service worker stopped just before the load,
   * as after half a minute of idling: the analysis then waits for the worker to start and runs
   * on a cold engine. No trace: only the content script's own measures.
   */
  async coldWorkerPainted(url: string, timeoutMs = 10_000): Promise<number> {
    const page = await this.run.context.newPage();
    try {
      const cdp = await this.run.context.newCDPSession(page);
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await cdp.detach();
      await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
      await page.waitForFunction(MARKS_READY, undefined, { timeout: timeoutMs, polling: 100 }).catch(() => undefined);
      return ((await page.evaluate(COLLECT)) as PageSample).paintedMs;
    } finally {
      await page.close();
    }
  }

  /** Browser name and version, e.g. "HeadlessChrome/156.0.0.0". */
  async version(): Promise<string> {
    const ua = (await this.run.worker.evaluate('navigator.userAgent')) as string;
    return /(Headless)?Chrom(e|ium)\/[\d.]+/.exec(ua)?.[0] ?? ua;
  }

  /** Uncaught errors from the extension's code during the bench (should be none). */
  errors(): string[] {
    return this.run.extensionErrors().map((e) => `${e.pageUrl}: ${e.message}`);
  }

  close(): Promise<void> {
    return this.run.close();
  }
}

/** The same Chromium without any extension: the heap baseline. */
export class WithoutExtension {
  private constructor(private readonly context: BrowserContext, private readonly temp: BrowserTemp) {}

  static async start(): Promise<WithoutExtension> {
    const temp = await makeBrowserTemp('bench-plain');
    const context = await chromium.launchPersistentContext(temp.profile, {
      executablePath: findChromium(),
      headless: true,
      env: temp.env,
      viewport: { width: 1280, height: 800 },
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
        '--disable-sync', '--no-first-run', '--disable-quic', '--disable-extensions',
        '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1'],
    });
    return new WithoutExtension(context, temp);
  }

  async heap(url: string): Promise<number> {
    const page = await this.context.newPage();
    try {
      await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
      await page.waitForTimeout(300);
      return await heapUsed(this.context, page);
    } finally {
      await page.close();
    }
  }

  async close(): Promise<void> {
    await this.context.close().catch(() => undefined);
    await this.temp.remove();
  }
}
