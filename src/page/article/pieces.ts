/**
 * Lookups over a block's pieces (see collect.ts): text offset -> piece and raw node offset, and
 * DOM point -> first piece at or after it. Binary searches, so hover hit-testing stays cheap on
 * long blocks.
 */
import type { Piece } from './collect.ts';
import { lowerBound } from '../lower-bound.ts';

/** The piece holding text offset `at`, or null when out of range. */
export function pieceAt(pieces: Piece[], at: number): Piece | null {
  return pieces[pieceIndexAt(pieces, at)] ?? null;
}

/** Index of the piece holding text offset `at`, or -1 when out of range. */
export function pieceIndexAt(pieces: Piece[], at: number): number {
  // Pieces follow each other without overlap: the first one ending after `at` holds it, if any does.
  const i = lowerBound(pieces.length, (mid) => at < (pieces[mid] as Piece).start + (pieces[mid] as Piece).length);
  const p = pieces[i];
  return p !== undefined && at >= p.start ? i : -1;
}

/** Offset in the text node of the character at text offset `at` (a `text` piece). */
export function rawOffset(p: Piece, at: number): number {
  const i = at - p.start;
  return p.raw ? (p.raw[i] as number) : p.rawStart + i;
}

/** Text offset of the first character at or after raw offset `offset` in piece `p`'s node. */
export function textOffsetIn(p: Piece, offset: number): number {
  if (p.kind !== 'text') return p.start;
  const raw = p.raw;
  if (!raw) return p.start + Math.min(Math.max(offset - p.rawStart, 0), p.length);
  return p.start + lowerBound(raw.length, (mid) => (raw[mid] as number) >= offset);
}

const FOLLOWING = 4;
const CONTAINED_BY = 16;

/**
 * Whether piece `p` lies at or after the DOM point (node, offset). A piece of the point's own
 * text node counts as "at or after" when its last character is at or after `offset`.
 */
function atOrAfter(p: Piece, node: Node, offset: number): boolean {
  if (p.node === node) {
    if (p.kind !== 'text') return true;
    return rawOffset(p, p.start + p.length - 1) >= offset;
  }
  if (node.nodeType === 1) {
    const child = node.childNodes[offset];
    if (child === undefined) {
      // The point is after all of node's children: pieces inside node are before it.
      return (node.compareDocumentPosition(p.node) & (FOLLOWING | CONTAINED_BY)) === FOLLOWING;
    }
    if (child === p.node) return true;
    const rel = child.compareDocumentPosition(p.node);
    return (rel & CONTAINED_BY) !== 0 || (rel & FOLLOWING) !== 0;
  }
  const rel = node.compareDocumentPosition(p.node);
  return (rel & FOLLOWING) !== 0 && (rel & CONTAINED_BY) === 0;
}

/** Index of the first piece at or after the DOM point, or pieces.length when none. */
export function pieceIndexAtPoint(pieces: Piece[], node: Node, offset: number): number {
  return lowerBound(pieces.length, (mid) => atOrAfter(pieces[mid] as Piece, node, offset));
}
