/**
 * One pass over the page that scores containers by the prose they hold, as reader modes do:
 * every paragraph-like block with enough text, few links and sentence punctuation adds to its
 * parent (fully), grandparent (half) and, a little, two levels more; containers are then
 * discounted by their link density.
 * Chrome (navigation, comments, related lists...), hidden and editable subtrees are not visited,
 * and text is measured from text-node lengths once, so the pass is linear in the page size.
 * The finder passes a markup-only hidden test here, so the browser and the CLI score the same
 * containers; the browser's computed visibility is applied later, inside the chosen article.
 */
import { BLOCK_TAGS, KIND_BY_TAG, SKIP_TAGS } from './tags.ts';
import { isPruned } from './classify.ts';
import { drain } from '../drain.ts';

/** What the pass learnt about one element. */
export interface ElementStats {
  el: Element;
  parent: ElementStats | null;
  /** Pre-order index, and the largest pre-order index inside the element (document-order tests). */
  order: number;
  end: number;
  /** Visible text length in the subtree (chrome excluded), and how much of it sits inside links. */
  text: number;
  link: number;
  /** Inline text of this element itself when it is a block (nested blocks excluded). */
  own: number;
  ownLink: number;
  ownCommas: number;
  /** 1 when the block's own text has a sentence stop (. ! ? …), else 0. */
  ownStops: number;
  /** Readability-style content score received from descendant paragraphs up to LEVEL_WEIGHTS deep. */
  score: number;
  /** Number of prose paragraphs up to LEVEL_WEIGHTS levels below. */
  paragraphs: number;
  /** Characters of prose paragraphs anywhere in the subtree. */
  prose: number;
  /** Characters of prose paragraphs that are direct children. */
  direct: number;
}

/** The result of the pass: every scored container and the headings seen, in document order. */
export interface PageScan {
  candidates: ElementStats[];
  headings: ElementStats[];
  /** Every element the pass entered: not skipped, hidden, chrome or helper text. Later walks follow it. */
  visited: Map<Element, ElementStats>;
  /** Total prose characters on the page (outside chrome). */
  prose: number;
}

/**
 * Elements nested deeper than this are not read, so a script-built page cannot make the
 * recursive walks overflow the stack. It must stay above 512: Chromium's HTML parser stops
 * nesting there, so the article of a parsed page can sit at depth ~512 (400 lost it).
 */
export const MAX_DEPTH = 1024;

/** A paragraph needs this much inline text to count as prose. */
export const MIN_PARAGRAPH = 40;
/** Headline candidates. */
const HEADINGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3']);

/** A sentence stop (Latin and CJK): prose has them, menus and link lists mostly do not. */
export const SENTENCE_STOP = /[.!?…。！？]/;

/** Commas in a text node (native indexOf, no allocation). */
function commas(data: string): number {
  let n = 0;
  for (let i = data.indexOf(','); i >= 0; i = data.indexOf(',', i + 1)) n++;
  return n;
}

function stats(el: Element, parent: ElementStats | null, order: number): ElementStats {
  return { el, parent, order, end: order, text: 0, link: 0, own: 0, ownLink: 0, ownCommas: 0, ownStops: 0, score: 0, paragraphs: 0, prose: 0, direct: 0 };
}

/** How many nodes the scan walks between yields (the caller decides, by time, whether to pause). */
const NODES_PER_STEP = 128;

/** One element being walked: its stats, the block its inline text counts towards, and the next child to visit. */
interface Frame {
  s: ElementStats;
  block: ElementStats | null;
  inLink: boolean;
  depth: number;
  next: ChildNode | null;
  isBlock: boolean;
  heading: boolean;
}

/** Scans the page once (see the module comment). */
export function scanPage(top: Element, isHidden: (el: Element) => boolean): PageScan {
  return drain(scanPageSteps(top, isHidden));
}

