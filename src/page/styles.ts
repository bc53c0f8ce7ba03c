/**
 * The ::highlight() rules for the marks, injected without adding nodes to the page when the
 * browser allows it (a constructed stylesheet in document.adoptedStyleSheets), otherwise as
 * one <style> in <head>, outside the article. Both are removed when the session's signal aborts.
 */
import { FLASH_HIGHLIGHT, FOCUS_HIGHLIGHT, LABEL_HIGHLIGHT, PREFIX, QUOTATION_HIGHLIGHT, SOURCE_HIGHLIGHT } from './names.ts';
import { markStyles, type MarkStyle, type PaletteName, type Tone } from './styles/palettes.ts';

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

/** The whole stylesheet text for a palette on a light or dark page; pure, so tests can read it. */
export function highlightCss(palette: PaletteName, tone: Tone = 'light'): string {
  const p = markStyles(palette, tone);
  const rules: [string, MarkStyle][] = [
    [LABEL_HIGHLIGHT.unsourced, p.unsourced],
    [LABEL_HIGHLIGHT.vague, p.vague],
    [LABEL_HIGHLIGHT.attributed, p.attributed],
    [LABEL_HIGHLIGHT.quote, p.quote],
    [SOURCE_HIGHLIGHT.vague, p.vagueSource],
    [SOURCE_HIGHLIGHT.attributed, p.source],
    [SOURCE_HIGHLIGHT.quote, p.speaker],
    [QUOTATION_HIGHLIGHT, p.quotation],
    [FOCUS_HIGHLIGHT, p.focus],
    [FLASH_HIGHLIGHT, p.flash],
  ];
  return rules.map(([name, style]) => `::highlight(${name}) { ${declarations(style)}; }`).join('\n');
}

/** A handle on the injected rules: swap the palette, or remove them. */
export interface InjectedStyles {
  setPalette(palette: PaletteName, tone?: Tone): void;
  /** Puts the rules back if the page dropped them (replaced adoptedStyleSheets, rewrote <head>); cheap. */
  ensure(): void;
  remove(): void;
}

function canAdopt(doc: Document): boolean {
  const view = doc.defaultView;
  return Boolean(view && 'adoptedStyleSheets' in doc && typeof view.CSSStyleSheet === 'function' && 'replaceSync' in view.CSSStyleSheet.prototype);
}

/** Injects the highlight rules for `palette`; everything is removed when `signal` aborts. */
export function injectStyles(doc: Document, palette: PaletteName, signal: AbortSignal): InjectedStyles {
  let current = palette;
  let currentTone: Tone = 'light';
  let sheet: CSSStyleSheet | null = null;
  let element: HTMLStyleElement | null = null;
  if (canAdopt(doc)) {
    try {
      sheet = new doc.defaultView!.CSSStyleSheet();
      sheet.replaceSync(highlightCss(current, currentTone));
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    } catch {
      sheet = null;
    }
  }
  if (!sheet) {
    element = doc.createElement('style');
    element.setAttribute('data-' + PREFIX, '');
    element.textContent = highlightCss(current, currentTone);
    (doc.head ?? doc.documentElement).appendChild(element);
  }
  const remove = () => {
    if (sheet) {
      const mine = sheet;
      try {
        doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== mine);
      } catch {
        /* the document is gone */
      }
      sheet = null;
    }
    element?.remove();
    element = null;
  };
  signal.addEventListener('abort', remove, { once: true });
  return {
    setPalette(next, tone = currentTone) {
      if (next === current && tone === currentTone) return;
      current = next;
      currentTone = tone;
      if (sheet) sheet.replaceSync(highlightCss(current, currentTone));
      if (element) element.textContent = highlightCss(current, currentTone);
    },
    ensure() {
      if (signal.aborted) return;
      try {
        if (sheet && !doc.adoptedStyleSheets.includes(sheet)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
        if (element && !element.isConnected) (doc.head ?? doc.documentElement).appendChild(element);
      } catch {
        /* nothing more we can do without touching the page */
      }
    },
    remove,
  };
}
