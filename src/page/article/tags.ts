/**
 * Tag sets the article finder and the text map share: which elements break text into blocks,
 * which never hold article text, and which are the page's chrome rather than its content.
 * Kept as data so the rules read as lists, not as code.
 */

/** Elements that start a new line of text; everything else is inline and transparent. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog',
  'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4',
  'h5', 'h6', 'header', 'hgroup', 'hr', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section',
  'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

/**
 * Elements whose subtree never holds article text: media, form controls, embedded documents, and
 * preformatted text (code listings, plain-text documents such as RFCs), which is not prose to label.
 */
export const SKIP_TAGS: ReadonlySet<string> = new Set([
  'audio', 'button', 'canvas', 'embed', 'iframe', 'img', 'input', 'map', 'math', 'object',
  'option', 'picture', 'pre', 'select', 'source', 'svg', 'textarea', 'track', 'video',
]);

/**
 * Page chrome by tag: navigation, sidebars and footers are never article body. Not `form` (some
 * sites wrap the whole page in one) nor `header` (an article's own header holds its headline).
 */
export const CHROME_TAGS: ReadonlySet<string> = new Set(['nav', 'aside', 'footer', 'menu', 'dialog']);

/** Landmark roles that mark page chrome, whatever the tag. */
export const CHROME_ROLES: ReadonlySet<string> = new Set([
  'navigation', 'complementary', 'contentinfo', 'banner', 'search', 'dialog', 'alertdialog',
  'menu', 'menubar', 'toolbar', 'tablist', 'alert', 'status',
]);

/** Which block kind a text-holding tag gives; other text-holding elements become paragraphs. */
export const KIND_BY_TAG: Readonly<Record<string, 'heading' | 'caption' | 'list-item' | 'quote-block'>> = {
  h1: 'heading', h2: 'heading', h3: 'heading', h4: 'heading', h5: 'heading', h6: 'heading',
  figcaption: 'caption', caption: 'caption', li: 'list-item', dd: 'list-item', dt: 'list-item',
  blockquote: 'quote-block',
};

/** Inline tags: never blocks, so the block walk leaves their visibility to the text reader. */
export const INLINE_TEXT_TAGS: ReadonlySet<string> = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'dfn', 'em', 'font', 'i', 'kbd', 'mark', 'q', 's', 'samp',
  'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var',
]);
