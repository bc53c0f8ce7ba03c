/**
 * Highlights get no pointer events, so hover goes through the caret APIs: the text position
 * under the pointer, mapped to (block, offset) by the text map, then the claim by binary search.
 * A final check against the claim's line boxes rejects points in margins and gaps, where the
 * caret APIs still return the nearest text position.
 */
import type { MapLike } from './contracts.ts';
import { claimAt, type Claim } from './claims.ts';
import type { Box } from './card/position.ts';

/** The DOM text position under a viewport point, with whichever caret API the browser has. */
export function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (typeof d.caretPositionFromPoint === 'function') {
    const pos = d.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const range = d.caretRangeFromPoint(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}

/** True when (x, y) falls inside one of `rects`, with a little slack for line gaps. */
export function inRects(rects: Iterable<Box>, x: number, y: number, slack = 2): boolean {
  for (const r of rects) {
    if (x >= r.left - slack && x <= r.right + slack && y >= r.top - slack && y <= r.bottom + slack) return true;
  }
  return false;
}

/** The claim drawn at a viewport point, or null. */
export function claimAtPoint(doc: Document, map: MapLike, claims: readonly Claim[], sentences: readonly (Range | null)[], x: number, y: number): Claim | null {
  const caret = caretAt(doc, x, y);
  if (!caret) return null;
  const at = map.locate(caret.node, caret.offset);
  if (!at) return null;
  // A caret just after the sentence's last character still belongs to it.
  const claim = claimAt(claims, at.block, at.offset) ?? (at.offset > 0 ? claimAt(claims, at.block, at.offset - 1) : null);
  if (!claim) return null;
  const range = sentences[claim.id];
  if (!range || !inRects(Array.from(range.getClientRects()), x, y)) return null;
  return claim;
}
