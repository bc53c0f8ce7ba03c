/**
 * The per-file setup most e2e files share: one static server and one Chromium with the built
 * extension, started before the file's tests and closed after them. Kept out of index.ts because
 * it registers vitest hooks, and the benchmark and demo import the harness outside vitest.
 */
import { afterAll, beforeAll } from 'vitest';
import { startServer, type StaticServer } from './server.ts';
import { launchChromium, type ChromiumRun } from './chromium.ts';

/**
 * Registers beforeAll/afterAll for a server and a Chromium; `ready` receives them once both
 * are up (and may await more set-up, such as opening the page every test reads).
 */
export function useChromium(ready: (server: StaticServer, chrome: ChromiumRun) => void | Promise<void>): void {
  let server: StaticServer | undefined;
  let chrome: ChromiumRun | undefined;
  beforeAll(async () => {
    server = await startServer();
    chrome = await launchChromium();
    await ready(server, chrome);
  });
  afterAll(async () => {
    await chrome?.close();
    await server?.close();
  });
}
