import type { CDPSession } from 'playwright-core';

/** One Chrome trace event (the fields the bench reads). */
export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of the event, µs. */
  tdur?: number;
  args?: { data?: { url?: string } };
}

/** The cost of one main-thread task the extension caused. */
export interface TaskCost {
  /** Start on the trace clock (µs), to place the task against page marks (`markTs`). */
  ts: number;
  wallMs: number;
  /** Thread (CPU) time of the whole task. */
  cpuMs: number;
  /** Chrome's own post-load page-text capture inside the task (see `CAPTURE`), CPU ms. */
  captureMs: number;
  /** CPU the extension caused: the task's CPU minus Chrome's page-text capture. */
  causedMs: number;
  /** CPU of the extension's own code in the task (outermost script events only). */
  ownScriptMs: number;
  /** Rendering phases inside the task, CPU ms (where a frame's time goes). */
  prePaintMs: number;
  paintMs: number;
}

/** Main-thread cost attributed to the extension in one page load. */
export interface ExtensionTasks {
  /** Longest main-thread task the extension caused, wall time (ms). */
  longestMs: number;
  /**
   * Most CPU time the extension caused in one task: the task's thread time minus Chrome's own
   * post-load page-text capture when that landed in it (see `CAPTURE`). Thread time is steadier
   * than wall time on a shared, busy machine.
   */
  longestCpuMs: number;
  /** Sum of those tasks (ms): the extension's main-thread time up to marks painted. */
  totalMs: number;
  /** Longest CPU time the extension's own code (its script events, not the rendering around them) ran within one task (ms). */
  longestScriptMs: number;
  /** CPU of Chrome's page-text capture found inside the extension's tasks (0 when it ran in a frame of the page's own). */
  captureMs: number;
  /** Every task counted, in trace order. */
  tasks: TaskCost[];
}

/**
 * Trace categories: the timeline, user timing, and `renderer`, which names Chrome's
 * ChromeRenderFrameObserver::CapturePageText (otherwise invisible time inside a frame).
 */
const CATEGORIES = ['toplevel', 'devtools.timeline', 'blink.user_timing', 'renderer'];
const SCRIPT_EVENTS = new Set(['EvaluateScript', 'FunctionCall', 'v8.compile', 'ParseHTML', 'TimerFire']);

/**
 * Chrome's page-text capture (translate language detection, phishing classifier): Blink calls it
 * once per page load in the first lifecycle update after the load event (DidMeaningfulLayout
 * kFinishedLoading), in whatever frame comes first. It reads the whole page's text: 40-60 ms CPU
 * on the 100,000-element page, with or without the extension. When the extension's first frame
 * is the first one after load, it lands there; it is not the extension's cost.
 */
export const CAPTURE = 'ChromeRenderFrameObserver::CapturePageText';

/**
 * Starts a trace on a page's CDP session; the returned function stops it and gives the events.
 * Long-task and long-animation-frame entries do not name content scripts, and continuations
 * (scheduler.yield, microtasks, storage replies) carry no script URL, so the bench attributes
 * tasks from the trace: see `extensionTasks`.
 */
export async function startTrace(cdp: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES }, transferMode: 'ReportEvents' });
  return async () => {
    const done = new Promise<void>((ok) => cdp.once('Tracing.tracingComplete', () => ok()));
    await cdp.send('Tracing.end');
    await done;
    return events;
  };
}

const urlOf = (e: TraceEvent): string => e.args?.data?.url ?? '';
const cpuOf = (e: TraceEvent): number => (e.tdur ?? e.dur ?? 0) / 1000;

/** Trace time (µs) of the first user-timing mark named `name`, or NaN: splits a trace into phases. */
export function markTs(events: readonly TraceEvent[], name: string): number {
  return events.find((e) => e.name === name && e.ph === 'R')?.ts ?? events.find((e) => e.name === name)?.ts ?? Number.NaN;
}

/** CPU of each Chrome page-text capture in a trace (ms): the control run shows the page pays it without the extension too. */
export function pageTextCaptures(events: readonly TraceEvent[]): number[] {
  return events.filter((e) => e.name === CAPTURE && e.ph === 'X').map(cpuOf);
}

/**
 * Where one task's time went: its CPU, the page-text capture and rendering phases inside it,
 * and the extension's own script time (outermost own-code events only).
 */
