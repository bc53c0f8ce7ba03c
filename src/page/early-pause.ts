/**
 * How the session's early read (started before the settings arrive) pauses between slices. Chromium sends the settings request from a task of its own and queues
 * the reply (~5-10 ms later) as a task, while scheduler.yield()'s continuations run ahead of
 * queued tasks: pausing that way would hold the request, then its reply, back until all the
 * work is done (settings at 20-60 ms instead of 5-10 ms, and a disabled site doing all the work).
 * So until the reply lands the work yields behind the queued tasks, and the reply's task resumes
 * it at once (`wake`). A reply that landed before a pause began is applied in that pause's own
 * task, which must end first: such a pause is a plain one.
 */
import { yieldToEventLoop, yieldToTasks } from './scheduler.ts';

/** The early work's pauses. */
export interface EarlyPause {
  /** Gives the event loop back between two slices of early work. */
  pause(): Promise<void>;
  /** Ends the current pause now (call it once the settings are applied, in their reply's task). */
  wake(): void;
}

/** Pauses for early work racing `reply`; `applied()` says the session has the settings. */
export function earlyPause(reply: Promise<unknown>, applied: () => boolean): EarlyPause {
  let landed = false;
  let waiting: (() => void) | null = null;
  reply.then(
    () => (landed = true),
    () => undefined,
  );
  return {
    pause() {
      if (landed || applied()) return yieldToEventLoop();
      return new Promise<void>((resolve) => {
        waiting = resolve;
        void yieldToTasks().then(resolve);
      });
    },
    wake() {
      const resolve = waiting;
      waiting = null;
      resolve?.();
    },
  };
}
