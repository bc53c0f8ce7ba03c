/**
 * The numbers that decide "is this an article, and where is its body", in one place so they can
 * be tuned against the corpus (test/unit/page) without touching the algorithm.
 */
export const ARTICLE_THRESHOLDS = {
  /** The best container must hold at least this many prose paragraphs (children or grandchildren). */
  minParagraphs: 3,
  /** ...and its subtree at least this many characters of prose. */
  minProse: 500,
  /**
   * Share of the body container's text inside links above which the page is not an article: link
   * lists (home pages, search results) and reference pages that link most terms (encyclopedias,
   * documentation). News bodies in the corpus stay under 0.12; Wikipedia's is 0.24.
   */
  maxLinkDensity: 0.2,
  /** Climb to the parent while the container holds less than this share of the parent's strong prose... */
  climbShare: 0.65,
  /** ...where strong prose sits in containers scoring at least this share of the top container's score. */
  strongShare: 0.25,
  /** How many wrapper levels that add no strong prose the climb looks through. */
  climbLevels: 4,
  /** How many top-scoring containers to try when the best ones turn out hidden by CSS. */
  visibleTries: 5,
  /** A block with more of its text in links than this is a link line ("Read more: ..."), not prose. */
  maxBlockLinkShare: 0.6,
  /** Text shorter than this beside an image, or inside a figure but not its caption, is the image's label. */
  mediaLabelMax: 25,
} as const;
