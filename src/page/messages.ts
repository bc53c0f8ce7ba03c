/**
 * The content script's side of messaging: what it needs from the extension runtime (as an
 * interface, so the session is tested without a browser), and the one handler that parses
 * every incoming message with ToContentSchema and refuses foreign senders without throwing.
 */
import { safeParse } from 'zod/mini';
import { ToContentSchema, type ContentToBackground, type PageSummary } from '../messaging/schemas.ts';
import type { Settings } from '../settings/schema.ts';
import { isOwnSender } from '../messaging/sender.ts';

/** The extension runtime as the page session uses it. */
export interface Platform {
  loadSettings(): Promise<Settings>;
  watchSettings(onChange: (settings: Settings) => void, signal: AbortSignal): void;
  /** Sends to the background; rejects with the runtime's error. */
  send(message: ContentToBackground): Promise<void>;
  /** Registers `handler` for runtime messages until `signal` aborts; its return value is the reply. */
  onMessage(handler: (message: unknown, senderId: string | undefined) => Promise<unknown> | undefined, signal: AbortSignal): void;
  /** This extension's id; undefined once the context is invalidated. */
  runtimeId(): string | undefined;
}

/** What the session does for each message from the popup or the background. */
export interface ContentHandlers {
  scrollToClaim(id: number): void;
  stepClaim(direction: 'next' | 'previous'): void;
  toggleMarks(): void;
  getSummary(): PageSummary;
}

/**
 * Handles one runtime message: ignores other senders and malformed messages, never throws.
 * Returns the reply (a Promise, as the polyfill expects) for get-summary only.
 */
export function handleToContent(raw: unknown, senderId: string | undefined, ownId: string | undefined, handlers: ContentHandlers): Promise<PageSummary> | undefined {
  if (!ownId || !isOwnSender({ id: senderId }, ownId)) return undefined;
  const parsed = safeParse(ToContentSchema, raw);
  if (!parsed.success) return undefined;
  try {
    const message = parsed.data;
    switch (message.type) {
      case 'scroll-to-claim':
        handlers.scrollToClaim(message.id);
        return undefined;
      case 'step-claim':
        handlers.stepClaim(message.direction);
        return undefined;
      case 'toggle-marks':
        handlers.toggleMarks();
        return undefined;
      case 'get-summary':
        return Promise.resolve(handlers.getSummary());
    }
  } catch {
    return undefined;
  }
  return undefined;
}
