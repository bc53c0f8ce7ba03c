/**
 * The marks on real pages, in headless Chromium with the built extension: on the seed page every
 * labelled sentence carries its label's mark and the marks equal what the engine gives for the
 * same file in Node (the CLI's path), nothing outside the article is marked, hovering a quotation
 * shows its speaker, the toggle removes and restores every mark, keyboard stepping announces;
 * the page's text is identical with and without the extension; the extension logs nothing.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { parseHTML } from 'linkedom';
import { findChromium, launchFirefox, SHARED_DIR, type ChromiumRun, type FirefoxRun, type StaticServer } from './harness/index.ts';
import { useChromium } from './harness/suite.ts';
import { LABEL_NAMES, readMarks, sendToPage, sentenceMarks, until, waitForMarks } from './marks-probes.ts';
import { analyze } from '../../src/core/index.ts';
import { readArticle } from '../../src/page/read.ts';
import type { PageSummary } from '../../src/messaging/schemas.ts';

const SEED = '/shared/examples/seed-article.html';
const norm = (t: string) => t.replace(/\s+/g, ' ').trim();
const seedLabels = JSON.parse(readFileSync(resolve(SHARED_DIR, 'examples/seed-article.labels.json'), 'utf8')) as {
  sentences: { text: string; label: string }[];
  quotes: { text: string; speaker: string | null }[];
};

/** What the engine gives in Node for a shared file, as sorted "label: text" lines (the CLI's path). */
function expectedMarks(file: string): string[] {
  const { document } = parseHTML(readFileSync(resolve(SHARED_DIR, file), 'utf8'));
  const read = readArticle(document as unknown as Document);
  if (!read) return [];
  const analysis = analyze(read.input);
  return analysis.sentences.filter((s) => s.label !== 'other').map((s) => `${s.label}: ${norm(s.text)}`).sort();
}

let server: StaticServer;
let chrome: ChromiumRun;
let page: Page;
useChromium(async (s, c) => {
  server = s;
  chrome = c;
  page = await chrome.newPage(server.origin + SEED);
  await waitForMarks(page);
});

const pageLines = async (p: Page) => (await sentenceMarks(p)).map((m) => `${m.label}: ${m.text}`).sort();

describe('seed page', () => {
  test('Chromium: the marks equal the engine\'s labels for the same file in Node', async () => {
    expect(await pageLines(page)).toEqual(expectedMarks('examples/seed-article.html'));
  });

  test('Chromium: every labelled body sentence carries the mark of its label', async () => {
    const lines = new Set(await pageLines(page));
    const missing = seedLabels.sentences.filter((s) => s.label !== 'other').map((s) => `${s.label}: ${norm(s.text)}`).filter((l) => !lines.has(l));
    expect(missing).toEqual([]);
  });

  test('Chromium: nothing in the comments, the "Most read" list or the footer is marked', async () => {
    const marks = await readMarks(page, '.comments, aside, footer');
    const all = Object.values(marks).flat();
    expect(all.length).toBeGreaterThan(10);
    expect(all.filter((r) => r.inside.excluded)).toEqual([]);
  });

  test('Chromium: hovering a quotation shows its speaker in the card', async () => {
    const summary = (await sendToPage(chrome, page, { type: 'get-summary' })) as PageSummary;
    const spoken = seedLabels.quotes.filter((q) => q.speaker);
    const point = await page.evaluate((quotes) => {
      const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('says-who-quotation');
      for (const r of h ?? []) {
        const text = r.toString();
        const known = quotes.find((q) => text.replace(/\s+/g, ' ').includes(q.text.replace(/[,.]$/, '')));
        if (!known) continue;
        const rect = r.getClientRects()[0];
        if (!rect) continue;
        r.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
        const box = r.getClientRects()[0]!;
        return { x: box.left + Math.min(box.width / 2, 20), y: box.top + box.height / 2, speaker: known.speaker, text };
      }
      return null;
    }, spoken);
    expect(point).not.toBeNull();
    await page.mouse.move(point!.x, point!.y);
    const who = await until(
      () => page.evaluate(() => document.querySelector('says-who-card')?.shadowRoot?.querySelector('.who')?.textContent ?? ''),
      (t) => t.length > 0,
    );
    const claim = summary.claims.find((c) => norm(c.snippet.replace(/…$/, '')).length > 0 && norm(point!.text).length > 0 && c.snippet.includes(norm(point!.text).slice(0, 30)));
    expect(who).toBe(claim?.source ?? point!.speaker);
    expect(who).toBe(point!.speaker);
    // Moving away closes it.
    await page.mouse.move(2, 2);
    await until(() => page.evaluate(() => (document.querySelector('says-who-card')?.shadowRoot?.querySelector('.card') as HTMLElement | null)?.hidden ?? true), (h) => h === true);
  });

  test('Chromium: the toggle removes every mark and brings them all back', async () => {
    const before = await pageLines(page);
    expect(before.length).toBeGreaterThan(0);
    await sendToPage(chrome, page, { type: 'toggle-marks' });
    await until(() => readMarks(page), (m) => Object.keys(m).length === 0);
    await sendToPage(chrome, page, { type: 'toggle-marks' });
    await until(() => pageLines(page), (l) => l.length === before.length);
    expect(await pageLines(page)).toEqual(before);
  });

  test('Chromium: marks come back when the page clears the highlight registry', async () => {
    const before = await pageLines(page);
    await page.evaluate(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.clear());
    expect(await pageLines(page)).toEqual([]);
    await until(() => pageLines(page), (l) => l.length === before.length, 5000);
    expect(await pageLines(page)).toEqual(before);
  });

  test('Chromium: stepping to the next claim outlines it, shows its card and announces it', async () => {
    await sendToPage(chrome, page, { type: 'step-claim', direction: 'next' });
    const state = await until(
      () => page.evaluate(() => {
        const focus = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('says-who-focus');
        const root = document.querySelector('says-who-card')?.shadowRoot;
        return { focus: [...(focus ?? [])].map((r) => r.toString()), live: root?.querySelector('[aria-live]')?.textContent ?? '', open: !(root?.querySelector('.card') as HTMLElement | null)?.hidden };
      }),
      (s) => s.focus.length === 1 && s.live.length > 0,
    );
    expect(state.open).toBe(true);
    expect(state.live).toMatch(/^(Quote|Attributed claim|Vague source|No source given) 1 of \d+: /);
    const first = (await sentenceMarks(page)).length;
    expect(first).toBeGreaterThan(0);
  });
});

