/**
 * The popup's explicit target tab. Opening the popup page as a tab (as browser tests do) makes
 * that tab the active one, so the popup accepts `?tab=ID` to say which tab to report on.
 */

/** The tab id given as `?tab=ID` in the popup's URL, or null. */
export function tabFromQuery(search: string): number | null {
  const raw = new URLSearchParams(search).get('tab');
  if (raw === null || !/^\d{1,10}$/.test(raw)) return null;
  return Number(raw);
}
