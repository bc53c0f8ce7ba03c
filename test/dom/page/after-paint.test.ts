/**
 * afterPaint: the session builds the page's summary only after the marks' frame, so that work
 * never delays the frame. These tests drive the frame by hand: a stubbed requestAnimationFrame
 * whose callbacks run only when the test says the frame has come.
 */
import { expect, test } from 'vitest';
import { afterPaint } from '../../../src/page/scheduler.ts';

/** A window whose frames come only when `frame()` is called, with a settable visibility. */
function framedWindow(visibility: DocumentVisibilityState = 'visible') {
  const callbacks: FrameRequestCallback[] = [];
  const win = {
    document: { visibilityState: visibility },
    requestAnimationFrame: (cb: FrameRequestCallback) => callbacks.push(cb),
    setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
    clearTimeout: (id: ReturnType<typeof setTimeout>) => clearTimeout(id),
  } as unknown as Window;
  const frame = () => {
    for (const cb of callbacks.splice(0)) cb(performance.now());
  };
  return { win, frame, pending: () => callbacks.length };
}

const settle = () => new Promise((r) => setTimeout(r, 5));

test('resolves only after the next frame, in a task of its own', async () => {
  const { win, frame } = framedWindow();
  let done = false;
  const wait = afterPaint(win).then(() => (done = true));
  await settle();
  expect(done).toBe(false);
  frame();
  // Not in the frame's own callbacks (nor their microtasks): in a task after the frame.
  for (let i = 0; i < 5; i++) await Promise.resolve();
  expect(done).toBe(false);
  await wait;
  expect(done).toBe(true);
});

test('a hidden tab, which has no frames, does not wait for one', async () => {
  const { win, pending } = framedWindow('hidden');
  await afterPaint(win);
  expect(pending()).toBe(0);
});

test('a frame that never comes (a throttled tab) still lets the work run', async () => {
  const { win } = framedWindow();
  const started = performance.now();
  await afterPaint(win);
  expect(performance.now() - started).toBeGreaterThanOrEqual(90);
});