describe('page DOM', () => {
  test('Chromium: the only node the extension adds is the card host on <html>; nothing in the page changes', async () => {
    const watched = await chrome.context.newPage();
    // Installed before any script of the page or the extension runs.
    await watched.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __mutations: string[] }).__mutations = seen;
      new MutationObserver((records) => {
        for (const r of records) {
          const target = r.target.nodeType === 1 ? (r.target as Element).localName : r.target.nodeName;
          const added = Array.from(r.addedNodes).map((n) => n.nodeName.toLowerCase()).join(',');
          seen.push(`${r.type}:${target}:${r.attributeName ?? ''}:${added}`);
        }
      }).observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
      // The page has no script: after parsing, any change would be the extension's.
      document.addEventListener('DOMContentLoaded', () => {
        (window as unknown as { __parsed: number }).__parsed = seen.length;
      });
    });
    await watched.goto(server.origin + SEED, { waitUntil: 'load' });
    await waitForMarks(watched);
    const loaded = await watched.evaluate(() => (window as unknown as { __parsed: number }).__parsed);
    await sendToPage(chrome, watched, { type: 'step-claim', direction: 'next' });
    await sendToPage(chrome, watched, { type: 'toggle-marks' });
    await sendToPage(chrome, watched, { type: 'toggle-marks' });
    await watched.waitForTimeout(300);
    const after = await watched.evaluate(() => (window as unknown as { __mutations: string[] }).__mutations);
    expect(after.slice(loaded)).toEqual(['childList:html::says-who-card']);
    await watched.close();
  });
});

describe('strict CSP', () => {
  test('Chromium: on a page with default-src \'none\', the marks are painted and the card shows', async () => {
    const strict = await chrome.newPage(`${server.origin}/fixtures/marks-csp.html`);
    await waitForMarks(strict);
    const article = strict.locator('article');
    const marked = await article.screenshot();
    await sendToPage(chrome, strict, { type: 'toggle-marks' });
    await until(() => readMarks(strict), (m) => Object.keys(m).length === 0);
    await strict.waitForTimeout(100);
    const plain = await article.screenshot();
    // The ::highlight rules apply (the pixels differ with and without marks).
    expect(marked.equals(plain)).toBe(false);
    await sendToPage(chrome, strict, { type: 'toggle-marks' });
    await sendToPage(chrome, strict, { type: 'step-claim', direction: 'next' });
    const visible = await until(
      () => strict.evaluate(() => {
        const card = document.querySelector('says-who-card')?.shadowRoot?.querySelector('.card') as HTMLElement | null;
        return card && !card.hidden ? card.getBoundingClientRect().height : 0;
      }),
      (h) => h > 20,
    );
    expect(visible).toBeGreaterThan(20);
    await strict.close();
  });
});

