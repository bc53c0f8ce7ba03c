/**
 * Finds quotation spans in one block with a single left-to-right pass and a small stack, so the
 * cost is linear whatever the text (a megabyte of stray marks included). Only outermost spans
 * are returned: a quotation nested inside another ("He said ‘no’ to me,” she said) is part of
 * the outer one. A quotation still open at the end of the block is reported with `open` so the
 * caller can continue it into the next paragraph.
 */
import { isSpace, isWordAt } from '../text/chars.ts';
import { CLOSERS, MARK_FAMILY, FAMILY_OF_CODE, isMarkCode, nextMark, type Family } from './marks.ts';
import { isApostrophe, isPluralPossessive } from './apostrophe.ts';

/** A quotation span in block offsets (marks excluded). */
export interface RawQuote {
  start: number;
  end: number;
  family: Family;
  /** The block began inside this quotation (continued from the previous paragraph). */
  continued: boolean;
  /** The quotation was still open at the end of the block. */
  open: boolean;
}

interface Opened {
  mark: string;
  /** CLOSERS[mark], looked up once when the quotation opens. */
  closers: string;
  family: Family;
  start: number;
  continued: boolean;
}

/** An open quotation on the scanner's stack. */
function opened(mark: string, family: Family, start: number, continued: boolean): Opened {
  return { mark, closers: CLOSERS[mark] ?? '', family, start, continued };
}

const MAX_DEPTH = 4;
const OPEN_CONTEXT = '([{—–-/:;,';

/** Is the character before i a place where a quotation can open (start, space, bracket, dash)? */
function openerBefore(text: string, i: number): boolean {
  if (i === 0) return true;
  const c = text.charCodeAt(i - 1);
  return isSpace(c) || OPEN_CONTEXT.includes(text.charAt(i - 1)) || isMarkCode(c);
}

/** Is the character after i a place where a quotation can close (end, space, closing punctuation)? */
function closerAfter(text: string, i: number): boolean {
  if (i + 1 >= text.length) return true;
  if (isWordAt(text, i + 1)) return false;
  // An opening bracket or an ellipsis starts the quoted words ("[T]he birth lottery", "… if").
  return !OPENING_AFTER.includes(text.charAt(i + 1));
}

const OPENING_AFTER = '[(¿¡…$£€#@';

/** Scans `text`; `carry` is the family of a quotation continued from the previous block. */
export function scanQuotes(text: string, carry: Family | null): RawQuote[] {
  const out: RawQuote[] = [];
  const stack: Opened[] = [];
  // The last possible closing apostrophe-like marks, for telling plural possessives apart in O(1);
  // looked up on first need (most blocks have no plural possessive right before a closing mark).
  let lastCurly = -2;
  let lastStraight = -2;
  const lastCloserAfter = (ch: string, i: number): boolean => {
    if (ch === '’') return (lastCurly === -2 ? (lastCurly = text.lastIndexOf('’')) : lastCurly) > i;
    return (lastStraight === -2 ? (lastStraight = text.lastIndexOf("'")) : lastStraight) > i;
  };
  let reopenAt = -1;
  if (carry) {
    let s = 0;
    while (s < text.length && isSpace(text.charCodeAt(s))) s++;
    const first = text.charAt(s);
    const reopens = MARK_FAMILY[first] === carry && startsAsOpener(text, s);
    if (reopens) reopenAt = s;
    else stack.push(opened(carryMark(carry), carry, s, true));
  }
  for (let i = nextMark(text, 0); i !== -1; i = nextMark(text, i + 1)) {
    const c = text.charCodeAt(i);
    const family = FAMILY_OF_CODE.get(c);
    if (!family) continue;
    if ((c === 0x2019 /* ’ */ || c === 39 /* ' */) && isApostrophe(text, i)) continue;
    // A left mark typed for an apostrophe between two letters ("National Review‘s").
    if ((c === 0x2018 /* ‘ */ || c === 0x201b /* ‛ */) && i > 0 && isWordAt(text, i - 1) && isWordAt(text, i + 1)) continue;
    const ch = text.charAt(i);
    const top = stack[stack.length - 1];
    // Close: the mark closes the innermost open quotation of a matching kind.
    const depth = findCloser(stack, ch);
    if (depth >= 0 && !openerOnly(text, i, ch)) {
      const target = stack[depth]!;
      if ((ch === '’' || ch === "'") && isPluralPossessive(text, i) && lastCloserAfter(ch, i)) continue;
      stack.length = depth;
      if (depth === 0 && i > target.start) {
        out.push({ start: target.start, end: i, family: target.family, continued: target.continued, open: false });
      }
      continue;
    }
    if (stack.length >= MAX_DEPTH) continue;
    if (canOpen(text, i, ch, top)) stack.push(opened(ch, family, i + 1, i === reopenAt));
  }
  const bottom = stack[0];
  if (bottom) out.push({ start: bottom.start, end: text.length, family: bottom.family, continued: bottom.continued, open: true });
  return out;
}

