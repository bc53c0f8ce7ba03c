/**
 * The words the card and the screen-reader announcements use, as data, so wording can be
 * reviewed (and later localised) without reading the card's code.
 */
import type { MarkLabel } from '../names.ts';

/** The label in words, as a heading for the card. */
export const LABEL_WORDS: Record<MarkLabel, string> = {
  quote: 'Quote',
  attributed: 'Attributed claim',
  vague: 'Vague source',
  unsourced: 'No source given',
};

/** What the source line is called, per label. */
export const SOURCE_CAPTION: Record<MarkLabel, string> = {
  quote: 'Said by',
  attributed: 'Source',
  vague: 'Source',
  unsourced: 'Source',
};

/** Shown when a quotation's speaker is never named in the article. */
export const UNKNOWN_SPEAKER = 'speaker not named in the article';

/** Shown for an unsourced claim's source line. */
export const NO_SOURCE = 'none given';

/** Shown when an attributed or vague claim's source could not be pinned to words. */
export const SOURCE_UNNAMED = 'not named';

/** Accessible name of the card's region. */
export const CARD_ROLE_NAME = 'Says Who';
