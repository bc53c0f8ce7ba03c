/**
 * The page session: everything the content script does on one page, owned by ONE
 * AbortController. Aborting it removes every listener, observer, timer, highlight, the card
 * host. Flow: settings (meanwhile the article is read, and analysed in the background) -> (site
 * disabled / on-demand: wait) -> build Ranges -> draw -> report; then stay live (settings,
 * new content, SPA navigations) until stopped, superseded by a newer instance, or orphaned.
 */
import type { Settings } from '../settings/schema.ts';
import type { PageStatus, PageSummary } from '../messaging/schemas.ts';
import type { Engine, ReadArticle, ReadResult, ReadSteps } from './contracts.ts';
import { createHighlighter } from './highlighter.ts';
import { createCard } from './card/card.ts';
import { createExplainer, type ExplainView } from './explain.ts';
import { trackPointer } from './pointer.ts';
import { listenEscape } from './keyboard.ts';
import { observeContent, type DebounceOptions } from './observer.ts';
import { watchNavigation } from './navigation.ts';
import { claimPage, contextAlive, isContextGone } from './lifecycle.ts';
import { handleToContent, type Platform } from './messages.ts';
import { scanPage, type ScanResult } from './scan.ts';
import { afterPaint } from './scheduler.ts';
import { earlyPause } from './early-pause.ts';
import { isSiteDisabled } from '../settings/sites.ts';
import { changeTracker, pageSummary } from './report.ts';
import { toneOf } from './tone.ts';
import { labelColours, type Tone } from './styles/palettes.ts';
import { createPageReader, oneStep } from './page-reader.ts';
import { followScroll } from './scroll-follow.ts';
import { looksLikeArticle } from './article-hint.ts';
import { mark, measure } from './timing.ts';

/** Text nodes the housekeeping tick checks for changes each time (all of them on a news page, a slice of a huge one). */
const STALE_CHECKS_PER_TICK = 5000;

/** What a session is built from; tests pass fakes. */
export interface SessionDeps {
  win: Window;
  platform: Platform;
  readArticle: ReadArticle;
  /** readArticle as steps, run in time-boxed slices (the content script's); without it readArticle runs in one go. */
  readSteps?: ReadSteps;
  /** The engine: the background's over a port in the extension, src/core's own in tests. */
  engine: Engine;
  /** The slow housekeeping tick (URL check, registry check, context check), ms. */
  tickMs?: number;
  debounce?: DebounceOptions;
}

/** A running session. */
export interface Session {
  readonly signal: AbortSignal;
  /** Resolves when settings are loaded and the first scan (if any) has finished. */
  readonly ready: Promise<void>;
  stop(): void;
  /** The current state, for tests and diagnostics. */
  state(): { status: PageStatus; generation: number; scan: ScanResult | null; marksOn: boolean; summary: PageSummary | null };
}

