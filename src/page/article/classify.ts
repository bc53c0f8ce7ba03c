/**
 * Element and text classifiers shared by the article finder and the text map: what is page
 * chrome (navigation, comments, share bars, ads...), what is visually hidden helper text, what is
 * an editable area, and which short blocks are furniture by their words.
 */
import { BLOCK_TAGS, CHROME_ROLES, CHROME_TAGS } from './tags.ts';
import { CHROME_TEXT_MAX_LENGTH, CHROME_TEXT_PATTERNS, INLINE_MEDIA_NAME } from './patterns.ts';
import { elementNameFlags, NAME_CHROME, NAME_HIDDEN } from './names.ts';

const LAYOUT_MARKERS = 'article, main, h1, [role="main"], [itemprop="articleBody"]';

/** Editable areas are the reader's own text, never the article's. */
export function isEditable(el: Element): boolean {
  const ce = el.getAttribute('contenteditable');
  return ce !== null && ce.toLowerCase() !== 'false';
}

/**
 * True for text that is never the article's, even inline: visually hidden helper text ("sr-only")
 * that browsers report as visible, photo credits, and inline wrappers around an image (whose
 * text is a caption inside a paragraph, as on msn.com).
 */
export function isHiddenHelper(el: Element): boolean {
  if (!el.hasAttributes()) return false;
  if (elementNameFlags(el) & NAME_HIDDEN) return true;
  return !BLOCK_TAGS.has(el.localName) && inlineMedia(el);
}

/**
 * True for page chrome: nav/aside/footer tags, landmark roles of chrome, editable areas, and
 * block-level or custom elements named like comments, related lists, share bars, ads or bylines.
 * `html`, `body` and `main` are never chrome, whatever their class says.
 */
export function isChrome(el: Element): boolean {
  const tag = el.localName;
  if (tag === 'html' || tag === 'body' || tag === 'main') return false;
  if (CHROME_TAGS.has(tag)) return true;
  if (!el.hasAttributes()) return false;
  const role = el.getAttribute('role');
  if (role !== null && CHROME_ROLES.has(role.toLowerCase())) return true;
  if (isEditable(el)) return true;
  if (!BLOCK_TAGS.has(tag) && !tag.includes('-')) return false;
  return (elementNameFlags(el) & NAME_CHROME) !== 0 && !holdsLayout(el);
}

/**
 * Chrome or never-article helper text: subtrees that no walk enters. The same answer as
 * `isChrome(el) || isHiddenHelper(el)` (but never for <html> or <body>), with one name lookup:
 * the page scan asks it of every element.
 */
export function isPruned(el: Element): boolean {
  const tag = el.localName;
  if (CHROME_TAGS.has(tag)) return true;
  if (!el.hasAttributes() || tag === 'html' || tag === 'body') return false;
  const flags = elementNameFlags(el);
  if (flags & NAME_HIDDEN) return true;
  if (tag === 'main') return false;
  const role = el.getAttribute('role');
  if ((role !== null && CHROME_ROLES.has(role.toLowerCase())) || isEditable(el)) return true;
  if (!BLOCK_TAGS.has(tag) && !tag.includes('-')) return inlineMedia(el);
  return (flags & NAME_CHROME) !== 0 && !holdsLayout(el);
}

/** An inline wrapper around an image: its text is a caption or credit inside a paragraph (msn.com). */
function inlineMedia(el: Element): boolean {
  const cls = el.getAttribute('class');
  return cls !== null && INLINE_MEDIA_NAME.test(cls) && el.querySelector('img, picture, video') !== null;
}

/** A container that holds the page's article, main region or headline is layout, whatever its name. */
function holdsLayout(el: Element): boolean {
  return el.getAttribute('itemprop') === 'articleBody' || el.querySelector(LAYOUT_MARKERS) !== null;
}

/** True for a short block that is furniture by its words: "Advertisement", "Read more: ...", a byline. */
export function isChromeText(text: string): boolean {
  if (text.length > CHROME_TEXT_MAX_LENGTH) return false;
  return CHROME_TEXT_PATTERNS.some((re) => re.test(text));
}
