/**
 * The names of everything Says Who registers in the page's shared highlight registry. One
 * prefix for all of them, so the page (and our teardown) can tell them apart from the page's
 * own highlights, and so a sweep by prefix can remove every trace.
 */
import type { Label } from '../core/types.ts';

/** The prefix of every highlight name and injected element name. */
export const PREFIX = 'says-who';

/** Labels that get a mark on the page (`other` never does). */
export type MarkLabel = Exclude<Label, 'other'>;

/** The marked labels in page-priority order. */
export const MARK_LABELS: readonly MarkLabel[] = ['quote', 'attributed', 'vague', 'unsourced'];

/** Highlight name per sentence label. */
export const LABEL_HIGHLIGHT: Record<MarkLabel, string> = {
  quote: `${PREFIX}-quote`,
  attributed: `${PREFIX}-attributed`,
  vague: `${PREFIX}-vague`,
  unsourced: `${PREFIX}-unsourced`,
};

/** Labels whose sentences name who speaks or who the source is. */
export type SourcedLabel = 'quote' | 'attributed' | 'vague';

/** The speaker or source words inside a sentence, per label: who said it is visible at a glance. */
export const SOURCE_HIGHLIGHT: Record<SourcedLabel, string> = {
  quote: `${PREFIX}-speaker`,
  attributed: `${PREFIX}-source`,
  vague: `${PREFIX}-vague-source`,
};

/** The quoted words themselves, drawn stronger than their sentence. */
export const QUOTATION_HIGHLIGHT = `${PREFIX}-quotation`;

/** The claim that keyboard navigation (or the popup) moved to. */
export const FOCUS_HIGHLIGHT = `${PREFIX}-focus`;

/** A short flash for scroll-to-claim, so the eye finds the sentence after the jump. */
export const FLASH_HIGHLIGHT = `${PREFIX}-flash`;

/** Every name we may register, in the order they are painted (later = on top). */
export const ALL_HIGHLIGHTS: readonly string[] = [
  LABEL_HIGHLIGHT.unsourced,
  LABEL_HIGHLIGHT.vague,
  LABEL_HIGHLIGHT.attributed,
  LABEL_HIGHLIGHT.quote,
  SOURCE_HIGHLIGHT.vague,
  SOURCE_HIGHLIGHT.attributed,
  SOURCE_HIGHLIGHT.quote,
  QUOTATION_HIGHLIGHT,
  FOCUS_HIGHLIGHT,
  FLASH_HIGHLIGHT,
];

/** Tag name of the card's host element (outside body, on documentElement). */
export const CARD_HOST_TAG = `${PREFIX}-card`;
