/**
 * The "don't run on this site" list: what counts as a site, and whether a page's host is on the
 * list. One definition for the popup, the options page and the content script, so a site the
 * user disabled in one place is disabled everywhere.
 */

const HOST = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const IPV6 = /^\[[0-9a-f:.]+\]$/;

/**
 * Turns what a user typed or a page URL into a hostname to store: "https://www.Example.com/x"
 * -> "www.example.com". Returns null when there is no usable hostname in it.
 */
export function normalizeSite(input: string): string | null {
  const trimmed = input.trim().toLowerCase();
  if (!trimmed) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//.test(trimmed) ? trimmed : `http://${trimmed}`;
  let host: string;
  try {
    host = new URL(withScheme).hostname;
  } catch {
    return null;
  }
  host = host.replace(/\.$/, '');
  return HOST.test(host) || IPV6.test(host) ? host : null;
}

/** The hostname of a page URL, or null for URLs without one (about:, data:, file:). */
export function siteOfUrl(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    return normalizeSite(parsed.hostname);
  } catch {
    return null;
  }
}

/**
 * True when `hostname` is on the list, or is a subdomain of an entry: disabling "example.com"
 * also covers "www.example.com" and "news.example.com".
 */
export function isSiteDisabled(hostname: string, disabledSites: readonly string[]): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return disabledSites.some((site) => host === site || host.endsWith(`.${site}`));
}

/** The list with `site` added (once, normalised); unchanged when `site` is not a usable hostname. */
export function addSite(list: readonly string[], site: string): string[] {
  const host = normalizeSite(site);
  if (!host || list.includes(host)) return [...list];
  return [...list, host].sort();
}

/**
 * The list without `hostname` and without any entry that covers it (so "run on this site again"
 * works even when the user had disabled the parent domain).
 */
export function removeSite(list: readonly string[], hostname: string): string[] {
  const host = hostname.toLowerCase();
  return list.filter((site) => !(host === site || host.endsWith(`.${site}`)));
}