function costOf(task: TraceEvent, inner: readonly TraceEvent[], own: (e: TraceEvent) => boolean): TaskCost {
  let captureMs = 0;
  let prePaintMs = 0;
  let paintMs = 0;
  let ownScriptMs = 0;
  let ownScriptEnd = 0;
  let paintEnd = 0;
  for (const e of inner) {
    if (e.ph !== 'X') continue;
    if (e.name === CAPTURE) captureMs += cpuOf(e);
    else if (e.name === 'PrePaint') prePaintMs += cpuOf(e);
    else if (e.name === 'Paint' && e.ts >= paintEnd) {
      // Paint events nest (frame, then layers): the outermost ones only.
      paintMs += cpuOf(e);
      paintEnd = e.ts + (e.dur ?? 0);
    }
    if (own(e) && e.ts >= ownScriptEnd) {
      ownScriptMs += cpuOf(e);
      ownScriptEnd = e.ts + (e.dur ?? 0);
    }
  }
  const cpuMs = cpuOf(task);
  return { ts: task.ts, wallMs: (task.dur ?? 0) / 1000, cpuMs, captureMs, causedMs: Math.max(0, cpuMs - captureMs), ownScriptMs, prePaintMs, paintMs };
}

/**
 * The cost of the main-thread task in which the user-timing mark `name` was made (a mark made in
 * a requestAnimationFrame callback names that frame): for control runs without the extension.
 */
export function frameCost(events: readonly TraceEvent[], name: string): TaskCost | null {
  const mark = events.find((e) => e.name === name);
  if (!mark) return null;
  const thread = events.filter((e) => e.pid === mark.pid && e.tid === mark.tid).sort((a, b) => a.ts - b.ts);
  const task = thread.find((e) => e.name === 'ThreadControllerImpl::RunTask' && e.ph === 'X' && e.ts <= mark.ts && e.ts + (e.dur ?? 0) >= mark.ts);
  return task ? costOf(task, thread.filter((e) => e.ts >= task.ts && e.ts < task.ts + (task.dur ?? 0)), () => false) : null;
}

/**
 * The extension's tasks: on the renderer thread where its content script was evaluated, every
 * task that runs its code (an event with a chrome-extension:// URL), plus every task inside its
 * work window (content script start to the `says-who:marks-painted` measure's end) that runs no
 * page script: its continuations, its storage replies and the rendering of its highlights. A task
 * that runs no script at all (a rendering frame) counts only from the first drawing of marks (the
 * `says-who:draw` measure) on: before that the extension has changed nothing the page renders, so
 * such a frame is the page's own (while the page waits for the background's analysis of a
 * 100,000-element page, the page's own 30-40 ms frames fell inside the window, 230-400 ms before
 * any mark existed).
 */
export function extensionTasks(events: TraceEvent[], extensionId: string): ExtensionTasks {
  const own = (e: TraceEvent) => urlOf(e).startsWith(`chrome-extension://${extensionId}/`);
  const first = events.filter((e) => e.name === 'EvaluateScript' && own(e)).sort((a, b) => a.ts - b.ts)[0];
  if (!first) return { longestMs: Number.NaN, longestCpuMs: Number.NaN, totalMs: Number.NaN, longestScriptMs: Number.NaN, captureMs: Number.NaN, tasks: [] };
  const thread = events.filter((e) => e.pid === first.pid && e.tid === first.tid).sort((a, b) => a.ts - b.ts);
  const paintedEnd = thread.filter((e) => e.name === 'says-who:marks-painted' && (e.ph === 'e' || e.ph === 'E')).map((e) => e.ts)[0];
  const ownEnds = thread.filter(own).map((e) => e.ts + (e.dur ?? 0));
  const windowEnd = paintedEnd ?? Math.max(...ownEnds);
  const drawnFrom = thread.find((e) => e.name === 'says-who:draw')?.ts ?? first.ts;
  const counted: TaskCost[] = [];
  let total = 0;
  const tasks = thread.filter((e) => e.name === 'ThreadControllerImpl::RunTask' && e.ph === 'X' && (e.dur ?? 0) > 0);
  let i = 0;
  for (const task of tasks) {
    const end = task.ts + task.dur!;
    while (i < thread.length && thread[i]!.ts < task.ts) i++;
    let j = i;
    let runsOwn = false;
    let runsPage = false;
    let runsScript = false;
    for (; j < thread.length && thread[j]!.ts < end; j++) {
      const e = thread[j]!;
      if (own(e)) runsOwn = true;
      else if (SCRIPT_EVENTS.has(e.name) && /^https?:/.test(urlOf(e))) runsPage = true;
      if (SCRIPT_EVENTS.has(e.name)) runsScript = true;
    }
    const inWindow = end > (runsScript ? first.ts : drawnFrom) && task.ts < windowEnd;
    if (!runsOwn && !(inWindow && !runsPage)) continue;
    counted.push(costOf(task, thread.slice(i, j), own));
    if (task.ts < windowEnd) total += task.dur! / 1000;
  }
  const max = (pick: (t: TaskCost) => number) => Math.max(0, ...counted.map(pick));
  return {
    longestMs: max((t) => t.wallMs),
    longestCpuMs: max((t) => t.causedMs),
    totalMs: total,
    longestScriptMs: max((t) => t.ownScriptMs),
    captureMs: max((t) => t.captureMs),
    tasks: counted,
  };
}
