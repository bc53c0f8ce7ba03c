/**
 * DOM <-> text offsets: the ONE module that turns engine offsets (into block texts) into DOM
 * Ranges and DOM points back into offsets. Each block's text is read by `collectBlock`, which
 * records for every character the text node and offset it came from (or the `<br>` / nested
 * block it stands for), so the mapping is exact across inline elements, collapsed whitespace,
 * dropped soft hyphens and synthetic break characters.
 *
 * Block text, as the engine sees it: visible text in document order; whitespace runs collapsed
 * to one space and trimmed; `<br>` is a newline "\n"; a nested block is its own block and
 * leaves one space in the outer one; soft hyphens and zero-width characters are dropped.
 */
import type { Block } from '../core/types.ts';
import type { FoundArticle } from './article.ts';
import { collectBlock, type Piece } from './article/collect.ts';
import { linkResolver, pageBaseUrl } from './article/links.ts';
import { defaultIsHidden } from './visibility.ts';
import { pieceAt, pieceIndexAt, pieceIndexAtPoint, rawOffset, textOffsetIn } from './article/pieces.ts';
import type { CollectedBlock } from './article/collect.ts';
import { drain } from './drain.ts';

/** The article's block texts plus the two-way map between them and the DOM. */
export interface TextMap {
  /** Text and links (LinkSpan) per article block, in reading order; index i is article.blocks[i]. */
  blocks: Block[];
  /** DOM Range for [start,end) of a block's text; null if out of bounds or the nodes are gone. Ranges may span inline elements and `<br>`. */
  rangeFor(block: number, start: number, end: number): Range | null;
  /** How many DOM nodes (text nodes, `<br>`s) the Range for [start,end) of a block's text spans: the browser's cost of painting a mark on it. */
  nodesIn(block: number, start: number, end: number): number;
  /** Inverse: where a DOM point (text node + offset, e.g. from caretPositionFromPoint) falls in the block texts. */
  locate(node: Node, offset: number): { block: number; offset: number } | null;
  /**
   * True if any of the map's text nodes was detached/changed since it was built (so results are
   * stale). With `limit`, checks only about that many nodes, going on where the last bounded check
   * stopped: a slow timer can watch a huge article without one long task.
   */
  isStale(limit?: number): boolean;
}

/** Options: the same hidden test the article was found with. */
export interface TextMapOptions {
  isHidden?: (el: Element) => boolean;
}

/** Builds the map for a found article (see the module comment), reading each block from the live DOM. */
export function buildTextMap(article: FoundArticle, doc: Document, opts?: TextMapOptions): TextMap {
  return buildTextMapFrom(article, doc, opts, null);
}

/**
 * buildTextMap with the block texts already read (by findArticleAndTexts, just now, with the same
 * hidden test); readArticle's way of reading each block once.
 */
export function buildTextMapFrom(article: FoundArticle, doc: Document, opts: TextMapOptions | undefined, texts: CollectedBlock[] | null): TextMap {
  return drain(buildTextMapSteps(article, doc, opts, texts));
}

/** Blocks mapped between yields (links are resolved per block, and blocks without `texts` are read). */
const BLOCKS_PER_STEP = 64;

