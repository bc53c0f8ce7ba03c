/**
 * Hover tracking for the card: pointer moves are sampled at most once per animation frame
 * (the caret APIs force layout, so running them per event would cost the page), and the card
 * is dismissed when the pointer leaves the window, the page scrolls, or Escape is pressed.
 */
import { onAbort } from './on-abort.ts';

/** What the hover tracker reports. */
export interface HoverHandlers {
  /** The pointer is at (x, y): find and show what is under it (or hide). */
  onPoint(x: number, y: number): void;
  /** The pointer left, or the page scrolled: hide hover-driven UI. */
  onLeave(reason: 'leave' | 'scroll'): void;
}

/** Starts tracking the pointer; every listener is removed when `signal` aborts. */
export function trackPointer(win: Window, handlers: HoverHandlers, signal: AbortSignal): void {
  let frame = 0;
  let x = 0;
  let y = 0;
  const run = () => {
    frame = 0;
    if (!signal.aborted) handlers.onPoint(x, y);
  };
  const opts = { capture: true, passive: true, signal };
  win.addEventListener(
    'pointermove',
    (event) => {
      if (event.pointerType === 'touch') return;
      x = event.clientX;
      y = event.clientY;
      if (!frame) frame = win.requestAnimationFrame(run);
    },
    opts,
  );
  win.document.documentElement.addEventListener('pointerleave', () => handlers.onLeave('leave'), opts);
  win.addEventListener('blur', () => handlers.onLeave('leave'), opts);
  win.addEventListener('scroll', () => handlers.onLeave('scroll'), opts);
  onAbort(signal, () => {
    if (frame) win.cancelAnimationFrame(frame);
  });
}
