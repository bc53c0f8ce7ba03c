/**
 * Keeps at most one live content script per page. After an extension update or reload the old
 * script keeps running in open tabs with a dead extension context; a new instance records its
 * token where only extension code can see it and announces itself with a window event, and any
 * older instance that then finds a token not its own stops. A session also stops when its
 * extension context is gone.
 */

/** The window event both old and new instances listen to. */
export const INSTANCE_EVENT = 'says-who:instance';

/** A random token for this instance. */
function newToken(): string {
  const c = globalThis.crypto;
  if (c && typeof c.randomUUID === 'function') return c.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

/**
 * Where the newest instance writes its token: a property of the content script's own `window`
 * wrapper, which the page's scripts can neither see nor set (isolated world / Xray). The event
 * only says "look"; a page dispatching a forged event cannot stop us, since the slot still holds
 * our token.
 */
const LATEST = '__saysWhoLatestInstance';

/**
 * Announces this instance and calls `onSuperseded` when a newer one announces itself.
 * Listening starts after announcing, so an instance never hears itself.
 */
export function claimPage(win: Window, onSuperseded: () => void, signal: AbortSignal): void {
  const token = newToken();
  const slot = win as unknown as Record<string, unknown>;
  slot[LATEST] = token;
  try {
    const Ctor = (win as unknown as { CustomEvent?: typeof CustomEvent }).CustomEvent ?? CustomEvent;
    win.dispatchEvent(new Ctor(INSTANCE_EVENT, { detail: token }));
  } catch {
    /* a page that overrides CustomEvent: we simply cannot announce */
  }
  win.addEventListener(
    INSTANCE_EVENT,
    () => {
      if (slot[LATEST] !== token) onSuperseded();
    },
    { signal },
  );
}

/** True when `error` says the extension was reloaded or removed under this script. */
export function isContextGone(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /extension context invalidated/i.test(message);
}

/** True while the extension context is alive (`runtime.id` disappears when it is invalidated). */
export function contextAlive(runtimeId: () => string | undefined): boolean {
  try {
    return Boolean(runtimeId());
  } catch {
    return false;
  }
}
