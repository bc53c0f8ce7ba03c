import browser from 'webextension-polyfill';

/** Starts the background: placeholder wiring until the per-tab state lands. */
export function startBackground(): void {
  browser.runtime.onMessage.addListener((msg: unknown) => {
    if (typeof msg === 'object' && msg !== null && (msg as { type?: unknown }).type === 'ping') {
      return Promise.resolve({ type: 'pong' });
    }
    return undefined;
  });
}
