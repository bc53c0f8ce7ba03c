import type { BidiClient } from './bidi.ts';

/** One Firefox tab (a BiDi browsing context). */
export interface FirefoxTab {
  /** BiDi context id (not the WebExtension tab id). */
  id: string;
  navigate(url: string): Promise<void>;
  /** Evaluates an expression (awaited if it is a promise) in the page; the value crosses as JSON. */
  evaluate<T>(expression: string): Promise<T>;
  close(): Promise<void>;
}

async function waitForComplete(tab: FirefoxTab, url: string, cause: unknown): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const state = await tab.evaluate<[string, string]>('[location.href, document.readyState]').catch(() => null);
    if (state && state[0] === url && state[1] === 'complete') return;
    await new Promise((ok) => setTimeout(ok, 100));
  }
  throw new Error(`Firefox did not finish loading ${url}: ${String(cause)}`);
}

/** Wraps a BiDi browsing context as a FirefoxTab. */
export function tabFor(bidi: BidiClient, id: string): FirefoxTab {
  return {
    id,
    async navigate(url) {
      try {
        await bidi.send('browsingContext.navigate', { context: id, url, wait: 'complete' });
      } catch (err) {
        // Firefox fails the command when a blocked outside sub-resource fails ("Address
        // rejected") although the page itself loads: accept it once the page is complete.
        if (!/Address rejected|NS_ERROR/.test(String(err))) throw err;
        await waitForComplete(this, url, err);
      }
    },
    async evaluate<T>(expression: string): Promise<T> {
      const wrapped = `(async () => { const v = await (${expression}); return v === undefined ? '__undefined__' : JSON.stringify(v); })()`;
      const res = await bidi.send<{ type: string; result?: { type: string; value?: unknown }; exceptionDetails?: { text?: string } }>(
        'script.evaluate', { expression: wrapped, target: { context: id }, awaitPromise: true, resultOwnership: 'none' },
      );
      if (res.type === 'exception') throw new Error(`Firefox evaluate failed: ${res.exceptionDetails?.text ?? 'unknown error'}`);
      const v = res.result?.value;
      if (v === '__undefined__' || typeof v !== 'string') return undefined as T;
      return JSON.parse(v) as T;
    },
    async close() {
      await bidi.send('browsingContext.close', { context: id });
    },
  };
}
