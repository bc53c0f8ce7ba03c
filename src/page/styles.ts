/**
 * The ::highlight() rules for the marks, as text. They ship as a static content-script stylesheet
 * (src/page/highlights.css, declared in the manifest) so the browser styles the page with them
 * from the start: adding a stylesheet with ::highlight rules later restyles every element, which
 * on a 100,000-element page is a 300+ ms task. Every palette and tone has its own highlight
 * names (names.ts), so switching one moves ranges to other names and never touches CSS.
 * test/unit/page/highlights-css.test.ts keeps the checked-in file equal to `allHighlightCss()`.
 */
import { highlightName, MARK_KINDS, type MarkKind } from './names.ts';
import { flatMarkStyles, markStyles, type MarkStyle, type MarkStyles, type PaletteName, type Tone } from './styles/palettes.ts';

/** The palettes and tones the stylesheet covers, in file order. */
export const PALETTE_NAMES: readonly PaletteName[] = ['default', 'colorblind', 'high-contrast'];
const TONES: readonly Tone[] = ['light', 'dark'];

/** Which entry of a palette's styles draws each kind of mark. */
const STYLE_OF: Record<MarkKind, keyof MarkStyles> = {
  unsourced: 'unsourced',
  vague: 'vague',
  attributed: 'attributed',
  quote: 'quote',
  'vague-source': 'vagueSource',
  source: 'source',
  speaker: 'speaker',
  quotation: 'quotation',
  focus: 'focus',
  flash: 'flash',
};

function declarations(style: MarkStyle): string {
  const out: string[] = [];
  if (style.color) out.push(`color: ${style.color}`);
  if (style.background) out.push(`background-color: ${style.background}`);
  if (style.line) {
    out.push('text-decoration-line: underline');
    out.push(`text-decoration-style: ${style.line}`);
    if (style.lineColor) out.push(`text-decoration-color: ${style.lineColor}`);
    if (style.thickness) out.push(`text-decoration-thickness: ${style.thickness}`);
    out.push('text-decoration-skip-ink: none');
  }
  return out.join('; ');
}

/** The rules of one palette on a light or dark page (plain or flat), under that variant's names; pure, so tests can read it. */
export function highlightCss(palette: PaletteName, tone: Tone = 'light', flat = false): string {
  const p = flat ? flatMarkStyles(palette, tone) : markStyles(palette, tone);
  return MARK_KINDS.map((kind) => `::highlight(${highlightName(kind, palette, tone, flat)}) { ${declarations(p[STYLE_OF[kind]])}; }`).join('\n');
}

/** The whole content-script stylesheet: every palette in both tones. */
export function allHighlightCss(): string {
  const head = '/* Generated from src/settings/palettes.ts by src/page/styles.ts (allHighlightCss); do not edit by hand.\n' +
    '   Update: npx vitest run --project unit test/unit/page/highlights-css.test.ts -u */';
  const blocks = [false, true].flatMap((flat) =>
    PALETTE_NAMES.flatMap((palette) => TONES.map((tone) => `/* ${palette}, ${tone}${flat ? ', flat (huge pages)' : ''} */\n${highlightCss(palette, tone, flat)}`)),
  );
  return [head, ...blocks].join('\n\n') + '\n';
}
