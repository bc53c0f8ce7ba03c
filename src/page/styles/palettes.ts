/**
 * The marks' styles, built from the label colours the popup uses (src/settings/palettes.ts) so
 * the page and the popup agree, in the variant that suits the page's own background (light or
 * dark). Each label differs by shape as well as colour (tint, solid, wavy, dotted), so none
 * depends on colour alone. Visual weight follows frequency (docs/labels.md): quotations and
 * vague sourcing stand out; unsourced statements, often a third of a page, get a thin dotted line.
 */
import { PALETTES as LABEL_COLOURS } from '../../settings/palettes.ts';
import type { Settings } from '../../settings/schema.ts';

/** The CSS declarations allowed inside ::highlight() that we use. */
export interface MarkStyle {
  color?: string;
  background?: string;
  line?: 'solid' | 'wavy' | 'dotted' | 'dashed' | 'double';
  lineColor?: string;
  /** Underline thickness, e.g. `2px`. */
  thickness?: string;
}

/** A style for each kind of mark. */
export interface MarkStyles {
  quote: MarkStyle;
  quotation: MarkStyle;
  speaker: MarkStyle;
  source: MarkStyle;
  vagueSource: MarkStyle;
  attributed: MarkStyle;
  vague: MarkStyle;
  unsourced: MarkStyle;
  focus: MarkStyle;
  flash: MarkStyle;
}

/** Palette names, as the settings store them. */
export type PaletteName = Settings['palette'];

/** Whether the page around the article is light or dark. */
export type Tone = 'light' | 'dark';

/** How strongly a palette draws: tint opacities and line widths. */
interface Strength {
  quoteTint: number;
  quotationTint: number;
  vagueTint: number;
  line: string;
  unsourcedAlpha: number;
}

const STRENGTH: Record<PaletteName, Strength> = {
  default: { quoteTint: 0.14, quotationTint: 0.34, vagueTint: 0.07, line: '2px', unsourcedAlpha: 0.7 },
  colorblind: { quoteTint: 0.16, quotationTint: 0.38, vagueTint: 0.08, line: '2px', unsourcedAlpha: 0.75 },
  'high-contrast': { quoteTint: 0.3, quotationTint: 0.55, vagueTint: 0.14, line: '3px', unsourcedAlpha: 1 },
};

/** The keyboard-focus outline's colour on light and dark pages (not a label colour). */
const FOCUS: Record<Tone, string> = { light: '#1d4ed8', dark: '#93c5fd' };

/** `#rrggbb` with an alpha, as rgba(). */
export function withAlpha(hex: string, alpha: number): string {
  const n = Number.parseInt(hex.slice(1, 7), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${Math.round(alpha * 1000) / 1000})`;
}

/** The mark styles of a palette for a light or dark page. */
export function markStyles(palette: PaletteName, tone: Tone): MarkStyles {
  const colours = LABEL_COLOURS[palette] ?? LABEL_COLOURS.default;
  const s = STRENGTH[palette] ?? STRENGTH.default;
  const c = (label: keyof typeof colours) => colours[label][tone];
  const focus = FOCUS[tone];
  return {
    quote: { background: withAlpha(c('quote'), s.quoteTint) },
    quotation: { background: withAlpha(c('quote'), s.quotationTint), line: 'solid', lineColor: c('quote'), thickness: '1px' },
    speaker: { background: withAlpha(c('quote'), s.quoteTint + 0.08), line: 'double', lineColor: c('quote'), thickness: '1px' },
    source: { background: withAlpha(c('attributed'), s.quoteTint + 0.06) },
    vagueSource: { background: withAlpha(c('vague'), s.quoteTint + 0.08) },
    attributed: { line: 'solid', lineColor: c('attributed'), thickness: s.line },
    vague: { background: withAlpha(c('vague'), s.vagueTint), line: 'wavy', lineColor: c('vague'), thickness: s.line === '3px' ? '2px' : '1.5px' },
    unsourced: { line: 'dotted', lineColor: withAlpha(c('unsourced'), s.unsourcedAlpha), thickness: s.line === '3px' ? '2px' : '1px' },
    focus: { background: withAlpha(focus, 0.3), line: 'double', lineColor: focus, thickness: '3px' },
    flash: { background: tone === 'light' ? 'rgba(255, 214, 0, 0.6)' : 'rgba(255, 214, 0, 0.45)' },
  };
}

/** The solid colour of each label (the card's swatch), matching the marks of the same palette and tone. */
export function labelColours(palette: PaletteName, tone: Tone): Record<'quote' | 'attributed' | 'vague' | 'unsourced', string> {
  const colours = LABEL_COLOURS[palette] ?? LABEL_COLOURS.default;
  return { quote: colours.quote[tone], attributed: colours.attributed[tone], vague: colours.vague[tone], unsourced: colours.unsourced[tone] };
}

/**
 * The marks without underlines, for pages too big to mark all at once (highlighter.ts): in
 * Chromium any registered underline makes every change to the marks recompute visual overflow
 * over the whole page, ~30 ms on a 100,000-element page whatever the number of ranges. Labels
 * drawn by an underline alone get a light tint of their line's colour instead, so each label
 * still has its own look; the shapes are lost, and the hover card still names every label.
 */
export function flatMarkStyles(palette: PaletteName, tone: Tone): MarkStyles {
  const styles = markStyles(palette, tone);
  const s = STRENGTH[palette] ?? STRENGTH.default;
  const c = (label: keyof (typeof LABEL_COLOURS)['default']) => (LABEL_COLOURS[palette] ?? LABEL_COLOURS.default)[label][tone];
  // The tinted marks keep their tint and lose their underline.
  const withoutLine = ({ color, background }: MarkStyle): MarkStyle => ({ ...(color ? { color } : {}), ...(background ? { background } : {}) });
  return {
    ...styles,
    quotation: withoutLine(styles.quotation),
    speaker: withoutLine(styles.speaker),
    attributed: { background: withAlpha(c('attributed'), s.vagueTint + 0.05) },
    // The vague tint alone is faint: twice as strong once its wavy line is gone.
    vague: { background: withAlpha(c('vague'), s.vagueTint * 2) },
    unsourced: { background: withAlpha(c('unsourced'), s.vagueTint) },
    focus: { background: withAlpha(FOCUS[tone], 0.45) },
  };
}
