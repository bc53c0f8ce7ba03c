/**
 * Picks the article's headline: the heading that the page's own title metadata names (og:title,
 * twitter:title, <title>), or failing that the last <h1> before the body (or the first inside it).
 * A site logo in an <h1> or a "Most read" <h2> must not become the headline.
 */
import type { ElementStats } from './score.ts';

/** Lower case with punctuation and spacing folded, so quote styles and separators don't matter. */
function norm(s: string): string {
  return s
    .toLowerCase()
    .replace(/[\s.,:;!?'"‘’“”«»()[\]{}|/\\\-–—_·•*]+/g, ' ')
    .trim();
}

/** The page's own idea of its title, from metadata and <title>, normalised. */
export function titleHints(doc: Document): string[] {
  const hints: string[] = [];
  for (const sel of ['meta[property="og:title"]', 'meta[name="twitter:title"]', 'meta[property="twitter:title"]', 'meta[name="title"]']) {
    const v = doc.querySelector(sel)?.getAttribute('content');
    if (v) hints.push(v);
  }
  const t = doc.querySelector('title')?.textContent;
  if (t) hints.push(t);
  return hints.map(norm).filter((h) => h.length > 0);
}

/** True when a heading's text is (part of) a title hint, or a hint is part of it. */
function matchesTitle(text: string, hints: string[]): boolean {
  const h = norm(text);
  if (h.length < 8) return false;
  return hints.some((t) => t.includes(h) || (t.length >= 15 && h.includes(t)));
}

/**
 * Chooses the headline among the scanned, shown h1-h3 (document order), relative to the body
 * container. Headings after the body (related lists, comment titles) never qualify.
 */
export function pickHeadline(
  headings: ElementStats[],
  body: ElementStats,
  hints: string[],
  isHidden: (el: Element) => boolean,
): ElementStats | null {
  const eligible = headings.filter((h) => h.order <= body.end && (h.el.textContent ?? '').trim() !== '' && !isHidden(h.el));
  const titled = eligible.filter((h) => matchesTitle(h.el.textContent ?? '', hints));
  const pool = titled.length > 0 ? titled : eligible.filter((h) => h.el.localName === 'h1');
  if (pool.length === 0) return null;
  const before = pool.filter((h) => h.order < body.order);
  const inside = pool.filter((h) => h.order >= body.order);
  const h1First = (list: ElementStats[]): ElementStats[] => {
    const h1 = list.filter((h) => h.el.localName === 'h1');
    return h1.length > 0 ? h1 : list;
  };
  if (inside.length > 0) return h1First(inside)[0] ?? null;
  const b = h1First(before);
  return b[b.length - 1] ?? null;
}