/** The stack index of the open quotation that `ch` can close, or -1. */
function findCloser(stack: Opened[], ch: string): number {
  for (let d = stack.length - 1; d >= 0; d--) {
    const o = stack[d]!;
    if (o.closers.includes(ch)) return d;
  }
  return -1;
}

/** Marks that open in this position even though they could close (a straight mark before a word after a space). */
function openerOnly(text: string, i: number, ch: string): boolean {
  if (ch !== '"' && ch !== "'" && ch !== '“' && ch !== '‘') return false;
  return openerBefore(text, i) && !closerAfter(text, i);
}

function startsAsOpener(text: string, s: number): boolean {
  const ch = text.charAt(s);
  return ch === '“' || ch === '„' || ch === '‘' || ch === '‚' || ch === '«' || ch === '»' || ch === '"' || ch === "'" || ch === '「' || ch === '『' || ch === '‹' || ch === '›';
}

/** Can `ch` at i open a quotation? Closing-only marks (” ’ 」) cannot, except Swedish-style ” before a word. */
function canOpen(text: string, i: number, ch: string, top: Opened | undefined): boolean {
  switch (ch) {
    case '“': case '„': case '‘': case '‚': case '‛': case '‟': case '«': case '‹': case '「': case '『':
      // Typographic openers open before anything but a space (“[My husband] …”, “… and so”),
      // and guillemets open before a space too (« Nous … »).
      return i + 1 < text.length && (!isSpace(text.charCodeAt(i + 1)) || ch === '«' || ch === '‹');
    case '»': case '›':
      // German » … «: opens only before a word, when no French « is open.
      return top?.mark !== '«' && !closerAfter(text, i) && openerBefore(text, i);
    case '"': case "'":
      return openerBefore(text, i) && !closerAfter(text, i);
    case '”':
      return openerBefore(text, i) && !closerAfter(text, i);
    default:
      return false;
  }
}

function carryMark(f: Family): string {
  switch (f) {
    case 'double': return '“';
    case 'single': return '‘';
    case 'guillemet': return '«';
    case 'guillemet-single': return '‹';
    case 'corner': return '「';
    case 'white-corner': return '『';
  }
}

/**
 * Does a block continue a quotation of `family` left open by the previous paragraph? Yes when it
 * reopens with the same kind of mark (the usual convention) or when the first mark of that kind
 * it contains closes a quotation. `null` when the block has no such mark (look further on).
 */
export function continuesQuote(text: string, family: Family): boolean | null {
  let s = 0;
  while (s < text.length && isSpace(text.charCodeAt(s))) s++;
  if (MARK_FAMILY[text.charAt(s)] === family && startsAsOpener(text, s)) return true;
  for (let i = nextMark(text, s); i !== -1; i = nextMark(text, i + 1)) {
    const c = text.charCodeAt(i);
    if (FAMILY_OF_CODE.get(c) !== family) continue;
    if ((c === 0x2019 /* ’ */ || c === 39 /* ' */) && isApostrophe(text, i)) continue;
    const closes = i > 0 && !isSpace(text.charCodeAt(i - 1)) && closerAfter(text, i);
    return closes;
  }
  return null;
}
