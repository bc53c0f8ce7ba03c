import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { existsSync, rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium } from './chromium-path.ts';
import { ContextMonitor, type ConsoleEntry, type ExtensionRequest, type PageError } from './monitor.ts';
import { DIST_CHROME, POPUP_PATH } from './paths.ts';
import { makeBrowserTemp } from './temp.ts';

/** Options for `launchChromium`. */
export interface ChromiumOptions {
  /** Reuse this profile folder (e.g. to test a browser restart); the caller owns and removes it. */
  userDataDir?: string;
  /** Keep the fresh profile after close (its path is `profileDir`); remove it with `removeProfile`. */
  keepProfile?: boolean;
  /** Default true; the demo runs headed when a display exists. */
  headless?: boolean;
  /** Default dist/chrome. */
  extensionDir?: string;
  /** Default 1280x800. */
  viewport?: { width: number; height: number };
  /** Extra Chromium command-line switches. */
  args?: string[];
  /**
   * Default true: this run's extension requests also count for the suite-wide privacy check
   * (test/setup/e2e-privacy.ts). Only a test that provokes requests on purpose turns it off.
   */
  auditRequests?: boolean;
}

/** A Chromium with the built extension loaded, plus what tests need to drive and observe it. */
export interface ChromiumRun {
  context: BrowserContext;
  extensionId: string;
  /** The extension's current service worker (follows restarts). */
  readonly worker: Worker;
  /** Profile folder of this run (kept after close only with keepProfile or userDataDir). */
  profileDir: string;
  newPage(url: string): Promise<Page>;
  popupUrl(tabId: number): string;
  tabIdFor(page: Page): Promise<number>;
  consoleMessages: ConsoleEntry[];
  pageErrors: PageError[];
  extensionRequests: string[];
  extensionRequestDetails: ExtensionRequest[];
  /** Console entries from extension code only (content script, worker, extension pages). */
  extensionConsole(): ConsoleEntry[];
  /** Uncaught errors thrown by extension code. */
  extensionErrors(): PageError[];
  close(): Promise<void>;
}

/** Switches that keep headless Chromium quiet and offline (see ../shared/docs/toolchain.md). */
function chromiumArgs(dist: string, extra: string[]): string[] {
  return [
    `--disable-extensions-except=${dist}`, `--load-extension=${dist}`,
    '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', '--disable-quic', '--no-default-browser-check',
    // Corpus pages reference outside hosts: fail them at DNS at once instead of waiting on the network.
    '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
    ...extra,
  ];
}

/**
 * Headless Chromium (/usr/bin/chromium or CHROME_PATH) with dist/chrome loaded, in its own temp
 * profile and HOME/XDG folders that close() removes, so e2e tests never touch the user's setup.
 */
export async function launchChromium(opts: ChromiumOptions = {}): Promise<ChromiumRun> {
  const dist = opts.extensionDir ?? DIST_CHROME;
  if (!existsSync(join(dist, 'manifest.json'))) throw new Error(`${dist}/manifest.json is missing: run \`npm run build\` first.`);
  const ownProfile = !opts.userDataDir;
  const profileDir = opts.userDataDir ?? (opts.keepProfile ? await mkdtemp(join(tmpdir(), 'says-who-profile-')) : undefined);
  const temp = await makeBrowserTemp('chromium', profileDir);
  const context = await chromium.launchPersistentContext(temp.profile, {
    executablePath: findChromium(),
    headless: opts.headless ?? true,
    env: temp.env,
    args: chromiumArgs(dist, opts.args ?? []),
    viewport: opts.viewport ?? { width: 1280, height: 800 },
  });
  let current = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  current ??= await context
    .waitForEvent('serviceworker', { predicate: (w) => w.url().startsWith('chrome-extension://'), timeout: 20_000 })
    .catch(async (err: unknown) => {
      await context.close().catch(() => undefined);
      await temp.remove();
      throw new Error(`The extension's service worker did not start within 20 s (is ${dist} a complete build?): ${String(err)}`);
    });
  const extensionId = new URL(current.url()).host;
  context.on('serviceworker', (w) => {
    if (w.url().startsWith(`chrome-extension://${extensionId}/`)) current = w;
  });
  // If the process dies without close(), Playwright kills the browser; drop the temp folders too.
  const cleanOnExit = () => rmSync(temp.root, { recursive: true, force: true });
  process.once('exit', cleanOnExit);
  const monitor = new ContextMonitor(context, () => `chrome-extension://${extensionId}/`, opts.auditRequests ?? true);
  let tabLock: Promise<unknown> = Promise.resolve();

  const run: ChromiumRun = {
    context,
    extensionId,
    get worker() {
      return current!;
    },
    profileDir: temp.profile,
    async newPage(url) {
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
      return page;
    },
    popupUrl: (tabId) => `chrome-extension://${extensionId}/${POPUP_PATH}?tab=${tabId}`,
    tabIdFor(page) {
      // Without the `tabs` permission the worker sees no URLs or titles: bring the page to the
      // front and ask for the active tab; serialised so concurrent calls cannot interleave.
      const next = tabLock.then(async () => {
        await page.bringToFront();
        const ids = await run.worker.evaluate(
          `chrome.tabs.query({ active: true, lastFocusedWindow: true }).then((t) => t.map((x) => x.id))`,
        ) as number[];
        if (ids.length !== 1 || typeof ids[0] !== 'number') throw new Error(`tabIdFor: expected one active tab, got ${JSON.stringify(ids)}`);
        return ids[0];
      });
      tabLock = next.catch(() => undefined);
      return next;
    },
    consoleMessages: monitor.consoleMessages,
    pageErrors: monitor.pageErrors,
    extensionRequests: monitor.extensionRequests,
    extensionRequestDetails: monitor.extensionRequestDetails,
    extensionConsole: () => monitor.extensionConsole(),
    extensionErrors: () => monitor.extensionErrors(),
    async close() {
      process.off('exit', cleanOnExit);
      await monitor.detach();
      await context.close().catch(() => undefined);
      if (ownProfile && !opts.keepProfile) await temp.remove();
      else await rm(temp.root, { recursive: true, force: true }); // HOME/XDG only; the profile lives elsewhere
    },
  };
  return run;
}

/** Removes a profile kept with `keepProfile: true`. */
export async function removeProfile(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true, maxRetries: 3 });
}
