import type { Page } from 'playwright-core';

/**
 * Page-side probes shared by the demo and the benchmark: they read what the content script
 * publishes to the page (performance entries, the shared highlight registry, the card host),
 * so neither script needs any hook inside the extension.
 */

/** Expression: true once the content script reported its marks painted or registered a highlight. */
export const MARKS_READY = `(() => {
  if (performance.getEntriesByName('says-who:marks-painted').length > 0) return true;
  const reg = globalThis.CSS && CSS.highlights;
  if (!reg) return false;
  for (const [name, h] of reg) if (name.startsWith('says-who') && h.size > 0) return true;
  return false;
})()`;

/** Waits for the marks; resolves false (does not throw) after `timeoutMs`. */
export async function waitForMarks(page: Page, timeoutMs: number): Promise<boolean> {
  try {
    await page.waitForFunction(MARKS_READY, undefined, { timeout: timeoutMs, polling: 50 });
    return true;
  } catch {
    return false;
  }
}

/** Number of ranges per `says-who*` highlight name. */
export function highlightCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(`(() => {
    const out = {};
    const reg = globalThis.CSS && CSS.highlights;
    if (reg) for (const [name, h] of reg) if (name.startsWith('says-who')) out[name] = h.size;
    return out;
  })()`);
}

/** A point inside the `skip`-th visible range of the highlights named (in order), scrolled into view. */
export async function pointInHighlight(page: Page, names: string[], skip = 0): Promise<{ x: number; y: number; name: string } | null> {
  return page.evaluate(`(async (names, skip) => {
    const reg = globalThis.CSS && CSS.highlights;
    if (!reg) return null;
    for (const name of names) {
      const h = reg.get(name);
      if (!h) continue;
      const ranges = [...h].sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
      for (const range of ranges) {
        if (!range.toString().trim() || skip-- > 0) continue;
        const el = range.startContainer.parentElement;
        if (!el) continue;
        el.scrollIntoView({ block: 'center' });
        await new Promise((r) => requestAnimationFrame(() => r(null)));
        const rect = [...range.getClientRects()].find((r) => r.width > 4 && r.height > 4);
        if (rect) return { x: rect.left + Math.min(rect.width / 2, 40), y: rect.top + rect.height / 2, name };
      }
    }
    return null;
  })(${JSON.stringify(names)}, ${skip})`);
}

/** The hover card's visible text ('' when hidden): it lives in an open shadow root on <html>. */
export const CARD_TEXT = `(() => {
  const host = document.querySelector('says-who-card');
  const root = host && host.shadowRoot;
  if (!root) return '';
  return [...root.children].map((c) => (c instanceof HTMLElement ? c.innerText.trim() : '')).join(' ').trim();
})()`;
