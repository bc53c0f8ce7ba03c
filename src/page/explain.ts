/**
 * Explains marks to the reader: the hover card under the pointer, and keyboard / popup focus
 * (scroll the claim into view, outline it, show its card, announce it). It reads the session's
 * current scan through `view()`, so a rescan never leaves it pointing at stale Ranges.
 */
import type { MapLike } from './contracts.ts';
import type { Claim } from './claims.ts';
import type { PageMarks } from './marks.ts';
import type { Highlighter, LabelFilter } from './highlighter.ts';
import type { Card } from './card/card.ts';
import { announcement, describeClaim } from './card/describe.ts';
import { claimAtPoint } from './hit-test.ts';
import { stepIndex } from './keyboard.ts';

/** What the explainer needs to know about the current scan. */
export interface ExplainView {
  claims: readonly Claim[];
  marks: PageMarks;
  map: MapLike;
  visible: LabelFilter;
  /** False while the marks are toggled off: hover shows nothing then. */
  shown: boolean;
}

/** The explainer of a session. */
export interface Explainer {
  hover(x: number, y: number): void;
  leave(reason: 'leave' | 'scroll'): void;
  /** Moves focus to claim `id` (popup's scroll-to-claim); false when it cannot be shown. */
  focusClaim(id: number, flash: boolean): boolean;
  step(direction: 'next' | 'previous'): void;
  /** Escape: close the card and drop the focus outline. */
  dismiss(): void;
  /** After a rescan or when marks are hidden: forget Ranges, keep the focused id if still valid. */
  reset(): void;
}

/** Empty-state announcement when there is nothing to step to. */
const NOTHING_MARKED = 'No marked claims on this page';

/** Creates the explainer; it owns no listeners itself (the session wires pointer and keys). */
export function createExplainer(doc: Document, card: Card, highlighter: Highlighter | null, view: () => ExplainView | null): Explainer {
  let hovered: number | null = null;
  let focused: number | null = null;
  let mode: 'hover' | 'focus' | null = null;
  const win = doc.defaultView;

  const rectsOf = (range: Range) => Array.from(range.getClientRects());
  const visibleIds = (v: ExplainView) => v.claims.filter((c) => v.visible[c.label] && v.marks.sentences[c.id]).map((c) => c.id);

  const showCard = (v: ExplainView, claim: Claim, range: Range, nearX?: number) => {
    const ids = visibleIds(v);
    const index = Math.max(0, ids.indexOf(claim.id));
    card.show(describeClaim(claim, index, ids.length), claim.label, rectsOf(range), nearX);
  };

  const focusOn = (v: ExplainView, id: number, flash: boolean): boolean => {
    const claim = v.claims[id];
    const range = v.marks.sentences[id];
    if (!claim || !range) return false;
    focused = id;
    mode = 'focus';
    scrollIntoView(range, win);
    highlighter?.setFocus(range);
    if (flash) highlighter?.flash(range);
    showCard(v, claim, range);
    const ids = visibleIds(v);
    card.announce(announcement(claim, Math.max(0, ids.indexOf(id)), ids.length));
    return true;
  };

  return {
    hover(x, y) {
      const v = view();
      if (!v || !v.shown) return;
      const claim = claimAtPoint(doc, v.map, v.claims, v.marks.sentences, x, y);
      if (claim && v.visible[claim.label]) {
        if (hovered === claim.id && mode === 'hover' && card.isOpen()) return;
        hovered = claim.id;
        mode = 'hover';
        showCard(v, claim, v.marks.sentences[claim.id]!, x);
      } else if (mode === 'hover') {
        hovered = null;
        mode = null;
        card.hide();
      }
    },
    leave(reason) {
      if (mode === 'hover') {
        hovered = null;
        mode = null;
        card.hide();
        return;
      }
      if (mode === 'focus' && reason === 'scroll' && focused !== null) {
        const range = view()?.marks.sentences[focused];
        if (range) card.reposition(rectsOf(range));
      }
    },
    focusClaim(id, flash) {
      const v = view();
      return v ? focusOn(v, id, flash) : false;
    },
    step(direction) {
      const v = view();
      if (!v) return;
      const next = stepIndex(visibleIds(v), focused, direction);
      if (next === null) card.announce(NOTHING_MARKED);
      else focusOn(v, next, false);
    },
    dismiss() {
      mode = null;
      hovered = null;
      focused = null;
      highlighter?.setFocus(null);
      card.hide();
    },
    reset() {
      mode = null;
      hovered = null;
      card.hide();
      const v = view();
      const range = focused !== null ? v?.marks.sentences[focused] : null;
      if (!v || !v.shown || !range) {
        focused = null;
        highlighter?.setFocus(null);
      } else highlighter?.setFocus(range);
    },
  };
}

/** Scrolls the sentence to the middle of the viewport when it is not already fully visible. */
function scrollIntoView(range: Range, win: Window | null): void {
  if (!win) return;
  const rect = range.getBoundingClientRect();
  if (rect.top >= 0 && rect.bottom <= win.innerHeight && rect.height > 0) return;
  const node = range.startContainer;
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  // Instant, not smooth: the card is placed right after the jump and must land next to the text.
  element?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
}
