import type { CDPSession } from 'playwright-core';

/** One Chrome trace event (the fields the bench reads). */
interface TraceEvent {
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

/** Main-thread cost attributed to the extension in one page load. */
export interface ExtensionTasks {
  /** Longest main-thread task the extension caused (ms). */
  longestMs: number;
  /** The same task's thread (CPU) time: steadier than wall time on a shared, busy machine. */
  longestCpuMs: number;
  /** Sum of those tasks (ms): the extension's main-thread time up to marks painted. */
  totalMs: number;
  /** Longest time the extension's own code (its script events, not the rendering around them) ran within one task (ms). */
  longestScriptMs: number;
}

const CATEGORIES = ['toplevel', 'devtools.timeline', 'blink.user_timing'];
const SCRIPT_EVENTS = new Set(['EvaluateScript', 'FunctionCall', 'v8.compile', 'ParseHTML', 'TimerFire']);

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

/**
 * The extension's tasks: on the renderer thread where its content script was evaluated, every
 * task that runs its code (an event with a chrome-extension:// URL), plus every task inside its
 * work window (content script start to the `says-who:marks-painted` measure's end) that runs no
 * page script: its continuations, its storage replies and the rendering of its highlights.
 */
export function extensionTasks(events: TraceEvent[], extensionId: string): ExtensionTasks {
  const own = (e: TraceEvent) => urlOf(e).startsWith(`chrome-extension://${extensionId}/`);
  const first = events.filter((e) => e.name === 'EvaluateScript' && own(e)).sort((a, b) => a.ts - b.ts)[0];
  if (!first) return { longestMs: Number.NaN, longestCpuMs: Number.NaN, totalMs: Number.NaN, longestScriptMs: Number.NaN };
  const thread = events.filter((e) => e.pid === first.pid && e.tid === first.tid).sort((a, b) => a.ts - b.ts);
  const paintedEnd = thread.filter((e) => e.name === 'says-who:marks-painted' && (e.ph === 'e' || e.ph === 'E')).map((e) => e.ts)[0];
  const ownEnds = thread.filter(own).map((e) => e.ts + (e.dur ?? 0));
  const windowEnd = paintedEnd ?? Math.max(...ownEnds);
  let longest = 0;
  let longestCpu = 0;
  let total = 0;
  let longestScriptCpu = 0;
  const tasks = thread.filter((e) => e.name === 'ThreadControllerImpl::RunTask' && e.ph === 'X' && (e.dur ?? 0) > 0);
  let i = 0;
  for (const task of tasks) {
    const end = task.ts + task.dur!;
    while (i < thread.length && thread[i]!.ts < task.ts) i++;
    let runsOwn = false;
    let runsPage = false;
    let ownScriptEnd = 0;
    let ownScriptMs = 0;
    for (let j = i; j < thread.length && thread[j]!.ts < end; j++) {
      const e = thread[j]!;
      if (own(e)) {
        runsOwn = true;
        // Sum the outermost own-code events only (nested ones are inside their parent's time).
        if (e.ph === 'X' && e.ts >= ownScriptEnd) {
          ownScriptMs += (e.dur ?? 0) / 1000;
          ownScriptEnd = e.ts + (e.dur ?? 0);
        }
      }
      else if (SCRIPT_EVENTS.has(e.name) && /^https?:/.test(urlOf(e))) runsPage = true;
    }
    const inWindow = end > first.ts && task.ts < windowEnd;
    if (runsOwn || (inWindow && !runsPage)) {
      const ms = task.dur! / 1000;
      if (runsOwn) longestScriptCpu = Math.max(longestScriptCpu, ownScriptMs);
      if (ms > longest) {
        longest = ms;
        longestCpu = (task.tdur ?? task.dur!) / 1000;
      }
      if (task.ts < windowEnd) total += ms;
    }
  }
  return { longestMs: longest, longestCpuMs: longestCpu, totalMs: total, longestScriptMs: longestScriptCpu };
}