describe('page text', () => {
  let plain: Browser;
  beforeAll(async () => {
    plain = await chromium.launch({ executablePath: findChromium(), headless: true, args: ['--no-sandbox', '--disable-gpu', '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1'] });
  });
  afterAll(async () => {
    await plain?.close();
  });

  test.each([SEED, '/shared/corpus/readability/bbc-1.html', '/shared/corpus/readability/guardian-1.html', '/shared/corpus/readability/nytimes-1.html'])(
    'Chromium: body.innerText of %s is identical with and without the extension',
    async (path) => {
      const withExt = await chrome.newPage(server.origin + path);
      await waitForMarks(withExt).catch(() => undefined);
      await withExt.waitForTimeout(300);
      const a = await withExt.evaluate(() => document.body.innerText);
      const context = await plain.newContext({ viewport: { width: 1280, height: 800 } });
      const without = await context.newPage();
      await without.goto(server.origin + path, { waitUntil: 'load' });
      await without.waitForTimeout(300);
      const b = await without.evaluate(() => document.body.innerText);
      expect(a).toBe(b);
      await withExt.close();
      await context.close();
    },
  );
});

describe('Firefox', () => {
  let firefox: FirefoxRun;
  beforeAll(async () => {
    firefox = await launchFirefox();
  });
  afterAll(async () => {
    await firefox?.close();
  });

  test('Firefox: the seed page gets the same marks as the engine gives in Node, none outside the article', async () => {
    await firefox.navigate(server.origin + SEED);
    const painted = `performance.getEntriesByName('says-who:marks-painted').length > 0`;
    await until(() => firefox.evaluate<boolean>(painted), (ok) => ok, 15_000);
    const read = `JSON.stringify([...CSS.highlights].filter(([n]) => /^says-who-(quote|attributed|vague|unsourced)$/.test(n)).flatMap(([n, h]) => [...h].map((r) => {
      const node = r.commonAncestorContainer;
      const el = node.nodeType === 1 ? node : node.parentElement;
      return { line: n.slice(9) + ': ' + r.toString().replace(/\\s+/g, ' ').trim(), outside: Boolean(el && el.closest('.comments, aside, footer')) };
    })))`;
    const marks = JSON.parse(await firefox.evaluate<string>(read)) as { line: string; outside: boolean }[];
    expect(marks.map((m) => m.line).sort()).toEqual(expectedMarks('examples/seed-article.html'));
    expect(marks.filter((m) => m.outside)).toEqual([]);
    expect(firefox.extensionConsole()).toEqual([]);
  });

  test('Firefox: pointing at a quotation (caretPositionFromPoint) shows its speaker in the card', async () => {
    // A synthetic pointermove at the quotation's coordinates: the hit test is Firefox's own.
    const point = `(() => {
      const h = CSS.highlights.get('says-who-quotation');
      for (const r of h) {
        if (!r.toString().includes('useful in every respect')) continue;
        r.startContainer.parentElement.scrollIntoView({ block: 'center' });
        const b = r.getClientRects()[0];
        document.dispatchEvent(new PointerEvent('pointermove', { clientX: b.left + 8, clientY: b.top + b.height / 2, bubbles: true, pointerType: 'mouse' }));
        return true;
      }
      return false;
    })()`;
    expect(await firefox.evaluate<boolean>(point)).toBe(true);
    const who = await until(
      () => firefox.evaluate<string>(`document.querySelector('says-who-card')?.shadowRoot?.querySelector('.who')?.textContent ?? ''`),
      (t) => t.length > 0,
    );
    const expected = seedLabels.quotes.find((q) => q.text.startsWith('useful in every respect'))?.speaker;
    expect(who).toBe(expected);
  });
});

test('Chromium: the extension logged nothing, threw nothing and made no request', () => {
  expect(chrome.extensionErrors()).toEqual([]);
  expect(chrome.extensionConsole()).toEqual([]);
  expect(chrome.extensionRequests).toEqual([]);
  expect(LABEL_NAMES).toHaveLength(4);
});
