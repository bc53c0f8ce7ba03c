/**
 * Where the card goes: above or below the sentence's line boxes, never on top of the text it
 * explains. Pure geometry, so the rule is tested without a layout engine.
 */

/** A rectangle in viewport coordinates. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Gap between the sentence and the card, in CSS pixels. */
const GAP = 8;
/** Distance kept from the viewport edges. */
const MARGIN = 4;

/**
 * Places a card of size `card` next to the sentence whose client rects are `rects`.
 * `near` (the pointer's x, if any) picks the horizontal anchor; otherwise the first line's left.
 */
export function placeCard(rects: readonly Box[], card: { width: number; height: number }, viewport: { width: number; height: number }, nearX?: number): { left: number; top: number; side: 'above' | 'below' } {
  const lines = rects.filter((r) => r.right > r.left || r.bottom > r.top);
  const top = lines.length ? Math.min(...lines.map((r) => r.top)) : 0;
  const bottom = lines.length ? Math.max(...lines.map((r) => r.bottom)) : 0;
  const spaceAbove = top - GAP - MARGIN;
  const spaceBelow = viewport.height - bottom - GAP - MARGIN;
  let side: 'above' | 'below';
  if (spaceAbove >= card.height) side = 'above';
  else if (spaceBelow >= card.height) side = 'below';
  else side = spaceAbove >= spaceBelow ? 'above' : 'below';
  const y = side === 'above' ? top - GAP - card.height : bottom + GAP;
  const anchorLine = side === 'above' ? lines[0] : lines[lines.length - 1];
  const anchorX = nearX ?? anchorLine?.left ?? MARGIN;
  const maxLeft = Math.max(MARGIN, viewport.width - card.width - MARGIN);
  const left = Math.min(Math.max(anchorX - 16, MARGIN), maxLeft);
  return { left: Math.round(left), top: Math.round(y), side };
}
