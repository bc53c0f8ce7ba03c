/**
 * Every corpus page in headless Chromium with the built extension: no page error and no console
 * output from the extension, the page's text unchanged by the marks, nothing marked outside
 * the article, and the marks equal what the engine gives for the same file in Node (the CLI's
 * path) except where the browser hides text that a parsed document cannot know is hidden.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { parseHTML } from 'linkedom';
import { NON_NEWS_PAGES, SHARED_DIR, type ChromiumRun, type StaticServer } from './harness/index.ts';
import { useChromium } from './harness/suite.ts';
import { readMarks, sentenceMarks } from './marks-probes.ts';
import { analyze } from '../../src/core/index.ts';
import { readArticle } from '../../src/page/read.ts';

const CORPUS = 'corpus/readability';
const pages = readdirSync(resolve(SHARED_DIR, CORPUS)).filter((f) => f.endsWith('.html')).sort();
/** Whitespace collapsed and soft hyphens dropped (a Range's text keeps them, the engine's text may not). */
const norm = (t: string) => t.replace(/\u00ad/g, '').replace(/\s+/g, ' ').trim();

function engineLines(file: string): string[] {
  const { document } = parseHTML(readFileSync(resolve(SHARED_DIR, CORPUS, file), 'utf8'));
  const read = readArticle(document as unknown as Document);
  if (!read) return [];
  return analyze(read.input).sentences.filter((s) => s.label !== 'other').map((s) => `${s.label}: ${norm(s.text)}`).sort();
}

let server: StaticServer;
let chrome: ChromiumRun;
useChromium((s, c) => {
  server = s;
  chrome = c;
});

test.each(pages)('Chromium: %s is marked like the engine marks it, and only inside the article', async (file) => {
  const page = await chrome.context.newPage();
  await page.goto(`${server.origin}/shared/${CORPUS}/${file}`, { waitUntil: 'load' });
  // Done when the marks are painted, or when the read found no article and nothing followed.
  await page.waitForFunction(
    () => performance.getEntriesByName('says-who:marks-painted').length > 0 || (performance.getEntriesByName('says-who:read').length > 0 && performance.now() - performance.getEntriesByName('says-who:read')[0]!.startTime > 1500),
    undefined,
    { timeout: 20_000, polling: 100 },
  );
  const lines = (await sentenceMarks(page)).map((m) => `${m.label}: ${norm(m.text)}`).sort();
  const expected = engineLines(file);
  const onlyInPage = lines.filter((l) => !expected.includes(l));
  // The browser may hide text that the parsed document shows, never the other way round.
  expect(onlyInPage).toEqual([]);
  // What the page lacks must be text the browser does not show (innerText leaves hidden text out).
  const shown = norm(await page.evaluate(() => document.body.innerText));
  const missing = expected.filter((l) => !lines.includes(l));
  const visibleButUnmarked = missing.filter((l) => shown.includes(l.slice(l.indexOf(': ') + 2)));
  expect(visibleButUnmarked).toEqual([]);
  const all = Object.values(await readMarks(page, 'nav, footer, [role=contentinfo], [role=navigation], .comments, #comments')).flat();
  expect(all.filter((r) => r.inside.excluded).map((r) => r.text)).toEqual([]);
  if ((NON_NEWS_PAGES as readonly string[]).some((n) => file.startsWith(n))) expect(lines.length).toBeLessThanOrEqual(5);
  await page.close();
});

test('Chromium: no page error, console message or request from the extension on any corpus page', () => {
  expect(chrome.extensionErrors()).toEqual([]);
  expect(chrome.extensionConsole()).toEqual([]);
  expect(chrome.extensionRequests).toEqual([]);
});
