/**
 * The messaging helpers bound to the real browser (webextension-polyfill). Extension entry
 * points and components import from here; tests use the pure modules (handle.ts, send.ts)
 * with fakes instead, because the polyfill refuses to load outside an extension.
 */
import browser from 'webextension-polyfill';
import type { ZodMiniType, infer as Infer } from 'zod/mini';
import { addCheckedListener, type HandlerResult, type MessageEventLike } from './handle.ts';
import { createSenders, type Transport } from './send.ts';
import type { SenderLike } from './sender.ts';

/** runtime.sendMessage / tabs.sendMessage of this browser. */
export const browserTransport: Transport = {
  sendMessage: (message) => browser.runtime.sendMessage(message),
  sendToTab: (tabId, message) => browser.tabs.sendMessage(tabId, message),
};

/** Typed senders over the browser (see src/messaging/send.ts). */
export const { sendToBackground, requestTabSummary, sendToTab } = createSenders(browserTransport);

/**
 * Listens for messages of one schema from this extension's own contexts only
 * (`sender.id === browser.runtime.id`), parsed before the handler sees them; aborting
 * `signal` removes the listener.
 */
export function onMessageFrom<S extends ZodMiniType, R>(
  schema: S,
  handler: (message: Infer<S>, sender: SenderLike) => HandlerResult<R>,
  options: { signal?: AbortSignal } = {},
): void {
  const event = browser.runtime.onMessage as unknown as MessageEventLike;
  addCheckedListener(schema, handler, { event, ownId: browser.runtime.id, signal: options.signal });
}
