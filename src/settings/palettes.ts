/**
 * Colours of each label in each palette, as data. The popup's chart and filters use them; the
 * page's marks can use the same table so that the popup and the page agree. "unsourced" gets the
 * quietest colour in the default palette because it can be a third of a news page.
 */
import type { Settings } from './schema.ts';

/** A label the popup colours (the four marked labels). */
export type ColouredLabel = 'quote' | 'attributed' | 'vague' | 'unsourced';

/** One palette: a colour per label for light and for dark surfaces. */
export type Palette = Record<ColouredLabel, { light: string; dark: string }>;

/** The three palettes of the options page. */
export const PALETTES: Record<Settings['palette'], Palette> = {
  default: {
    quote: { light: '#2563eb', dark: '#60a5fa' },
    attributed: { light: '#0f766e', dark: '#2dd4bf' },
    vague: { light: '#d97706', dark: '#fbbf24' },
    unsourced: { light: '#94a3b8', dark: '#94a3b8' },
  },
  // Okabe & Ito's colour-blind safe set: blue, bluish green, orange, reddish purple.
  colorblind: {
    quote: { light: '#0072b2', dark: '#56b4e9' },
    attributed: { light: '#009e73', dark: '#2fc79a' },
    vague: { light: '#e69f00', dark: '#f0b429' },
    unsourced: { light: '#cc79a7', dark: '#d99cc0' },
  },
  'high-contrast': {
    quote: { light: '#0000cc', dark: '#7fb2ff' },
    attributed: { light: '#006400', dark: '#5cff5c' },
    vague: { light: '#a13d00', dark: '#ffb347' },
    unsourced: { light: '#000000', dark: '#ffffff' },
  },
};
