/**
 * What the bench reads from a page after the extension ran: the content script's own
 * performance entries, long tasks collected by an init script installed before the page's first
 * byte, and the number of marks. (Long-animation-frame entries would name scripts, but Chromium
 * does not report content scripts there; trace.ts attributes tasks instead.)
 */

/** Installed with addInitScript: records long tasks from the very start. */
export const OBSERVERS_INIT = `(() => {
  const store = { tasks: [] };
  Object.defineProperty(window, '__saysWhoBench', { value: store });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) store.tasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
})();`;

/** Raw figures from one page load. */
export interface PageSample {
  /** ms from the content script's start mark to marks painted; NaN when never painted. */
  paintedMs: number;
  /** 'says-who:read' and 'says-who:analyze' measures, when recorded. */
  readMs: number;
  analyzeMs: number;
  /** ms from the start mark to the settings' arrival (end of 'says-who:settings'): the read and the engine run while they travel. */
  settingsMs: number;
  /** Longest long task (>= 50 ms, any cause) overlapping the extension's work: an upper bound. */
  overlapTaskMs: number;
  /** Ranges per says-who highlight, summed. */
  marks: number;
}

/** Evaluated in the page: collects a PageSample. */
export const COLLECT = `(() => {
  const one = (name) => performance.getEntriesByName(name)[0];
  const start = one('says-who:start');
  const painted = one('says-who:marks-painted');
  const read = one('says-who:read');
  const analyze = one('says-who:analyze');
  const settings = one('says-who:settings');
  const store = window.__saysWhoBench || { tasks: [] };
  const from = start ? start.startTime : Infinity;
  // The extension's work: its start mark to marks painted (+50 ms for the paint itself); without
  // a paint, to the end of its last own entry. Tasks overlapping it are an upper bound of its cost.
  let to = -Infinity;
  if (painted) to = painted.startTime + painted.duration + 50;
  else for (const e of performance.getEntries()) if (e.name.startsWith('says-who:')) to = Math.max(to, e.startTime + e.duration + 50);
  let longest = 0;
  for (const t of store.tasks) if (t.start < to && t.start + t.duration > from) longest = Math.max(longest, t.duration);
  let marks = 0;
  if (globalThis.CSS && CSS.highlights) for (const [name, h] of CSS.highlights) if (name.startsWith('says-who')) marks += h.size;
  return {
    paintedMs: painted ? painted.startTime + painted.duration - (start ? start.startTime : painted.startTime) : NaN,
    readMs: read ? read.duration : NaN,
    analyzeMs: analyze ? analyze.duration : NaN,
    settingsMs: settings && start ? settings.startTime + settings.duration - start.startTime : NaN,
    overlapTaskMs: longest,
    marks,
  };
})()`;
