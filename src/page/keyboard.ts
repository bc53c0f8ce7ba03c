/**
 * Keyboard navigation among marked claims (the `next-claim` / `previous-claim` commands reach
 * the page as `step-claim` messages) and Escape to dismiss. The stepping rule is pure.
 */

/**
 * The claim id to move to from `current`, among `ids` (visible claims in page order), wrapping
 * around at either end; null when there is nothing to move to.
 */
export function stepIndex(ids: readonly number[], current: number | null, direction: 'next' | 'previous'): number | null {
  if (ids.length === 0) return null;
  if (current === null) return direction === 'next' ? ids[0]! : ids[ids.length - 1]!;
  if (direction === 'next') {
    for (const id of ids) if (id > current) return id;
    return ids[0]!;
  }
  for (let i = ids.length - 1; i >= 0; i--) if (ids[i]! < current) return ids[i]!;
  return ids[ids.length - 1]!;
}

/** Calls `onEscape` when the reader presses Escape anywhere on the page, until `signal` aborts. */
export function listenEscape(win: Window, onEscape: () => void, signal: AbortSignal): void {
  win.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Escape') onEscape();
    },
    { capture: true, passive: true, signal },
  );
}
