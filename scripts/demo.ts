/**
 * `npm run demo`: shows Says Who on the worked example. Serves ../shared/examples/seed-article.html
 * on 127.0.0.1, opens it in Chromium with dist/chrome (headed when DISPLAY is set), and saves
 * screenshots of the marked page (one screen and the full page), an open hover card and the
 * popup (light and dark) to demo/.
 */
import { mkdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { findChromium, launchChromium, REPO_ROOT, startServer, type ChromiumRun } from '../test/e2e/harness/index.ts';
import { CARD_TEXT, highlightCounts, pointInHighlight, waitForMarks } from './bench/probes.ts';

const OUT = join(REPO_ROOT, 'demo');
const saved: string[] = [];
const warnings: string[] = [];

async function shoot(page: import('playwright-core').Page, file: string, fullPage = false): Promise<void> {
  const path = join(OUT, file);
  await page.screenshot({ path, fullPage });
  saved.push(path);
}

async function popupShots(chrome: ChromiumRun, tabId: number): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    const popup = await chrome.context.newPage();
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.goto(chrome.popupUrl(tabId));
    try {
      await popup.waitForFunction(`(document.querySelector('#app')?.childElementCount ?? 0) > 0`, undefined, { timeout: 10_000 });
      // Let the summary request come back and the chart settle.
      await popup.waitForTimeout(800);
    } catch {
      warnings.push(`popup (${scheme}) rendered nothing within 10 s`);
    }
    await shoot(popup, `popup-${scheme}.png`, true);
    await popup.close();
  }
}

async function main(): Promise<void> {
  try {
    findChromium();
  } catch (err) {
    console.error(String(err instanceof Error ? err.message : err));
    process.exitCode = 1;
    return;
  }
  await mkdir(OUT, { recursive: true });
  const headless = !process.env.DISPLAY;
  const server = await startServer();
  const chrome = await launchChromium({ headless, viewport: { width: 1280, height: 900 } });
  try {
    const page = await chrome.newPage(`${server.origin}/shared/examples/seed-article.html`);
    if (!(await waitForMarks(page, 15_000))) {
      warnings.push('no marks within 15 s: the content script recorded no says-who:marks-painted measure and registered no says-who highlight');
    }
    console.log(`marks: ${JSON.stringify(await highlightCounts(page))}`);
    await shoot(page, 'page-full.png', true);
    // One screen of the article with its marks, as a reader first sees it.
    await page.evaluate(`document.querySelector('article h1, main h1, h1, article p')?.scrollIntoView({ block: 'start' })`);
    await shoot(page, 'page.png');

    // Hover quotations in page order until the card names a speaker (the demo should show one).
    let shown = '';
    for (let i = 0; i < 12; i++) {
      const point = await pointInHighlight(page, ['says-who-quotation'], i);
      if (!point) break;
      await page.mouse.move(point.x, point.y, { steps: 4 });
      shown = await page.waitForFunction(CARD_TEXT, undefined, { timeout: 3_000 }).then((h) => h.jsonValue() as Promise<string>, () => '');
      if (/said by/i.test(shown) && !/not named/i.test(shown)) break;
    }
    if (!shown) warnings.push('no hover card showed over any quotation: hover-card.png shows the page without one');
    else console.log(`hover card: ${shown.replace(/\s+/g, ' ')}`);
    await shoot(page, 'hover-card.png');
    await popupShots(chrome, await chrome.tabIdFor(page));
    const errors = chrome.extensionErrors();
    if (errors.length) warnings.push(`extension errors: ${errors.map((e) => e.message).join('; ')}`);
  } finally {
    await chrome.close();
    await server.close();
  }
  console.log(`Chromium ${headless ? 'headless (no DISPLAY)' : 'headed'}; screenshots:`);
  for (const p of saved) console.log(`  ${relative(process.cwd(), p) || p}`);
  for (const w of warnings) console.warn(`warning: ${w}`);
}

await main();
