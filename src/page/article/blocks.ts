/**
 * Lists the article's text blocks in reading order, walking from the article root: the
 * headline, then (between headline and body) only standfirst-like prose and captions, then every
 * text-holding block of the body container, minus chrome, furniture text and link lists.
 */
import type { BlockKind } from '../../core/types.ts';
import { BLOCK_TAGS, INLINE_TEXT_TAGS, KIND_BY_TAG } from './tags.ts';
import { isChromeText } from './classify.ts';
import { CHROME_TEXT_MAX_LENGTH } from './patterns.ts';
import { collectBlock, type CollectedBlock } from './collect.ts';
import { MIN_PARAGRAPH, SENTENCE_STOP } from './score.ts';
import { ARTICLE_THRESHOLDS as T } from './thresholds.ts';
import { drain } from '../drain.ts';

/** One block chosen for the article, with the text read while choosing it. */
export interface ExtractedBlock {
  kind: BlockKind;
  element: Element;
  collected: CollectedBlock;
}

/** Where the walk is relative to the headline and the body container. */
interface Walk {
  /** Elements the page scan entered (the rest are skipped, hidden or chrome). */
  visited: ReadonlyMap<Element, unknown>;
  headline: Element | null;
  body: Element;
  isHidden: (el: Element) => boolean;
  seenHeadline: boolean;
  inBody: boolean;
  inFigure: boolean;
  inLink: boolean;
  done: boolean;
  out: ExtractedBlock[];
  /** Work done since the last yield. */
  work: number;
}

const MEDIA = 'img, picture, video, svg, iframe, canvas';

/** Share of a block's text that sits inside links. */
function linkShare(c: CollectedBlock): number {
  let n = 0;
  for (const l of c.links) n += l.end - l.start;
  return c.text.length === 0 ? 0 : n / c.text.length;
}

/** Whether a block with text goes into the article, given where the walk is. */
function keep(w: Walk, el: Element, kind: BlockKind, c: CollectedBlock): boolean {
  if (el === w.headline) return true;
  if (!w.seenHeadline && w.headline !== null) return false;
  if (isChromeText(c.text)) return false;
  // A short line holding a <time> is a dateline ("Le Monde | 04.05.2015 à 13h36 • Mis à jour ...").
  if (c.text.length < CHROME_TEXT_MAX_LENGTH && kind !== 'heading' && el.querySelector('time') !== null) return false;
  if (linkShare(c) > T.maxBlockLinkShare) return false;
  // A few words next to an image are its label ("Image", "Photo 3 of 9"), not article text.
  if (c.text.length < T.mediaLabelMax && kind !== 'caption' && (w.inFigure || el.querySelector(MEDIA) !== null)) return false;
  // A block wholly inside a link is a teaser for another page.
  if (w.inLink) return false;
  if (w.inBody) return true;
  // Between headline and body: standfirst and lead-image captions only.
  return kind === 'caption' || (kind === 'paragraph' && c.text.length >= MIN_PARAGRAPH && SENTENCE_STOP.test(c.text));
}

/** One element whose children are being walked, and what to restore when the walk leaves it. */
interface Frame {
  next: ChildNode | null;
  kind: BlockKind | null;
  inFigure: boolean;
  inLink: boolean;
  enteringBody: boolean;
}

/** Work units (elements entered, pieces read) between yields; the caller decides by time whether to pause. */
const WORK_PER_STEP = 256;

/** Leaving the body container: once the headline has been seen (or there is none), the article is complete. */
function leaveBody(w: Walk): void {
  w.inBody = false;
  if (w.seenHeadline || w.headline === null) w.done = true;
}

/** Enters `el`: reads it if it is a block, and returns the frame to walk its children (null: nothing to walk). */
function enter(w: Walk, el: Element, inherited: BlockKind | null): Frame | null {
  const tag = el.localName;
  if (!w.visited.has(el)) return null;
  if (!INLINE_TEXT_TAGS.has(tag) && w.isHidden(el)) return null;
  const enteringBody = el === w.body;
  if (enteringBody) w.inBody = true;
  const kind: BlockKind | null = KIND_BY_TAG[tag] ?? inherited;
  if (BLOCK_TAGS.has(tag) || el === w.headline) {
    const c = collectBlock(el, w.isHidden);
    w.work += c.pieces.length;
    if (c.text !== '') {
      const k = kind ?? 'paragraph';
      if (keep(w, el, k, c)) w.out.push({ kind: k, element: el, collected: c });
    }
  }
  if (el === w.headline) {
    w.seenHeadline = true;
    if (enteringBody) leaveBody(w);
    return null;
  }
  const frame: Frame = { next: el.firstChild, kind, inFigure: w.inFigure, inLink: w.inLink, enteringBody };
  w.inFigure ||= tag === 'figure';
  w.inLink ||= tag === 'a' && el.hasAttribute('href');
  return frame;
}

/** Leaves the element of frame `f`: restores the walk's state as it was before entering it. */
function leave(w: Walk, f: Frame): void {
  w.inFigure = f.inFigure;
  w.inLink = f.inLink;
  if (f.enteringBody) leaveBody(w);
}

/**
 * Walks `root` (which contains both `headline` and `body`) through the elements the page scan
 * entered and that `isHidden` (the browser's computed visibility) does not hide, and returns the
 * article blocks.
 * When the headline sits inside the body, what precedes it there (kickers, breadcrumbs) is skipped.
 */
export function extractBlocks(
  root: Element,
  headline: Element | null,
  body: Element,
  isHidden: (el: Element) => boolean,
  visited: ReadonlyMap<Element, unknown>,
): ExtractedBlock[] {
  return drain(extractBlocksSteps(root, headline, body, isHidden, visited));
}

/**
 * extractBlocks as steps: a depth-first walk with an explicit stack (same order and result as a
 * recursive one), yielding every few elements and blocks so a huge article is read over several tasks.
 */
export function* extractBlocksSteps(
  root: Element,
  headline: Element | null,
  body: Element,
  isHidden: (el: Element) => boolean,
  visited: ReadonlyMap<Element, unknown>,
): Generator<void, ExtractedBlock[]> {
  const w: Walk = { visited, headline, body, isHidden, seenHeadline: false, inBody: false, inFigure: false, inLink: false, done: false, out: [], work: 0 };
  const first = enter(w, root, null);
  const stack: Frame[] = first === null ? [] : [first];
  while (stack.length > 0 && !w.done) {
    const f = stack[stack.length - 1] as Frame;
    let n = f.next;
    while (n !== null && n.nodeType !== 1) n = n.nextSibling;
    if (n === null) {
      stack.pop();
      leave(w, f);
      continue;
    }
    f.next = n.nextSibling;
    w.work += 1;
    const child = enter(w, n as Element, f.kind);
    if (child !== null) stack.push(child);
    if (w.work >= WORK_PER_STEP) {
      w.work = 0;
      yield;
    }
  }
  return w.out;
}
