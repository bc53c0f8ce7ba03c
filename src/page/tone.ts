/**
 * Whether the article sits on a light or a dark background, so the marks use the colour variant
 * that reads on it. Reads computed styles of the article root and its ancestors once per scan.
 */
import type { Tone } from './styles/palettes.ts';

/** Parses `rgb(...)` / `rgba(...)` into [r, g, b, a]; null for anything else. */
export function parseRgb(value: string): [number, number, number, number] | null {
  const m = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(value.trim());
  if (!m) return null;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? Number.parseFloat(m[4]) / 100 : Number.parseFloat(m[4]);
  return [Number(m[1]), Number(m[2]), Number(m[3]), alpha];
}

function luminance([r, g, b]: [number, number, number, number]): number {
  const lin = (v: number) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** The tone of the first opaque-enough background from `el` up; text colour decides when none is set. */
export function toneOf(el: Element): Tone {
  const view = el.ownerDocument.defaultView;
  if (!view) return 'light';
  try {
    for (let node: Element | null = el; node; node = node.parentElement) {
      const bg = parseRgb(view.getComputedStyle(node).backgroundColor);
      if (bg && bg[3] >= 0.5) return luminance(bg) < 0.2 ? 'dark' : 'light';
    }
    const text = parseRgb(view.getComputedStyle(el).color);
    return text && luminance(text) > 0.5 ? 'dark' : 'light';
  } catch {
    return 'light';
  }
}
