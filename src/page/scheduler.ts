/**
 * Runs long work (analysis, Range building) in slices of a few milliseconds and gives the event
 * loop back between slices, so a huge page never causes a long task (target: none over 50 ms).
 */

/** Milliseconds of work per task before yielding. */
export const TASK_BUDGET_MS = 8;

/**
 * Gives the event loop back: `scheduler.yield()` where it exists (Chrome), whose continuation
 * runs before the tasks already queued (input and rendering still go first), else yieldToTasks.
 */
export function yieldToEventLoop(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (s && typeof s.yield === 'function') return s.yield();
  return yieldToTasks();
}

/**
 * Gives the event loop back behind the tasks already queued: a MessageChannel macrotask, which
 * unlike nested setTimeout(0) is not clamped to 4 ms. Work that waits for a reply queued
 * meanwhile (the settings' IPC answer) yields this way, since scheduler.yield()'s continuations
 * would keep running ahead of that reply until the work is done.
 */
export function yieldToTasks(): Promise<void> {
  if (typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** How long afterPaint waits for a frame that does not come (a throttled or hidden tab). */
const PAINT_WAIT_MS = 100;

/**
 * Resolves in a task after the next frame, or at once in a hidden tab (which has no frames).
 * Work that can wait until the marks show goes here: a continuation of scheduler.yield() may run
 * before that frame and delay it.
 */
export function afterPaint(win: Window): Promise<void> {
  if (win.document.visibilityState === 'hidden') return yieldToTasks();
  return new Promise((resolve) => {
    const timer = win.setTimeout(resolve, PAINT_WAIT_MS);
    win.requestAnimationFrame(() => {
      win.clearTimeout(timer);
      // Queued from inside the frame's callbacks, the task runs after that frame is painted.
      void yieldToTasks().then(resolve);
    });
  });
}

/** Knobs for runSliced; tests pass a fake clock and yield. */
export interface SliceOptions {
  signal: AbortSignal;
  budgetMs?: number;
  now?: () => number;
  yieldFn?: () => Promise<void>;
  /** Called after each yield; return false to stop (a newer scan started). */
  stillWanted?: () => boolean;
}

/**
 * Drives a generator to completion, yielding to the event loop whenever a slice has used its
 * budget. Resolves to the generator's result, or null when aborted or no longer wanted.
 */
export async function runSliced<T>(steps: Generator<void, T>, opts: SliceOptions): Promise<T | null> {
  const budget = opts.budgetMs ?? TASK_BUDGET_MS;
  const now = opts.now ?? (() => performance.now());
  const yieldFn = opts.yieldFn ?? yieldToEventLoop;
  let sliceStart = now();
  // Stops `steps` when aborted or no longer wanted; true when it did.
  const stopped = (): boolean => {
    if (!opts.signal.aborted && (!opts.stillWanted || opts.stillWanted())) return false;
    steps.return?.(undefined as never);
    return true;
  };
  for (;;) {
    if (opts.signal.aborted) {
      steps.return?.(undefined as never);
      return null;
    }
    const step = steps.next();
    if (step.done) return step.value;
    if (now() - sliceStart >= budget) {
      await yieldFn();
      if (stopped()) return null;
      sliceStart = now();
    }
  }
}
