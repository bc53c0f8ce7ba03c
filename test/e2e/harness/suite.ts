/**
 * The per-file setup most e2e files share: one static server and one Chromium (or Firefox) with
 * the built extension, started before the file's tests and closed after them. Kept out of index.ts because
 * it registers vitest hooks, and the benchmark and demo import the harness outside vitest.
 */
import { afterAll, beforeAll } from 'vitest';
import { startServer, type StaticServer } from './server.ts';
import { launchChromium, type ChromiumRun } from './chromium.ts';
import { launchFirefox, type FirefoxRun } from './firefox.ts';

/**
 * Registers beforeAll/afterAll for a server and a Chromium; `ready` receives them once both
 * are up (and may await more set-up, such as opening the page every test reads).
 */
export function useChromium(ready: (server: StaticServer, chrome: ChromiumRun) => void | Promise<void>): void {
  useBrowser(launchChromium, ready);
}

/** useChromium's twin for Firefox ESR. */
export function useFirefox(ready: (server: StaticServer, firefox: FirefoxRun) => void | Promise<void>): void {
  useBrowser(launchFirefox, ready);
}

function useBrowser<B extends { close(): Promise<void> }>(launch: () => Promise<B>, ready: (server: StaticServer, browser: B) => void | Promise<void>): void {
  let server: StaticServer | undefined;
  let browser: B | undefined;
  beforeAll(async () => {
    server = await startServer();
    browser = await launch();
    await ready(server, browser);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
}
