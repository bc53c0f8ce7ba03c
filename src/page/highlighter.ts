/**
 * Draws the marks with the CSS Custom Highlight API only: Ranges registered under prefixed names
 * in the page's highlight registry, so not one node inside the article is added, removed or
 * changed. The registry is shared with the page, whose scripts may clear it; `ensure()` puts
 * our entries back cheaply and is called on a slow timer and on page events.
 */
import { ALL_HIGHLIGHTS, FLASH_HIGHLIGHT, FOCUS_HIGHLIGHT, LABEL_HIGHLIGHT, MARK_LABELS, QUOTATION_HIGHLIGHT, SOURCE_HIGHLIGHT, type MarkLabel, type SourcedLabel } from './names.ts';
import type { Claim } from './claims.ts';
import type { PageMarks } from './marks.ts';

/** Which labels are drawn (the per-label filters of the settings). */
export type LabelFilter = Record<MarkLabel, boolean>;

/** The drawing surface of a session. */
export interface Highlighter {
  /** Replaces every mark with those of `marks`, drawing only the labels `visible` allows. */
  show(claims: readonly Claim[], marks: PageMarks, visible: LabelFilter): void;
  /** Outlines one claim (keyboard focus); null removes the outline. */
  setFocus(range: Range | null): void;
  /** Briefly flashes a Range (after a jump from the popup). */
  flash(range: Range, ms?: number): void;
  /** Removes every mark from the registry but keeps the highlighter usable. */
  clear(): void;
  /** Re-registers entries the page removed or replaced; returns true when something was missing. */
  ensure(): boolean;
  /** Names currently registered by us (for tests and diagnostics). */
  active(): string[];
}

interface HighlightCtor {
  new (...ranges: AbstractRange[]): Highlight;
}

/** The registry and constructor of a window, or null where the API is missing. */
function api(win: Window): { registry: HighlightRegistry; Ctor: HighlightCtor } | null {
  const w = win as unknown as { CSS?: { highlights?: HighlightRegistry }; Highlight?: HighlightCtor };
  if (!w.CSS?.highlights || typeof w.Highlight !== 'function') return null;
  return { registry: w.CSS.highlights, Ctor: w.Highlight };
}

/** Creates the highlighter of a session; null when the browser has no Highlight API (nothing is drawn). */
export function createHighlighter(win: Window, signal: AbortSignal): Highlighter | null {
  const found = api(win);
  if (!found) return null;
  const { registry, Ctor } = found;
  const wanted = new Map<string, Highlight>();
  let flashTimer: ReturnType<typeof setTimeout> | undefined;

  const make = (name: string, ranges: Range[]): void => {
    if (ranges.length === 0) {
      const mine = wanted.get(name);
      if (mine && registry.get(name) === mine) registry.delete(name);
      wanted.delete(name);
      return;
    }
    const h = new Ctor(...ranges);
    h.priority = ALL_HIGHLIGHTS.indexOf(name);
    wanted.set(name, h);
    registry.set(name, h);
  };

  const clearAll = (): void => {
    // Only our own entries: a page using the same name keeps its highlight.
    for (const [name, h] of wanted) if (registry.get(name) === h) registry.delete(name);
    wanted.clear();
  };

  signal.addEventListener(
    'abort',
    () => {
      clearTimeout(flashTimer);
      clearAll();
    },
    { once: true },
  );

  return {
    show(claims, marks, visible) {
      if (signal.aborted) return;
      const byLabel: Record<MarkLabel, Range[]> = { quote: [], attributed: [], vague: [], unsourced: [] };
      for (const claim of claims) {
        const range = marks.sentences[claim.id];
        if (range && visible[claim.label]) byLabel[claim.label].push(range);
      }
      for (const label of MARK_LABELS) make(LABEL_HIGHLIGHT[label], byLabel[label]);
      const sources: Record<SourcedLabel, Range[]> = { quote: [], attributed: [], vague: [] };
      for (const mark of marks.sources) if (visible[mark.label] && marks.sentences[mark.claimId]) sources[mark.label].push(mark.range);
      for (const label of ['quote', 'attributed', 'vague'] as const) make(SOURCE_HIGHLIGHT[label], sources[label]);
      // Quotation words follow the quote filter, wherever the quotation sits.
      make(QUOTATION_HIGHLIGHT, visible.quote ? marks.quotations.map((q) => q.range) : []);
    },
    setFocus(range) {
      if (signal.aborted) return;
      make(FOCUS_HIGHLIGHT, range ? [range] : []);
    },
    flash(range, ms = 900) {
      if (signal.aborted) return;
      clearTimeout(flashTimer);
      make(FLASH_HIGHLIGHT, [range]);
      flashTimer = setTimeout(() => {
        try {
          make(FLASH_HIGHLIGHT, []);
        } catch {
          /* the page broke its registry: nothing to undo */
        }
      }, ms);
    },
    clear: clearAll,
    ensure() {
      if (signal.aborted) return false;
      let missing = false;
      for (const [name, h] of wanted) {
        if (registry.get(name) !== h) {
          registry.set(name, h);
          missing = true;
        }
      }
      return missing;
    },
    active() {
      return [...wanted.keys()].filter((name) => registry.get(name) === wanted.get(name));
    },
  };
}
