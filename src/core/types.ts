/**
 * The engine's public data shapes. Everything the page layer, the CLI, the popup and the
 * background know about an analysis is expressed in these types, so they are the contract
 * between src/core and the rest of the product. Offsets are UTF-16 code units into the text
 * of the block they belong to, half-open: `block.text.slice(start, end)`.
 */

/** The five labels of ../shared/docs/labels.md, in priority order (first that fits wins). */
export const LABELS = ['quote', 'attributed', 'vague', 'unsourced', 'other'] as const;

/** One of the five sentence labels. */
export type Label = (typeof LABELS)[number];

/** What kind of text block a piece of the article is; headings and captions are judged differently. */
export type BlockKind = 'heading' | 'paragraph' | 'caption' | 'list-item' | 'quote-block';

/** A link inside a block, given so that a link to a document can count as a sentence's source. */
export interface LinkSpan {
  start: number;
  end: number;
  /** Absolute URL of the link target. */
  href: string;
  /** True when the link leaves the page's site, or points at a document (pdf, report) that can back a claim. */
  external: boolean;
}

/** One block of article text in reading order, as the page layer or the CLI extracted it. */
export interface Block {
  kind: BlockKind;
  text: string;
  links?: LinkSpan[];
}

/** Input of analyze(): the article's blocks and what is known about the page. */
export interface ArticleInput {
  blocks: Block[];
  /** BCP 47 language tag from the page (`lang` attribute), if any; otherwise the engine detects it. */
  language?: string;
}

/** Why a sentence got its label: the rule that fired and the words that made it fire. */
export interface Reason {
  /** Stable rule id, e.g. `quote.cue`, `attributed.according-to`, `vague.weasel`, `unsourced.number`. */
  rule: string;
  /** Human-readable explanation shown in the hover card and the CLI, e.g. `cue: told; speaker: Volodymyr Zelensky`. */
  text: string;
  /** The trigger words as they appear in the sentence (cue verb, source phrase, vague phrase, signal). */
  triggers: { kind: 'cue' | 'source' | 'vague' | 'signal' | 'speaker'; text: string; start: number; end: number }[];
}

/** A labelled sentence. `start`/`end` index `blocks[block].text`; sentences tile each block (whitespace between them excluded). */
export interface Sentence {
  block: number;
  start: number;
  end: number;
  text: string;
  label: Label;
  /** The source as the text names it (speaker of the quote, "critics", "the Pentagon"); null when none. */
  source: string | null;
  /** Absent for `other`. */
  reason?: Reason;
}

/** A direct quotation span (the words inside the marks, marks excluded). */
export interface Quote {
  block: number;
  start: number;
  end: number;
  text: string;
  /** Resolved to the fullest name the article gives; null when the article never says who spoke. */
  speaker: string | null;
}

/** What a page's language gets labelled (Analysis.coverage). */
export type Coverage = 'full' | 'no-unsourced' | 'quotes';

/** Output of analyze(). */
export interface Analysis {
  language: string;
  /** True when the engine has word lists for the language; otherwise only quotations are labelled. */
  supported: boolean;
  /**
   * What the word lists cover: 'full' (English: every label), 'no-unsourced' (French, Spanish,
   * German, Portuguese: speakers, `attributed`, `vague`, but a sentence with no source stays
   * `other`, never `unsourced`), 'quotes' (no word lists: quotations only).
   */
  coverage: Coverage;
  sentences: Sentence[];
  quotes: Quote[];
  counts: Record<Label, number>;
}
