/**
 * Where the background keeps each tab's summary in storage.session. The popup watches the same
 * key for live updates (scanning -> ready, loading more), so the key format is shared here
 * rather than known by two contexts separately.
 */

const PREFIX = 'tab:';

/** The storage.session key of one tab's PageSummary. */
export function tabSummaryKey(tabId: number): string {
  return `${PREFIX}${tabId}`;
}

/** The tab id a storage.session key belongs to, or null for other keys. */
export function tabIdFromKey(key: string): number | null {
  if (!key.startsWith(PREFIX)) return null;
  const id = Number(key.slice(PREFIX.length));
  return Number.isInteger(id) && id >= 0 ? id : null;
}
