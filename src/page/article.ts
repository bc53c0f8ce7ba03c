/**
 * Finds the article on a page: its headline, body paragraphs, captions, lists and block quotes,
 * without navigation, asides, comments, related lists, bylines, share bars or ads; and says
 * "not an article" (null) for home pages, product pages, search results and web apps, so that
 * the extension and the CLI never label text that is not an article's. Works on a live browser
 * DOM and on parsed documents (linkedom, happy-dom): plain DOM traversal, no layout.
 */
import type { BlockKind } from '../core/types.ts';
import { defaultIsHidden, isHiddenByMarkup } from './visibility.ts';
import { scanPageSteps, type ElementStats } from './article/score.ts';
import { pickHeadline, titleHints } from './article/headline.ts';
import { extractBlocksSteps } from './article/blocks.ts';
import { pageLanguage } from './article/language.ts';
import { ARTICLE_THRESHOLDS as T } from './article/thresholds.ts';
import type { CollectedBlock } from './article/collect.ts';
import { drain } from './drain.ts';

/** One block of the article: what kind of text it is and the element that holds it. */
export interface ArticleBlock {
  kind: BlockKind;
  element: Element;
}

/** The article found on a page; `root` contains every block (the observer watches it). */
export interface FoundArticle {
  title: string;
  language: string | null;
  root: Element;
  blocks: ArticleBlock[];
}

/** Options shared by the page layer: how to tell hidden elements (tests and the CLI may override). */
export interface FindOptions {
  isHidden?: (el: Element) => boolean;
}

/** Score discounted by link density: link lists score low however much text they hold. */
function finalScore(c: ElementStats): number {
  return c.score * (1 - (c.text > 0 ? c.link / c.text : 0));
}

/** The best-scoring container that is actually shown (the scan only knew markup-hidden text). */
function topCandidate(candidates: ElementStats[], isHidden: (el: Element) => boolean): ElementStats | null {
  const ranked = candidates.filter((c) => c.score > 0).sort((a, b) => finalScore(b) - finalScore(a));
  for (const c of ranked.slice(0, T.visibleTries)) if (!isHidden(c.el)) return c;
  return null;
}

/**
 * Climbs from the top candidate while it holds only part of the strong prose around it: bodies
 * split into columns (nytimes) or sections. Only containers scoring near the top one count, so
 * a rail of one-paragraph teasers next to a short story does not pull the body up into the page.
 */
function bodyContainer(top: ElementStats, candidates: ElementStats[], isHidden: (el: Element) => boolean): ElementStats {
  const strong = candidates.filter((c) => c.direct > 0 && c.score >= T.strongShare * top.score && !isHidden(c.el));
  const proseIn = (e: ElementStats): number => {
    let n = 0;
    for (const h of strong) if (h.order >= e.order && h.order <= e.end) n += h.direct;
    return n;
  };
  let cur = top;
  let mine = proseIn(top);
  // Wrappers that add no strong prose are looked through (up to climbLevels) but not taken.
  let a = top.parent;
  for (let level = 0; a !== null && a.parent !== null && level < T.climbLevels; a = a.parent, level++) {
    const up = proseIn(a);
    if (up === mine) continue;
    if (mine >= T.climbShare * up) break;
    cur = a;
    mine = up;
    level = 0;
  }
  return cur;
}

/** Lowest element containing both (the body container when there is no separate headline). */
function commonAncestor(a: ElementStats, b: ElementStats): ElementStats {
  const seen = new Set<ElementStats>();
  for (let s: ElementStats | null = a; s !== null; s = s.parent) seen.add(s);
  for (let s: ElementStats | null = b; s !== null; s = s.parent) if (seen.has(s)) return s;
  return a;
}

/**
 * Finds the article (see the module comment). Null means "not an article": too little prose in
 * one place, prose drowned in links, or no container with several real paragraphs.
 */
export function findArticle(doc: Document, opts?: FindOptions): FoundArticle | null {
  return findArticleAndTexts(doc, opts)?.article ?? null;
}

/**
 * findArticle, plus the block texts read while choosing the blocks (index i is block i), so that
 * readArticle can build the text map without reading every block a second time.
 */
export function findArticleAndTexts(doc: Document, opts?: FindOptions): ArticleAndTexts | null {
  return drain(findArticleAndTextsSteps(doc, opts));
}

/** What findArticleAndTexts gives: the article and the text of each of its blocks. */
export interface ArticleAndTexts {
  article: FoundArticle;
  texts: CollectedBlock[];
}

/**
 * findArticleAndTexts as steps (see drain.ts): the page scan and the block walk yield every few
 * nodes, so the content script can read a huge page without one long task.
 */
export function* findArticleAndTextsSteps(doc: Document, opts?: FindOptions): Generator<void, ArticleAndTexts | null> {
  // Scan from <html>, not document.body: malformed pages can leave linkedom's `body` empty.
  const html = doc.documentElement;
  if (html === null || html === undefined) return null;
  const isHidden = opts?.isHidden ?? defaultIsHidden;
  // Score with what markup says (same in browser and CLI); computed styles only inside the article.
  const scan = yield* scanPageSteps(html, opts?.isHidden ?? isHiddenByMarkup);
  const top = topCandidate(scan.candidates, isHidden);
  if (top === null || top.paragraphs < T.minParagraphs) return null;
  const container = bodyContainer(top, scan.candidates, isHidden);
  if (container.prose < T.minProse) return null;
  if (container.text > 0 && container.link / container.text > T.maxLinkDensity) return null;
  yield;
  const hints = titleHints(doc);
  const headline = pickHeadline(scan.headings, container, hints, isHidden);
  const root = headline === null ? container : commonAncestor(headline, container);
  const extracted = yield* extractBlocksSteps(root.el, headline?.el ?? null, container.el, isHidden, scan.visited);
  // Nothing but headings left once CSS-hidden and furniture blocks are gone: nothing to read.
  if (!extracted.some((e) => e.kind !== 'heading')) return null;
  const first = extracted[0];
  const title =
    headline !== null && first !== undefined && first.element === headline.el
      ? first.collected.text
      : (doc.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? doc.querySelector('title')?.textContent ?? '').trim();
  const article: FoundArticle = {
    title,
    language: pageLanguage(doc),
    root: root.el,
    blocks: extracted.map(({ kind, element }) => ({ kind, element })),
  };
  return { article, texts: extracted.map((e) => e.collected) };
}
