/**
 * Turns a block's raw links into LinkSpans for the engine: absolute hrefs, and `external` for a
 * link that can back a claim (another site, or a document such as a PDF or a government report),
 * as opposed to same-site navigation, tag and category pages.
 */
import type { LinkSpan } from '../../core/types.ts';
import type { RawLink } from './collect.ts';
import { DOCUMENT_EXTENSIONS, DOCUMENT_HOST_SUFFIXES, DOCUMENT_PATH_WORDS, TWO_LEVEL_SUFFIXES } from './link-words.ts';

function isHttp(u: string | null | undefined): u is string {
  return typeof u === 'string' && /^https?:\/\//i.test(u);
}

/** Addresses that say nothing about the page's site: local test servers, files, blank documents. */
const LOCAL = /^(?:https?:\/\/(?:localhost|127\.\d+\.\d+\.\d+|\[::1\])(?::\d+)?\/|file:|about:|blob:|data:)/i;

/**
 * The page's own address: the document's URL in a browser; for a parsed file (no URL) or a page
 * served from a local test server, `<base href>`, the canonical link or og:url, so saved pages
 * still know their site and the CLI and the browser agree on which links are external. Null when
 * nothing says (relative links are then dropped, absolute ones count as external).
 */
export function pageBaseUrl(doc: Document): string | null {
  const own = [doc.baseURI, doc.URL].find((u) => isHttp(u) && !LOCAL.test(u));
  if (own !== undefined) return own;
  const declared = [
    doc.querySelector('base[href]')?.getAttribute('href'),
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content'),
  ].find(isHttp);
  // A local address says nothing about the site: treat it like a parsed file's missing URL, so
  // the browser and the CLI resolve (or drop) the same links.
  return declared ?? null;
}

/** "www.news.bbc.co.uk" -> "bbc.co.uk": the part of a host name a site owns. */
export function siteOf(host: string): string {
  const labels = host.toLowerCase().replace(/\.$/, '').split('.');
  if (labels.length <= 2) return labels.join('.');
  const lastTwo = labels.slice(-2).join('.');
  const keep = TWO_LEVEL_SUFFIXES.includes(lastTwo) ? 3 : 2;
  return labels.slice(-keep).join('.');
}

/** True when a URL points at a document that can back a claim (report, filing, dataset). */
export function isDocumentUrl(url: URL): boolean {
  const path = url.pathname.toLowerCase();
  const ext = /\.([a-z0-9]{2,5})$/.exec(path)?.[1];
  if (ext !== undefined && DOCUMENT_EXTENSIONS.includes(ext)) return true;
  const host = url.hostname.toLowerCase();
  if (DOCUMENT_HOST_SUFFIXES.some((s) => host === s || host.endsWith('.' + s))) return true;
  // Whole path segments only: "/reports/annual-2019" is a report, "/news/report-finds-x" is an article slug.
  return path.split('/').some((seg) => DOCUMENT_PATH_WORDS.includes(seg));
}

/**
 * Resolves raw links against the page URL; drops in-page anchors and non-web schemes
 * (mailto:, javascript:), which never back a claim.
 */
export function toLinkSpans(raw: RawLink[], base: string | null): LinkSpan[] {
  return linkResolver(base)(raw);
}

/**
 * toLinkSpans for many blocks of one page: the page's address is parsed once, not once per
 * block (the text map resolves every block's links, and most blocks have none).
 */
export function linkResolver(base: string | null): (raw: RawLink[]) => LinkSpan[] {
  let page: { baseUrl: string | null; pageSite: string | null } | null = null;
  return (raw) => {
    if (raw.length === 0) return [];
    if (page === null) {
      const baseUrl = base !== null && URL.canParse(base) ? base : null;
      page = { baseUrl, pageSite: baseUrl !== null ? siteOf(new URL(baseUrl).hostname) : null };
    }
    return resolve(raw, page.baseUrl, page.pageSite);
  };
}

/** The LinkSpans of `raw`, given the page's parsed address and site. */
function resolve(raw: RawLink[], baseUrl: string | null, pageSite: string | null): LinkSpan[] {
  const spans: LinkSpan[] = [];
  for (const l of raw) {
    const href = l.href.trim();
    if (href === '' || href.startsWith('#')) continue;
    let url: URL;
    try {
      url = baseUrl !== null ? new URL(href, baseUrl) : new URL(href);
    } catch {
      continue;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') continue;
    const otherSite = pageSite === null || siteOf(url.hostname) !== pageSite;
    spans.push({ start: l.start, end: l.end, href: url.href, external: otherSite || isDocumentUrl(url) });
  }
  return spans;
}
