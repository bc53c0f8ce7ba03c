/**
 * Notices SPA navigations. A content script cannot see the page's own history.pushState calls
 * (they run in the page's world), so the URL is compared on popstate, on content mutations
 * (`check()`), and on the session's slow tick. Hash-only changes are in-page jumps, not new pages.
 */

/** The part of a URL that identifies the page: everything but the fragment. */
export function pageKey(href: string): string {
  const hash = href.indexOf('#');
  return hash === -1 ? href : href.slice(0, hash);
}

/** A navigation watcher: call `check()` whenever the URL may have changed. */
export interface NavigationWatch {
  check(): void;
}

/** Calls `onNavigate(url)` when the page's URL (without fragment) changes, until `signal` aborts. */
export function watchNavigation(win: Window, onNavigate: (url: string) => void, signal: AbortSignal): NavigationWatch {
  let last = pageKey(win.location.href);
  const check = () => {
    if (signal.aborted) return;
    const now = pageKey(win.location.href);
    if (now === last) return;
    last = now;
    onNavigate(win.location.href);
  };
  win.addEventListener('popstate', check, { signal });
  return { check };
}
