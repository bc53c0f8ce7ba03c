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

/** Labels whose sentences name who speaks or who the source is. */
export type SourcedLabel = 'quote' | 'attributed' | 'vague';

/** Every kind of mark: one highlight name per kind in each palette and tone. */
export type MarkKind = MarkLabel | 'speaker' | 'source' | 'vague-source' | 'quotation' | 'focus' | 'flash';

/** The kinds in paint order (later = on top); a Highlight's priority is its kind's index here. */
export const MARK_KINDS: readonly MarkKind[] = ['unsourced', 'vague', 'attributed', 'quote', 'vague-source', 'source', 'speaker', 'quotation', 'focus', 'flash'];

/** The kind of mark drawn for the speaker or source words of each sourced label. */
export const SOURCE_KIND: Record<SourcedLabel, MarkKind> = { quote: 'speaker', attributed: 'source', vague: 'vague-source' };

/** Palette names as the settings store them (kept here so names need no settings import). */
export type PaletteId = 'default' | 'colorblind' | 'high-contrast';

/** The infix of each palette in highlight names; the default has none so its light names stay the plain ones. */
const PALETTE_INFIX: Record<PaletteId, string> = { default: '', colorblind: 'cb-', 'high-contrast': 'hc-' };

/**
 * The highlight name of a kind of mark in a palette and tone, plain or flat (the style without
 * underlines that huge pages get: see highlighter.ts). The styles are a static content-script
 * stylesheet (a stylesheet added later restyles the whole page, hundreds of ms on a huge one), so a
 * palette, tone or style switch moves the ranges to other names instead of rewriting any CSS:
 * `says-who-quote`, `says-who-dark-quote`, `says-who-cb-quote`, `says-who-hc-dark-flat-quote`, …
 */
// Pure (annotated so): the names above, which only the tests read, cost the content script nothing.
export /* @__NO_SIDE_EFFECTS__ */ function highlightName(kind: MarkKind, palette: PaletteId = 'default', tone: 'light' | 'dark' = 'light', flat = false): string {
  return `${PREFIX}-${PALETTE_INFIX[palette] ?? ''}${tone === 'dark' ? 'dark-' : ''}${flat ? 'flat-' : ''}${kind}`;
}

/** Highlight name per sentence label (default palette, light page). */
export const LABEL_HIGHLIGHT: Record<MarkLabel, string> = {
  quote: highlightName('quote'),
  attributed: highlightName('attributed'),
  vague: highlightName('vague'),
  unsourced: highlightName('unsourced'),
};

/** The speaker or source words inside a sentence, per label: who said it is visible at a glance. */
export const SOURCE_HIGHLIGHT: Record<SourcedLabel, string> = {
  quote: highlightName('speaker'),
  attributed: highlightName('source'),
  vague: highlightName('vague-source'),
};

/** The quoted words themselves, drawn stronger than their sentence. */
export const QUOTATION_HIGHLIGHT = highlightName('quotation');

/** The claim that keyboard navigation (or the popup) moved to. */
export const FOCUS_HIGHLIGHT = highlightName('focus');

/** A short flash for scroll-to-claim, so the eye finds the sentence after the jump. */
export const FLASH_HIGHLIGHT = highlightName('flash');

/** The default palette's light names, in paint order (later = on top); other variants: highlightName(). */
export const ALL_HIGHLIGHTS: readonly string[] = /* @__PURE__ */ MARK_KINDS.map((kind) => highlightName(kind));

/** The kind of one of our highlight names, whatever its palette, tone and style; null for any other name. */
export function kindOf(name: string): MarkKind | null {
  const m = /^says-who-(?:(?:cb|hc)-)?(?:dark-)?(?:flat-)?(.+)$/.exec(name);
  return m && (MARK_KINDS as readonly string[]).includes(m[1]!) ? (m[1] as MarkKind) : null;
}

/** Tag name of the card's host element (outside body, on documentElement). */
export const CARD_HOST_TAG = `${PREFIX}-card`;
