/**
 * Every part of a page session undoes its own listeners, timers and DOM when the session's
 * signal aborts; this is the one way they ask for that.
 */

/** Calls `cleanup` once, when `signal` aborts. */
export function onAbort(signal: AbortSignal, cleanup: () => void): void {
  signal.addEventListener('abort', cleanup, { once: true });
}
