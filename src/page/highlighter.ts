/**
 * Draws the marks with the CSS Custom Highlight API only: Ranges registered under prefixed names
 * in the page's highlight registry, so not one node inside the article is added, removed or
 * changed. The registry is shared with the page, whose scripts may clear it; `ensure()` puts
 * our entries back cheaply and is called on a slow timer and on page events. The styles are the
 * static content-script stylesheet (highlights.css), with names per palette and tone: a palette
 * or tone change re-registers the same Highlights under the other names. On a page too big to
 * mark at once (the viewport window is in use) the marks take the flat names, drawn without
 * underlines: in Chromium any underlined highlight makes each change of the marks recompute the
 * whole page's visual overflow (~30 ms on a 100,000-element page), so the window's move after a
 * long scroll cost 58-61 ms with underlines and 33 ms without.
 */
import { highlightName, MARK_KINDS, MARK_LABELS, SOURCE_KIND, type MarkKind, type MarkLabel, type PaletteId, type SourcedLabel } from './names.ts';
import type { Claim } from './claims.ts';
import type { PageMarks } from './marks.ts';
import { firstBelow, MAX_DRAWN, MAX_DRAWN_NODES, totalWeight, windowByWeight } from './viewport-window.ts';
import { onAbort } from './on-abort.ts';

/** Which labels are drawn (the per-label filters of the settings). */
export type LabelFilter = Record<MarkLabel, boolean>;