/** Starts a session on `deps.win`'s document. Never throws: any failure stops the session quietly. */
export function createSession(deps: SessionDeps): Session {
  const { win, platform } = deps;
  const doc = win.document;
  const controller = new AbortController();
  const signal = controller.signal;
  const startTime = performance.now();
  mark('says-who:start');
  // The settings travel first (an IPC round trip): everything below, and the early read, overlaps it.
  const settingsStart = performance.now();
  const pending = new Promise<Settings>((resolve) => resolve(platform.loadSettings()));
  // A session stopped before it awaits them must not leave a failure for the page's console.
  pending.catch(() => undefined);
  let settings: Settings | null = null;
  let requested = false;
  let marksOn = true;
  let generation = 0;
  let scanning = false;
  let current: ScanResult | null = null;
  let status: PageStatus = 'scanning';
  let summary: PageSummary | null = null;
  let painted = false;
  let pointerOn = false;
  let waitingRetries = 0;
  let scope: AbortController | null = null;
  let inflight: Promise<void> = Promise.resolve();
  let tone: Tone = 'light';
  /** Whether the page has scrolled since we started (until then the reader is at the top). */
  let scrolled = false;
  const changed = changeTracker();

  const stop = () => {
    if (!signal.aborted) controller.abort();
  };
  const guard = <A extends unknown[]>(fn: (...args: A) => void) => (...args: A): void => {
    try {
      if (!signal.aborted) fn(...args);
    } catch {
      stop();
    }
  };

  /**
   * The article's tone, read in the task that finished reading it (styles were just computed for
   * the visibility checks, so reading them again forces no restyle); the marks' colours follow it.
   */
  const readTone = (read: ReadResult) => {
    tone = toneOf(read.article.root);
  };
  // The early work lets the settings' reply in at its first pause (see early-pause.ts).
  const pauses = earlyPause(pending, () => settings !== null);
  const engine = deps.engine;
  const reader = createPageReader(win, deps.readSteps ?? oneStep(deps.readArticle), signal, { analyze: engine.analyze, onRead: guard(readTone), earlyYield: pauses.pause });
  // Read the article first, while the settings travel: the read's first slice runs now, in the
  // script's own task, ahead of the rest of the set-up (the highlight registry, the card, the
  // listeners), with no yield before it. Setting up first and then yielding had started the read
  // 8 ms after the session. The first scan takes this work if the page has not changed meanwhile;
  // a disabled site discards it, drawing nothing (and the background, which checks the settings
  // itself, refuses an early analysis for such a site).
  try {
    // Opening the port now wakes a sleeping background while the article is read.
    if (looksLikeArticle(doc)) engine.warm?.();
  } catch {
    /* an invalidated context: the scan's own connect will stop the session */
  }
  reader.readEarly(doc);

  const highlighter = createHighlighter(win, signal);
  const card = createCard(doc, signal);
  const disabled = () => !settings || isSiteDisabled(win.location.hostname, settings.disabledSites);
  const wantsMarks = () => Boolean(settings) && !disabled() && (settings!.mode === 'auto' || requested);
  const view = (): ExplainView | null =>
    current && settings ? { claims: current.claims, marks: current.marks, map: current.read.map, visible: settings.labels, shown: marksOn && wantsMarks() } : null;
  const explainer = createExplainer(doc, card, highlighter, view);
  const coolEngine = () => {
    try {
      engine.cool?.();
    } catch {
      /* nothing to release */
    }
  };
  signal.addEventListener('abort', coolEngine, { once: true });

  const send = (message: Parameters<Platform['send']>[0]) => {
    try {
      platform.send(message).catch((error: unknown) => {
        if (isContextGone(error)) stop();
      });
    } catch (error) {
      if (isContextGone(error)) stop();
    }
  };
  let summaryMeasured = false;
  const report = (next: PageStatus) => {
    status = next;
    const withScan = next === 'ready' || next === 'unsupported-language' || next === 'loading-more';
    const started = performance.now();
    summary = pageSummary(doc, next, withScan ? current : null);
    if (changed(summary)) send({ type: 'page-summary', summary });
    if (withScan && !summaryMeasured) {
      summaryMeasured = true;
      measure('says-who:summary', started);
    }
  };

  const redraw = () => {
    if (current && marksOn && wantsMarks() && settings) highlighter?.show(current.claims, current.marks, settings.labels, scrolled ? 'viewport' : 'top');
    else highlighter?.clear();
    explainer.reset();
  };

  const newScope = (): AbortSignal => {
    scope?.abort();
    scope = new AbortController();
    signal.addEventListener('abort', () => scope?.abort(), { once: true, signal: scope.signal });
    return scope.signal;
  };

  const drop = () => {
    generation += 1;
    scanning = false;
    scope?.abort();
    current = null;
    redraw();
  };

  const waitForArticle = () => {
    // Late hydration or an SPA shell: look again when the page settles, a few times at most.
    if (waitingRetries >= 5 || !doc.body) return;
    waitingRetries += 1;
    const scoped = newScope();
    observeContent(doc.body, () => rescan(), scoped, { wait: 500 * waitingRetries, maxWait: 3000 * waitingRetries });
    // Content revealed by a class or style change makes no childList mutation: look again later too.
    const timer = win.setTimeout(() => rescan(), 1500 * waitingRetries);
    scoped.addEventListener('abort', () => win.clearTimeout(timer), { once: true });
  };

  /**
   * Picks the marks' colour variant for the article's background (its tone, see readTone) before
   * they are drawn. The ::highlight rules themselves are the static content-script stylesheet
   * (highlights.css): a sheet added now would restyle every element, hundreds of ms on a huge page.
   */
  const prepareStyles = () => {
    if (!settings) return;
    highlighter?.setVariant(settings.palette, tone);
    card.setColours(labelColours(settings.palette, tone));
  };

  const scan = async (): Promise<void> => {
    if (!wantsMarks()) return;
    const mine = ++generation;
    scanning = true;
    if (!current) report('scanning');
    const result = await scanPage({ doc, readArticle: reader.read, earlyAnalysis: reader.earlyAnalysis, analyze: engine.analyze, signal, stillWanted: () => mine === generation, measure: !painted, onRead: guard(prepareStyles) });
    if (mine !== generation || signal.aborted) return;
    scanning = false;
    if (result === null) return;
    if (result === 'no-article') {
      coolEngine();
      current = null;
      redraw();
      report('no-article');
      waitForArticle();
      return;
    }
    current = result;
    waitingRetries = 0;
    observeContent(result.read.article.root, guard(onContentChange), newScope(), deps.debounce);
    const drawStart = performance.now();
    redraw();
    if (!painted) measure('says-who:draw', drawStart);
    if (!pointerOn) {
      pointerOn = true;
      trackPointer(win, { onPoint: guard(explainer.hover), onLeave: guard(explainer.leave) }, signal);
    }
    if (!painted) {
      painted = true;
      win.requestAnimationFrame(() => measure('says-who:marks-painted', startTime));
    }
    // The summary (thousands of claims on a huge page) is built after the marks have painted.
    await afterPaint(win);
    if (mine === generation && !signal.aborted) report(result.analysis.supported ? 'ready' : 'unsupported-language');
  };
  const rescan = guard(() => {
    if (wantsMarks()) inflight = scan().catch(stop);
  });

  const navigation = watchNavigation(win, guard(() => {
    waitingRetries = 0;
    // On demand means per page: an SPA navigation to another article waits to be asked again.
    if (settings?.mode === 'on-demand') requested = false;
    drop();
    if (wantsMarks()) rescan();
    else report('disabled');
  }), signal);
  function onContentChange() {
    navigation.check();
    rescan();
  }

  const applySettings = (next: Settings) => {
    const before = settings;
    settings = next;
    if (!before || before.highlights !== next.highlights) marksOn = next.highlights;
    highlighter?.setVariant(next.palette, tone);
    card.setColours(labelColours(next.palette, tone));
    if (disabled() || !wantsMarks()) {
      reader.discardEarly();
      coolEngine();
      if (current || scanning) drop();
      report('disabled');
      return;
    }
    if (!current && !scanning) rescan();
    else redraw();
  };

  const tick = guard(() => {
    if (!contextAlive(platform.runtimeId)) return stop();
    navigation.check();
    highlighter?.ensure();
    if (current && !scanning && (!current.read.article.root.isConnected || current.read.map.isStale(STALE_CHECKS_PER_TICK))) rescan();
  });

  const handlers = {
    scrollToClaim: (id: number) => void explainer.focusClaim(id, true),
    stepClaim: (direction: 'next' | 'previous') => explainer.step(direction),
    toggleMarks: () => {
      if (settings?.mode === 'on-demand' && !requested) {
        requested = true;
        marksOn = true;
      } else marksOn = !marksOn;
      if (!current && !scanning && wantsMarks()) rescan();
      else redraw();
    },
    getSummary: () => summary ?? pageSummary(doc, status, null),
  };

  const ready = (async () => {
    claimPage(win, stop, signal);
    platform.onMessage((raw, sender) => (signal.aborted ? undefined : handleToContent(raw, sender, platform.runtimeId(), handlers)), signal);
    listenEscape(win, guard(explainer.dismiss), signal);
    const timer = win.setInterval(tick, deps.tickMs ?? 1000);
    signal.addEventListener('abort', () => win.clearInterval(timer), { once: true });
    doc.addEventListener('visibilitychange', tick, { signal });
    followScroll(win, () => (scrolled = true), guard(() => highlighter?.reframe()), signal);
    // Back from the back/forward cache: the background forgot this tab's page when it was left.
    win.addEventListener('pageshow', guard((event: PageTransitionEvent) => {
      if (event.persisted && summary) send({ type: 'page-summary', summary: { ...summary, updatedAt: Date.now() } });
    }), { signal });
    const first = await pending;
    measure('says-who:settings', settingsStart);
    if (signal.aborted) return;
    platform.watchSettings(guard(applySettings), signal);
    applySettings(first);
    pauses.wake();
    // Wait for the latest scan, including any that superseded the first.
    for (let seen: Promise<void> | null = null; seen !== inflight; ) {
      seen = inflight;
      await seen;
    }
  })().catch(stop);

  return {
    signal,
    ready,
    stop,
    state: () => ({ status, generation, scan: current, marksOn, summary }),
  };
}

