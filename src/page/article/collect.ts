/**
 * Reads one block element's visible text the way the engine gets it, and records where every
 * character came from, so offsets map back to the DOM exactly (the hypothesis/client lesson).
 *
 * Rules: text nodes in document order; inline elements are transparent; whitespace runs (any
 * `\s`, no-break spaces included) collapse to one space, leading and trailing whitespace is
 * trimmed; soft hyphens and zero-width characters are dropped; `<br>` gives a newline "\n"
 * (a newline next to whitespace stays one newline); a nested block element is not part of this
 * block (it is its own block) and leaves one space where it was; hidden subtrees, media, form
 * controls, editable areas and screen-reader-only helper text are skipped.
 */
import { BLOCK_TAGS, SKIP_TAGS } from './tags.ts';
import { isEditable, isHiddenHelper } from './classify.ts';

/** Where a run of block-text characters came from. `text`: chars of a text node; `element`: one synthetic char standing for `<br>` or a nested block. */
export interface Piece {
  kind: 'text' | 'element';
  node: Node;
  /** Block-text offset of the piece's first character. */
  start: number;
  length: number;
  /** `text` pieces: offset in node.data of each char; absent when they are consecutive from `rawStart`. */
  raw?: number[];
  rawStart: number;
  /** `text` pieces: node.data when read, to tell later whether the node changed. */
  data?: string;
}

/** A link found in the block, in block-text offsets, with its raw href attribute. */
export interface RawLink {
  start: number;
  end: number;
  href: string;
}

/** The text of one block and the map from its characters back to DOM nodes. */
export interface CollectedBlock {
  text: string;
  pieces: Piece[];
  links: RawLink[];
}

/** Whitespace as JS `\s` has it, minus U+FEFF (regex class text). */
const SPACES = String.raw`\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000`;
/** The invisible characters dropped from the text: soft hyphen, zero-width spaces and joiners, BOM. */
const DROPPED = String.raw`\u00ad\u200b-\u200d\u2060\ufeff`;
/**
 * Visible runs: everything but whitespace (JS `\s` minus U+FEFF) and the invisible characters
 * dropped from the text (soft hyphen, zero-width spaces and joiners, BOM), with the single plain
 * spaces between words (which the text keeps as they are, at the same offsets) taken along, so a
 * line of ordinary prose is one match rather than one per word. Regular expressions do the
 * character work natively, which matters because the content script always runs cold.
 */
const VISIBLE_RUN = new RegExp(`[^${SPACES}${DROPPED}]+(?: [^${SPACES}${DROPPED}]+)*`, 'g');
/** One whitespace character (a gap's first position). */
const WHITESPACE = new RegExp(`[${SPACES}]`, 'g');

/** Builds a block's text run by run; pending whitespace is emitted lazily so runs collapse. */
class Builder {
  readonly out: string[] = [];
  length = 0;
  readonly pieces: Piece[] = [];
  private pending: { char: ' ' | '\n'; node: Node; raw: number; kind: Piece['kind'] } | null = null;
  private current: Piece | null = null;

  /** Record whitespace at (node, raw); a newline (from `<br>`) wins over spaces around it. */
  space(char: ' ' | '\n', node: Node, raw: number, kind: Piece['kind']): void {
    if (this.pending === null || (char === '\n' && this.pending.char === ' ')) this.pending = { char, node, raw, kind };
  }

  /** Whether a space recorded now could reach the text: some text before it and no whitespace pending. */
  spaceMatters(): boolean {
    return this.length > 0 && this.pending === null;
  }

  /** Emit visible characters data[from, to) of a text node, after any pending whitespace. */
  run(node: Text, data: string, from: number, to: number): void {
    if (this.pending !== null) {
      const p = this.pending;
      this.pending = null;
      if (this.length > 0) this.push(p.char, p.node, p.raw, p.raw + 1, p.kind);
    }
    this.push(data.slice(from, to), node, from, to, 'text');
  }

