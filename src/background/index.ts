/**
 * Starts the background (Chrome service worker, Firefox event page) on the real browser. All
 * logic is in wire.ts and the pure modules beside it; this only binds the polyfill.
 */
import browser from 'webextension-polyfill';
import type { BackgroundBrowser } from './api.ts';
import { wireBackground } from './wire.ts';

/** Adds every background listener synchronously, as MV3 requires. */
export function startBackground(): void {
  wireBackground(browser as unknown as BackgroundBrowser);
}
