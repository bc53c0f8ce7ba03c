/**
 * Whether a page says of itself that it is an article (an <article> element, schema.org
 * Article markup, og:type "article"): one selector, no scoring. The session opens the engine's
 * port ahead of the read only on such pages, so a page that is plainly no article (a search
 * page, a web app) never wakes the background; the full reader still decides what is read.
 */
const HINTS = 'article, [itemtype*="Article" i], meta[property="og:type"][content="article" i]';

/** True when the page marks itself as an article (see above). */
export function looksLikeArticle(doc: Document): boolean {
  try {
    return doc.querySelector(HINTS) !== null;
  } catch {
    return false;
  }
}
