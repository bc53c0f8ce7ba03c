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

const DROP = /[\u00ad\u200b\u200c\u200d\u2060\ufeff]/;
const SPACE = /\s/;

/** Builds a block's text piece by piece; pending whitespace is emitted lazily so runs collapse. */
class Builder {
  readonly out: string[] = [];
  length = 0;
  readonly pieces: Piece[] = [];
  private pending: { char: ' ' | '\n'; node: Node; raw: number; kind: Piece['kind'] } | null = null;
  private current: Piece | null = null;
  private rawContiguous = true;

  /** Record whitespace at (node, raw); a newline (from `<br>`) wins over spaces around it. */
  space(char: ' ' | '\n', node: Node, raw: number, kind: Piece['kind']): void {
    if (this.pending === null || (char === '\n' && this.pending.char === ' ')) this.pending = { char, node, raw, kind };
  }

  /** Emit one visible character of a text node (with any pending whitespace before it). */
  char(c: string, node: Text, raw: number): void {
    if (this.pending !== null) {
      const p = this.pending;
      this.pending = null;
      if (this.length > 0) this.push(p.char, p.node, p.raw, p.kind);
    }
    this.push(c, node, raw, 'text');
  }

  private push(c: string, node: Node, raw: number, kind: Piece['kind']): void {
    const cur = this.current;
    if (kind === 'text' && cur !== null && cur.kind === 'text' && cur.node === node) {
      const last = cur.raw ? (cur.raw[cur.raw.length - 1] as number) : cur.rawStart + cur.length - 1;
      if (cur.raw) cur.raw.push(raw);
      else if (raw !== last + 1) {
        cur.raw = Array.from({ length: cur.length }, (_, i) => cur.rawStart + i);
        cur.raw.push(raw);
      }
      cur.length++;
    } else {
      const piece: Piece = { kind, node, start: this.length, length: 1, rawStart: raw };
      if (kind === 'text') piece.data = (node as Text).data;
      this.pieces.push(piece);
      this.current = piece;
    }
    this.out.push(c);
    this.length++;
  }
}

/** Walks inline content; stops at nested blocks (marking them with a space) and at skipped elements. */
function walk(parent: Node, b: Builder, links: RawLink[], isHidden: (el: Element) => boolean): void {
  for (let n = parent.firstChild; n !== null; n = n.nextSibling) {
    if (n.nodeType === 3) {
      const data = (n as Text).data;
      for (let i = 0; i < data.length; i++) {
        const c = data[i] as string;
        if (SPACE.test(c)) b.space(' ', n, i, 'text');
        else if (!DROP.test(c)) b.char(c, n as Text, i);
      }
      continue;
    }
    if (n.nodeType !== 1) continue;
    const el = n as Element;
    const tag = el.localName;
    if (tag === 'br') {
      b.space('\n', el, 0, 'element');
      continue;
    }
    if (SKIP_TAGS.has(tag) || isHidden(el) || isEditable(el) || isHiddenHelper(el)) continue;
    if (BLOCK_TAGS.has(tag)) {
      b.space(' ', el, 0, 'element');
      continue;
    }
    const href = tag === 'a' ? el.getAttribute('href') : null;
    if (href === null) {
      walk(el, b, links, isHidden);
      continue;
    }
    const before = b.length;
    walk(el, b, links, isHidden);
    if (b.length === before) continue;
    // A whitespace char flushed at `before` separates the link from what precedes it: not link text.
    const start = b.out[before] === ' ' || b.out[before] === '\n' ? before + 1 : before;
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
