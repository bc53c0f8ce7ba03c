/**
 * The shapes this layer needs from the article reader (src/page/read.ts, text-map.ts), written
 * structurally so the marks, the card and the session can be built and tested with a small
 * fake reader, and the real one is plugged in by the session's entry point.
 */
import type { Analysis, ArticleInput } from '../core/types.ts';

/** What the marks use of the text map. */
export interface MapLike {
  rangeFor(block: number, start: number, end: number): Range | null;
  locate(node: Node, offset: number): { block: number; offset: number } | null;
  /** DOM nodes a mark over [start,end) of a block spans (the highlighter bounds their total on huge pages); absent: 1. */
  nodesIn?(block: number, start: number, end: number): number;
  /** True when the DOM under the map changed since it was built; with `limit`, checks about that many nodes per call, round robin. */
  isStale(limit?: number): boolean;
}

/** What the session uses of a found article. */
export interface ArticleLike {
  title: string;
  language: string | null;
  root: Element;
}

/** Result of reading the page: the article, its text map, and the engine input. */
export interface ReadResult {
  article: ArticleLike;
  map: MapLike;
  input: ArticleInput;
}

/** Reads the article of a document; null when the page is not an article. */
export type ReadArticle = (doc: Document) => ReadResult | null;

/**
 * readArticle as steps (src/page/read.ts's readArticleSteps): the session runs them under a time
 * budget, yielding to the page between slices, so reading a huge page causes no long task.
 */
export type ReadSteps = (doc: Document) => Generator<void, ReadResult | null>;

/**
 * The engine as the page layer calls it: the background's, over a port, in the extension
 * (src/page/remote-engine.ts); src/core's own in tests. Resolves null when `signal` aborts, or
 * when an `early` request (made before the page had the settings) is refused by the settings.
 */
export type Analyze = (input: ArticleInput, signal: AbortSignal, early?: boolean) => Promise<Analysis | null>;

/** The engine a session uses; `warm`/`cool` open and close a connection ahead of use where there is one. */
export interface Engine {
  analyze: Analyze;
  /** Gets ready for an analysis (the remote engine opens its port, waking the background) while the article is read. */
  warm?(): void;
  /** Releases what `warm` took (the site turned out disabled, or the session stopped). */
  cool?(): void;
}
