/**
 * Who may talk to whom. Every receiver checks the sender before parsing: only this extension's
 * own contexts count, so a message from another extension (or anything forged) is ignored.
 */

/** The parts of runtime.MessageSender the checks read; kept structural so tests can pass plain objects. */
export interface SenderLike {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number };
  /** Chrome only: 'active', 'prerender' or 'cached' (back/forward cache). */
  documentLifecycle?: string;
}

/** True when the message comes from one of this extension's own contexts. */
export function isOwnSender(sender: SenderLike | undefined, ownId: string): boolean {
  return !!sender && typeof sender.id === 'string' && sender.id === ownId;
}

/**
 * The tab id of a content script's message from the tab's top frame, or null when the message
 * did not come from a live top-level document (an iframe, a prerendered or cached page, the
 * popup): those must not overwrite what the tab is showing.
 */
export function topFrameTabId(sender: SenderLike | undefined): number | null {
  const tabId = sender?.tab?.id;
  if (typeof tabId !== 'number' || tabId < 0) return null;
  if (sender?.frameId !== undefined && sender.frameId !== 0) return null;
  if (sender?.documentLifecycle !== undefined && sender.documentLifecycle !== 'active') return null;
  return tabId;
}