/**
 * scanPage as steps: the same depth-first walk with an explicit stack instead of recursion,
 * yielding every few nodes so a page of 100,000 elements can be scored over several tasks.
 * Results (candidates and headings in the same order) are identical to a recursive walk.
 */
export function* scanPageSteps(top: Element, isHidden: (el: Element) => boolean): Generator<void, PageScan> {
  const candidates: ElementStats[] = [];
  const headings: ElementStats[] = [];
  const visited = new Map<Element, ElementStats>();
  let order = 0;
  let work = 0;
  const root = stats(top, null, 0);
  visited.set(top, root);
  const stack: Frame[] = [{ s: root, block: root, inLink: false, depth: 0, next: top.firstChild, isBlock: false, heading: false }];
  while (stack.length > 0) {
    const f = stack[stack.length - 1] as Frame;
    const n = f.next;
    if (n === null) {
      stack.pop();
      const parent = stack[stack.length - 1];
      if (parent === undefined) break;
      const child = f.s;
      if (f.isBlock) finishBlock(child, candidates);
      const s = parent.s;
      s.end = child.end;
      s.text += child.text;
      s.link += child.link;
      s.prose += child.prose;
      if (f.heading) headings.push(child);
      continue;
    }
    f.next = n.nextSibling;
    if (++work >= NODES_PER_STEP) {
      work = 0;
      yield;
    }
    if (n.nodeType === 3) {
      const data = (n as Text).data;
      const len = data.trim().length;
      if (len === 0) continue;
      const s = f.s;
      const block = f.block;
      s.text += len;
      if (f.inLink) s.link += len;
      if (block !== null) {
        block.own += len;
        if (f.inLink) block.ownLink += len;
        block.ownCommas += commas(data);
        if (block.ownStops === 0 && SENTENCE_STOP.test(data)) block.ownStops = 1;
      }
      continue;
    }
    if (n.nodeType !== 1) continue;
    const el = n as Element;
    const tag = el.localName;
    // Markup-hidden first: it turns away <script>, <style> and <template> before their names are read.
    if (SKIP_TAGS.has(tag) || isHidden(el) || isPruned(el)) continue;
    const child = stats(el, f.s, ++order);
    visited.set(el, child);
    const isBlock = BLOCK_TAGS.has(tag);
    const depth = f.depth + 1;
    // Elements deeper than MAX_DEPTH are counted but not entered (the recursive walk's limit).
    stack.push({ s: child, block: isBlock ? child : f.block, inLink: f.inLink || tag === 'a', depth, next: depth > MAX_DEPTH ? null : el.firstChild, isBlock, heading: HEADINGS.has(tag) });
  }
  finishBlock(root, candidates);
  return { candidates, headings, visited, prose: root.prose };
}

/**
 * Share of a paragraph's score each ancestor level receives: the parent all of it, the grandparent
 * half, further levels a little, so bodies whose paragraphs sit in per-paragraph wrappers
 * (`div > div > p`) still gather in one container.
 */
const LEVEL_WEIGHTS = [1, 1 / 2, 1 / 6, 1 / 9];

/** If a block's own text is prose, credit its ancestors (and remember them as candidates). */
function finishBlock(b: ElementStats, candidates: ElementStats[]): void {
  if (b.own < MIN_PARAGRAPH || b.ownStops === 0 || b.ownLink / b.own > 0.5) return;
  if (KIND_BY_TAG[b.el.localName] === 'heading') return;
  b.prose += b.own;
  const score = 1 + Math.min(b.ownCommas, 4) + Math.min(Math.floor(b.own / 100), 3);
  const parent = b.parent ?? b;
  parent.direct += b.own;
  let a: ElementStats | null = parent;
  for (let level = 0; a !== null && level < LEVEL_WEIGHTS.length; level++, a = a.parent) {
    if (a.score === 0) candidates.push(a);
    a.score += score * (LEVEL_WEIGHTS[level] as number);
    a.paragraphs++;
  }
}
