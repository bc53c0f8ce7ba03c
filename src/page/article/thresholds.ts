/**
 * The numbers that decide "is this an article, and where is its body", in one place so they can
 * be tuned against the corpus (test/unit/page) without touching the algorithm.
 */
export const ARTICLE_THRESHOLDS = {
  /** The best container must hold at least this many prose paragraphs (children or grandchildren). */
  minParagraphs: 3,
  /** ...and its subtree at least this many characters of prose. */
  minProse: 500,
  /** Containers whose text is mostly links are link lists (home pages, search results), not articles. */
  maxLinkDensity: 0.5,
  /** Climb to the parent while the container holds less than this share of the parent's prose. */
  climbShare: 0.65,
} as const;