/** The drawing surface of a session. */
export interface Highlighter {
  /**
   * Replaces every mark with those of `marks`, drawing only the labels `visible` allows. `where`
   * says where the reader is on a huge page: 'top' (not scrolled yet) spares a forced layout.
   */
  show(claims: readonly Claim[], marks: PageMarks, visible: LabelFilter, where?: 'top' | 'viewport'): void;
  /** Draws with a palette's names for a light or dark page (moves the current marks; no CSS changes). */
  setVariant(palette: PaletteId, tone: 'light' | 'dark'): void;
  /** Outlines one claim (keyboard focus); null removes the outline. */
  setFocus(range: Range | null): void;
  /** Briefly flashes a Range (after a jump from the popup). */
  flash(range: Range, ms?: number): void;
  /** On a huge page, moves the registered window of marks to follow the viewport (call on scroll). */
  reframe(): void;
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

/** Whether a page has more marks than can be registered at once (all labels counted, filters aside). */
function tooBigForAll(claims: readonly Claim[], marks: PageMarks): boolean {
  let count = 0;
  let weight = 0;
  for (const c of claims) {
    if (!marks.sentences[c.id]) continue;
    count += 1;
    weight += marks.weights?.[c.id] ?? 1;
  }
  return count > MAX_DRAWN || weight > MAX_DRAWN_NODES;
}

/** Creates the highlighter of a session; null when the browser has no Highlight API (nothing is drawn). */
export function createHighlighter(win: Window, signal: AbortSignal): Highlighter | null {
  const found = api(win);
  if (!found) return null;
  const { registry, Ctor } = found;
  const wanted = new Map<MarkKind, Highlight>();
  let palette: PaletteId = 'default';
  let tone: 'light' | 'dark' = 'light';
  let flat = false;
  const nameOf = (kind: MarkKind): string => highlightName(kind, palette, tone, flat);
  let flashTimer: ReturnType<typeof setTimeout> | undefined;

  const make = (kind: MarkKind, ranges: Range[]): void => {
    const name = nameOf(kind);
    if (ranges.length === 0) {
      const mine = wanted.get(kind);
      if (mine && registry.get(name) === mine) registry.delete(name);
      wanted.delete(kind);
      return;
    }
    const h = new Ctor(...ranges);
    h.priority = MARK_KINDS.indexOf(kind);
    wanted.set(kind, h);
    registry.set(name, h);
  };

  const clearAll = (): void => {
    // Only our own entries: a page using the same name keeps its highlight.
    for (const [kind, h] of wanted) if (registry.get(nameOf(kind)) === h) registry.delete(nameOf(kind));
    wanted.clear();
  };

  onAbort(signal, () => {
    clearTimeout(flashTimer);
    clearAll();
  });

  /** Moves every registered Highlight to the names of another variant (`change` sets it): nothing is rebuilt. */
  const rename = (change: () => void): void => {
    const moved = [...wanted];
    clearAll();
    change();
    for (const [kind, h] of moved) {
      wanted.set(kind, h);
      registry.set(nameOf(kind), h);
    }
  };

  let last: { claims: readonly Claim[]; marks: PageMarks; visible: LabelFilter } | null = null;
  let frame: [number, number] | null = null;

  /** Registers the marks of `last`, all of them or (on a huge page) those around the viewport. */
  const paint = (at: 'top' | 'viewport' | number = 'viewport'): void => {
    if (!last) return;
    const { claims, marks, visible } = last;
    const drawn = claims.filter((c) => visible[c.label] && marks.sentences[c.id]);
    const weights = drawn.map((c) => marks.weights?.[c.id] ?? 1);
    // Flat style by the page's size, not by what the filters show, so a filter never restyles the rest.
    const huge = tooBigForAll(claims, marks);
    if (huge !== flat) rename(() => {
      flat = huge;
    });
    frame = null;
    let keep: ((id: number | null, block: number) => boolean) | null = null;
    if (drawn.length > MAX_DRAWN || totalWeight(weights) > MAX_DRAWN_NODES) {
      // At the top of the page the window starts at the first claim: no layout is forced to know it.
      const center = at === 'top' ? 0 : at === 'viewport' ? firstBelow(drawn.map((c) => marks.sentences[c.id]!), (win.innerHeight || 800) / 2) : at;
      frame = windowByWeight(center, weights, MAX_DRAWN, MAX_DRAWN_NODES);
      const ids = new Set(drawn.slice(frame[0], frame[1]).map((c) => c.id));
      const firstBlock = drawn[frame[0]]!.sentence.block;
      const lastBlock = drawn[frame[1] - 1]!.sentence.block;
      keep = (id, block) => (id === null ? block >= firstBlock && block <= lastBlock : ids.has(id));
    }
    const byLabel: Record<MarkLabel, Range[]> = { quote: [], attributed: [], vague: [], unsourced: [] };
    for (const claim of drawn) if (!keep || keep(claim.id, claim.sentence.block)) byLabel[claim.label].push(marks.sentences[claim.id]!);
    for (const label of MARK_LABELS) make(label, byLabel[label]);
    const sources: Record<SourcedLabel, Range[]> = { quote: [], attributed: [], vague: [] };
    for (const mark of marks.sources) {
      if (visible[mark.label] && marks.sentences[mark.claimId] && (!keep || keep(mark.claimId, -1))) sources[mark.label].push(mark.range);
    }
    for (const label of ['quote', 'attributed', 'vague'] as const) make(SOURCE_KIND[label], sources[label]);
    // Quotation words follow the quote filter, wherever the quotation sits.
    const quotations = visible.quote ? marks.quotations.filter((q) => !keep || keep(q.claimId, q.quote.block)).map((q) => q.range) : [];
    make('quotation', quotations);
  };

  return {
    show(claims, marks, visible, where = 'viewport') {
      if (signal.aborted) return;
      last = { claims, marks, visible };
      // Not window.scrollY: reading it forces a layout, 400+ ms on a 100,000-element page.
      paint(where);
    },
    reframe() {
      if (signal.aborted || !frame || !last) return;
      const { claims, marks, visible } = last;
      const drawn = claims.filter((c) => visible[c.label] && marks.sentences[c.id]);
      const center = firstBelow(drawn.map((c) => marks.sentences[c.id]!), (win.innerHeight || 800) / 2);
      // Move the window only when it would shift by more than a quarter (near the ends it cannot shift).
      const next = windowByWeight(center, drawn.map((c) => marks.weights?.[c.id] ?? 1), MAX_DRAWN, MAX_DRAWN_NODES);
      const quarter = (frame[1] - frame[0]) / 4;
      if (Math.abs(next[0] - frame[0]) > quarter || Math.abs(next[1] - frame[1]) > quarter) paint(center);
    },
    setVariant(nextPalette, nextTone) {
      if (signal.aborted || (nextPalette === palette && nextTone === tone)) return;
      rename(() => {
        palette = nextPalette;
        tone = nextTone;
      });
    },
    setFocus(range) {
      if (signal.aborted) return;
      make('focus', range ? [range] : []);
    },
    flash(range, ms = 900) {
      if (signal.aborted) return;
      clearTimeout(flashTimer);
      make('flash', [range]);
      flashTimer = setTimeout(() => {
        try {
          make('flash', []);
        } catch {
          /* the page broke its registry: nothing to undo */
        }
      }, ms);
    },
    clear() {
      last = null;
      frame = null;
      clearAll();
    },
    ensure() {
      if (signal.aborted) return false;
      let missing = false;
      for (const [kind, h] of wanted) {
        if (registry.get(nameOf(kind)) !== h) {
          registry.set(nameOf(kind), h);
          missing = true;
        }
      }
      return missing;
    },
    active() {
      return [...wanted].filter(([kind, h]) => registry.get(nameOf(kind)) === h).map(([kind]) => nameOf(kind));
    },
  };
}