  /** Append chars that came from raw offsets [from, to) of `node` (one synthetic char for `element`). */
  private push(chars: string, node: Node, from: number, to: number, kind: Piece['kind']): void {
    const cur = this.current;
    if (kind === 'text' && cur !== null && cur.kind === 'text' && cur.node === node) {
      const next = cur.raw ? -1 : cur.rawStart + cur.length;
      if (from !== next && !cur.raw) cur.raw = Array.from({ length: cur.length }, (_, i) => cur.rawStart + i);
      if (cur.raw) for (let i = from; i < to; i++) cur.raw.push(i);
      cur.length += to - from;
    } else {
      const piece: Piece = { kind, node, start: this.length, length: to - from, rawStart: from };
      if (kind === 'text') piece.data = (node as Text).data;
      this.pieces.push(piece);
      this.current = piece;
    }
    this.out.push(chars);
    this.length += to - from;
  }
}

/** Records whitespace found in data[from, to), if any, at its first position. */
function gap(node: Text, data: string, from: number, to: number, b: Builder): void {
  if (from >= to) return;
  WHITESPACE.lastIndex = from;
  const ws = WHITESPACE.exec(data);
  if (ws !== null && ws.index < to) b.space(' ', node, ws.index, 'text');
}

/** Feeds one text node to the builder: visible runs, whitespace, dropped characters. */
function text(node: Text, b: Builder): void {
  const data = node.data;
  let prev = 0;
  VISIBLE_RUN.lastIndex = 0;
  for (let m = VISIBLE_RUN.exec(data); m !== null; m = VISIBLE_RUN.exec(data)) {
    gap(node, data, prev, m.index, b);
    prev = m.index + m[0].length;
    b.run(node, data, m.index, prev);
  }
  gap(node, data, prev, data.length, b);
}

/** Inline nesting deeper than this inside one block is not read (no stack overflow on script-built pages). */
const MAX_INLINE_DEPTH = 200;

/** Walks inline content; stops at nested blocks (marking them with a space) and at skipped elements. */
function walk(parent: Node, b: Builder, links: RawLink[], isHidden: (el: Element) => boolean, depth = 0): void {
  if (depth > MAX_INLINE_DEPTH) return;
  for (let n = parent.firstChild; n !== null; n = n.nextSibling) {
    if (n.nodeType === 3) {
      text(n as Text, b);
      continue;
    }
    if (n.nodeType !== 1) continue;
    const el = n as Element;
    const tag = el.localName;
    if (tag === 'br') {
      b.space('\n', el, 0, 'element');
      continue;
    }
    // A nested block only leaves a space, which changes nothing before any text or after another
    // space: skip asking whether it is hidden (a container of 9,000 paragraphs asked 9,000 times).
    if (BLOCK_TAGS.has(tag) && !b.spaceMatters()) continue;
    if (SKIP_TAGS.has(tag) || isHidden(el) || isEditable(el) || isHiddenHelper(el)) continue;
    if (BLOCK_TAGS.has(tag)) {
      b.space(' ', el, 0, 'element');
      continue;
    }
    const href = tag === 'a' ? el.getAttribute('href') : null;
    if (href === null) {
      walk(el, b, links, isHidden, depth + 1);
      continue;
    }
    const before = b.length;
    const firstChunk = b.out.length;
    walk(el, b, links, isHidden, depth + 1);
    if (b.length === before) continue;
    // A whitespace char flushed at `before` separates the link from what precedes it: not link text.
    const first = b.out[firstChunk]?.[0];
    const start = first === ' ' || first === '\n' ? before + 1 : before;
    links.push({ start, end: b.length, href });
  }
}

/** Reads one block element's text and its character map. Never throws on odd DOMs. */
export function collectBlock(el: Element, isHidden: (el: Element) => boolean): CollectedBlock {
  const b = new Builder();
  const links: RawLink[] = [];
  walk(el, b, links, isHidden);
  return { text: b.out.join(''), pieces: b.pieces, links };
}
