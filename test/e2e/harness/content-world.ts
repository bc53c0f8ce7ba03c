import type { Page } from 'playwright-core';
import type { ChromiumRun } from './chromium.ts';

/**
 * Evaluates `expression` in the extension's content-script world of `page` (its isolated world,
 * found through CDP), as if it came from the extension's file `file`: the lifecycle test runs the
 * built content script a second time there, the privacy test makes a request from there. Throws
 * when the page has no content-script world.
 */
export async function evaluateInContentScript(chrome: ChromiumRun, page: Page, expression: string, file: string): Promise<void> {
  const cdp = await chrome.context.newCDPSession(page);
  try {
    const worlds: { id: number; origin: string }[] = [];
    cdp.on('Runtime.executionContextCreated', (ev) => worlds.push({ id: ev.context.id, origin: ev.context.origin }));
    await cdp.send('Runtime.enable');
    const world = worlds.find((w) => w.origin.startsWith(`chrome-extension://${chrome.extensionId}`));
    if (!world) throw new Error('the page has no content-script world of the extension');
    await cdp.send('Runtime.evaluate', {
      contextId: world.id,
      expression: `${expression}\n//# sourceURL=chrome-extension://${chrome.extensionId}/${file}`,
      awaitPromise: true,
    });
  } finally {
    await cdp.detach();
  }
}
