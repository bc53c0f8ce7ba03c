/**
 * Typed senders: each message is checked against its direction's schema before it leaves, and
 * each reply is parsed on arrival, so a wrong shape fails loudly at the sender instead of
 * quietly at the receiver. The transport is injected, which keeps this free of the browser
 * polyfill and testable in Node (src/messaging/browser.ts binds it to the real browser).
 */
import { parse, safeParse } from 'zod/mini';
import {
  ContentToBackgroundSchema,
  PageSummarySchema,
  PopupToBackgroundSchema,
  TabSummaryReplySchema,
  ToContentSchema,
  type ContentToBackground,
  type PageSummary,
  type PopupToBackground,
  type ToContent,
} from './schemas.ts';

/** runtime.sendMessage and tabs.sendMessage, as the senders need them. */
export interface Transport {
  sendMessage(message: unknown): Promise<unknown>;
  sendToTab(tabId: number, message: unknown): Promise<unknown>;
}

/** The typed senders over one transport. */
export interface Senders {
  /** content script or popup -> background; resolves with the raw reply (none for content messages). */
  sendToBackground(message: ContentToBackground | PopupToBackground): Promise<unknown>;
  /** popup -> background: the stored summary of one tab, or null (unknown tab or a bad reply). */
  requestTabSummary(tabId: number): Promise<PageSummary | null>;
  /** popup or background -> one tab's content script; rejects when no content script listens there. */
  sendToTab(tabId: number, message: ToContent): Promise<unknown>;
}

/** Builds the typed senders over a transport. */
export function createSenders(transport: Transport): Senders {
  return {
    sendToBackground(message) {
      const checked =
        message.type === 'get-tab-summary' ? parse(PopupToBackgroundSchema, message) : parse(ContentToBackgroundSchema, message);
      return transport.sendMessage(checked);
    },
    async requestTabSummary(tabId) {
      const reply = await transport.sendMessage(parse(PopupToBackgroundSchema, { type: 'get-tab-summary', tabId }));
      const parsed = safeParse(TabSummaryReplySchema, reply);
      return parsed.success ? parsed.data.summary : null;
    },
    sendToTab(tabId, message) {
      return transport.sendToTab(tabId, parse(ToContentSchema, message));
    },
  };
}

/**
 * Reads a content script's reply to `get-summary`: either `{ summary }` (TabSummaryReply) or a
 * bare PageSummary is accepted, anything else counts as "no summary yet".
 */
export function readSummaryReply(reply: unknown): PageSummary | null {
  const wrapped = safeParse(TabSummaryReplySchema, reply);
  if (wrapped.success) return wrapped.data.summary;
  const bare = safeParse(PageSummarySchema, reply);
  return bare.success ? bare.data : null;
}
