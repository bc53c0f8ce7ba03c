/**
 * Whether an element's text is hidden from the reader. The article finder and the text map skip
 * hidden subtrees, so that the engine never labels text the reader cannot see and the browser
 * and the CLI (which reads a parsed document without styles) agree wherever they can.
 */

/** Tags whose contents are never rendered as text. */
const NEVER_RENDERED = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'meta', 'link']);

/** `display:none` or `visibility:hidden|collapse` written in an inline style attribute. */
const INLINE_HIDDEN = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse))\s*(?:!important\s*)?(?:;|$)/i;

/**
 * Hidden by markup alone: what a parsed document (linkedom, happy-dom) can know without styles.
 * Shared by both environments so that counts differ only where the browser's CSS hides more.
 */
export function isHiddenByMarkup(el: Element): boolean {
  if (NEVER_RENDERED.has(el.localName)) return true;
  if (inClosedDetails(el)) return true;
  if (!el.hasAttributes()) return false;
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && style !== '' && INLINE_HIDDEN.test(style);
}

/** Content of a closed `<details>` (all but its `<summary>`) is not rendered. */
function inClosedDetails(el: Element): boolean {
  const parent = el.parentElement;
  return parent !== null && parent.localName === 'details' && !parent.hasAttribute('open') && el.localName !== 'summary';
}

type MaybeCheckable = Element & { checkVisibility?: () => boolean };

/**
 * The default hidden test: markup rules everywhere, plus `checkVisibility()` where the DOM
 * implements it (browsers, happy-dom), which sees stylesheet `display:none` and
 * `content-visibility:hidden`. Stylesheet `visibility:hidden` is deliberately not checked:
 * anti-flicker snippets hide the whole body that way until a script runs (seattletimes), and
 * the text becomes visible moments later. Callers prune the whole subtree of a hidden element.
 */
export function defaultIsHidden(el: Element): boolean {
  if (isHiddenByMarkup(el)) return true;
  const check = (el as MaybeCheckable).checkVisibility;
  if (typeof check !== 'function' || !el.isConnected) return false;
  return !check.call(el);
}
