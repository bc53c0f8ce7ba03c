/**
 * On a huge page only the marks around the viewport are registered (viewport-window.ts), so the
 * session follows the scroll: at most one reframe per animation frame, cancelled with the session.
 * The reframe runs in the frame AFTER the scroll's: a long jump makes the page paint a whole new
 * region (50 ms on the 100,000-element page), and moving the marks' window repaint-checks every
 * marked node; in one frame the two together went over the 50 ms task budget.
 */
import { onAbort } from './on-abort.ts';

/** Calls `onScroll` on every scroll and `reframe` once per frame while the page scrolls, until `signal` aborts. */
export function followScroll(win: Window, onScroll: () => void, reframe: () => void, signal: AbortSignal): void {
  let frame = 0;
  const run = () => {
    frame = 0;
    reframe();
  };
  win.addEventListener('scroll', () => {
    onScroll();
    if (!frame) frame = win.requestAnimationFrame(() => (frame = win.requestAnimationFrame(run)));
  }, { passive: true, capture: true, signal });
  onAbort(signal, () => win.cancelAnimationFrame(frame));
}