/** buildTextMapFrom as steps (see drain.ts), yielding every few blocks: a 1 MB article has thousands. */
export function* buildTextMapSteps(article: FoundArticle, doc: Document, opts: TextMapOptions | undefined, texts: CollectedBlock[] | null): Generator<void, TextMap> {
  const isHidden = opts?.isHidden ?? defaultIsHidden;
  const linkSpans = linkResolver(pageBaseUrl(doc));
  const blocks: Block[] = [];
  const pieces: Piece[][] = [];
  const blockOf = new Map<Element, number>();
  for (let i = 0; i < article.blocks.length; i++) {
    const { kind, element } = article.blocks[i] as FoundArticle['blocks'][number];
    const c = texts?.[i] ?? collectBlock(element, isHidden);
    const block: Block = { kind, text: c.text };
    const links = linkSpans(c.links);
    if (links.length > 0) block.links = links;
    blocks.push(block);
    pieces.push(c.pieces);
    blockOf.set(element, i);
    if ((i + 1) % BLOCKS_PER_STEP === 0) yield;
  }

  const rangeFor = (b: number, start: number, end: number): Range | null => {
    const list = pieces[b];
    const text = blocks[b]?.text;
    if (list === undefined || text === undefined || start < 0 || end > text.length || start > end) return null;
    const first = pieceAt(list, start < text.length ? start : start - 1);
    const last = pieceAt(list, end > start ? end - 1 : start);
    if (first === null || !first.node.isConnected || (last !== null && !last.node.isConnected)) return null;
    const range = doc.createRange();
    try {
      if (start === end) {
        if (start < text.length) setBefore(range, first, start);
        else setAfter(range, first, start - 1, 'start');
        range.collapse(true);
      } else {
        if (last === null) return null;
        setBefore(range, first, start);
        setAfter(range, last, end - 1, 'end');
      }
    } catch {
      return null;
    }
    return range;
  };

  const nodesIn = (b: number, start: number, end: number): number => {
    const list = pieces[b];
    if (list === undefined || end <= start) return 0;
    const first = pieceIndexAt(list, start);
    const last = pieceIndexAt(list, end - 1);
    return first < 0 || last < 0 ? 1 : last - first + 1;
  };

  const locate = (node: Node, offset: number): { block: number; offset: number } | null => {
    for (let n: Node | null = node; n !== null; n = n.parentNode) {
      const b = n.nodeType === 1 ? blockOf.get(n as Element) : undefined;
      if (b === undefined) continue;
      const list = pieces[b] ?? [];
      const i = pieceIndexAtPoint(list, node, offset);
      const p = list[i];
      if (p === undefined) return { block: b, offset: blocks[b]?.text.length ?? 0 };
      return { block: b, offset: p.node === node ? textOffsetIn(p, offset) : p.start };
    }
    return null;
  };

  const changed = (p: Piece): boolean => !p.node.isConnected || (p.data !== undefined && (p.node as Text).data !== p.data);
  // Where the last bounded check stopped: the next one goes on from there, round the article.
  let atBlock = 0;
  let atPiece = 0;
  const isStale = (limit?: number): boolean => {
    if (limit === undefined) return article.blocks.some(({ element }) => !element.isConnected) || pieces.some((list) => list.some(changed));
    for (let budget = Math.max(1, limit), laps = 0; budget > 0 && laps <= pieces.length; ) {
      const list = pieces[atBlock];
      if (list === undefined) return false;
      if (atPiece === 0 && !(article.blocks[atBlock] as FoundArticle['blocks'][number]).element.isConnected) return true;
      for (; atPiece < list.length && budget > 0; atPiece++, budget--) if (changed(list[atPiece] as Piece)) return true;
      if (atPiece < list.length) break;
      atBlock = (atBlock + 1) % pieces.length;
      atPiece = 0;
      laps++;
      budget--;
    }
    return false;
  };

  return { blocks, rangeFor, nodesIn, locate, isStale };
}

/** Range boundary before the character at text offset `at` (inside piece `p`). */
function setBefore(range: Range, p: Piece, at: number): void {
  if (p.kind === 'text') range.setStart(p.node, rawOffset(p, at));
  else range.setStartBefore(p.node);
}

/** Range boundary after the character at text offset `at` (inside piece `p`). */
function setAfter(range: Range, p: Piece, at: number, which: 'start' | 'end'): void {
  if (p.kind === 'text') {
    const o = rawOffset(p, at) + 1;
    if (which === 'start') range.setStart(p.node, o);
    else range.setEnd(p.node, o);
  } else if (which === 'start') range.setStartAfter(p.node);
  else range.setEndAfter(p.node);
}
