import { describe, expect, test } from 'vitest';
import { isDocumentUrl, pageBaseUrl, siteOf, toLinkSpans } from '../../../src/page/article/links.ts';

describe('siteOf', () => {
  test.each([
    ['www.bbc.co.uk', 'bbc.co.uk'],
    ['news.bbc.co.uk', 'bbc.co.uk'],
    ['www.nytimes.com', 'nytimes.com'],
    ['nytimes.com', 'nytimes.com'],
    ['edition.cnn.com', 'cnn.com'],
    ['www.smh.com.au', 'smh.com.au'],
    ['localhost', 'localhost'],
  ])('%s -> %s', (host, site) => expect(siteOf(host)).toBe(site));
});

describe('isDocumentUrl', () => {
  test.each([
    ['https://example.org/files/report.pdf', true],
    ['https://example.org/data/table.XLSX', true],
    ['https://www.gov.uk/government/news', true],
    ['https://www.cbo.gov/topics/budget', true],
    ['https://example.org/publications/annual-2025', true],
    ['https://example.org/news/report-finds-growth', false],
    ['https://example.org/tag/economy', false],
    ['https://govuk-fans.example.com/x', false],
  ])('%s -> %s', (url, doc) => expect(isDocumentUrl(new URL(url))).toBe(doc));
});

/** A stand-in document: just what pageBaseUrl reads. */
function fakeDoc(url: string | null, head: Record<string, string> = {}): Document {
  return {
    baseURI: url,
    URL: url,
    querySelector: (sel: string) => {
      const v = head[sel];
      return v === undefined ? null : { getAttribute: () => v };
    },
  } as unknown as Document;
}

describe('pageBaseUrl', () => {
  const canonical = { 'link[rel="canonical"]': 'https://www.example.com/story' };
  test.each([
    ['a real page URL wins', fakeDoc('https://news.site.org/a', canonical), 'https://news.site.org/a'],
    ['a local test server defers to the canonical URL', fakeDoc('http://127.0.0.1:4173/shared/x.html', canonical), 'https://www.example.com/story'],
    ['localhost too', fakeDoc('http://localhost:3000/', canonical), 'https://www.example.com/story'],
    ['a parsed file has only its canonical URL', fakeDoc(null, canonical), 'https://www.example.com/story'],
    ['og:url when there is no canonical link', fakeDoc(null, { 'meta[property="og:url"]': 'https://og.example.com/s' }), 'https://og.example.com/s'],
    ['a local page without metadata is like a file without a URL', fakeDoc('http://127.0.0.1:4173/x.html'), null],
    ['nothing known', fakeDoc(null), null],
  ])('%s', (_name, doc, expected) => expect(pageBaseUrl(doc)).toBe(expected));
});

describe('toLinkSpans', () => {
  const base = 'https://www.example.com/world/story';
  test('resolves, classifies and drops what cannot back a claim', () => {
    const spans = toLinkSpans(
      [
        { start: 0, end: 4, href: '/politics' },
        { start: 5, end: 9, href: 'https://other.org/study' },
        { start: 10, end: 14, href: '#comments' },
        { start: 15, end: 19, href: 'mailto:desk@example.com' },
        { start: 20, end: 24, href: 'http://[bad' },
        { start: 25, end: 29, href: ' /docs/budget.pdf ' },
      ],
      base,
    );
    expect(spans).toEqual([
      { start: 0, end: 4, href: 'https://www.example.com/politics', external: false },
      { start: 5, end: 9, href: 'https://other.org/study', external: true },
      { start: 25, end: 29, href: 'https://www.example.com/docs/budget.pdf', external: true },
    ]);
  });

  test('without a page URL, absolute links count as external and relative ones are dropped', () => {
    expect(toLinkSpans([{ start: 0, end: 1, href: 'https://a.org/' }, { start: 2, end: 3, href: '/b' }], null)).toEqual([
      { start: 0, end: 1, href: 'https://a.org/', external: true },
    ]);
  });
});
