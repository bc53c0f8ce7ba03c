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

/** Centre of the first visible range of the first non-empty highlight among `names`, scrolled into view. */
export async function pointInHighlight(page: Page, names: string[]): Promise<{ x: number; y: number; name: string } | null> {
  return page.evaluate(`(async (names) => {
    const reg = globalThis.CSS && CSS.highlights;
    if (!reg) return null;
    for (const name of names) {
      const h = reg.get(name);
      if (!h) continue;
      for (const range of h) {
        const el = range.startContainer.parentElement;
        if (!el) continue;
        el.scrollIntoView({ block: 'center' });
        await new Promise((r) => requestAnimationFrame(() => r(null)));
        const rect = [...range.getClientRects()].find((r) => r.width > 4 && r.height > 4);
        if (rect) return { x: rect.left + Math.min(rect.width / 2, 40), y: rect.top + rect.height / 2, name };
      }
    }
    return null;
  })(${JSON.stringify(names)})`);
}

/** True when the hover card's shadow-root content is showing text. */
export const CARD_VISIBLE = `(() => {
  const host = document.querySelector('says-who-card');
  const root = host && host.shadowRoot;
  if (!root) return false;
  return [...root.children].some((c) => c instanceof HTMLElement && c.innerText.trim().length > 0);
})()`;
