/**
 * Per-tab summaries in storage.session, one key per tab. The service worker can be stopped at
 * any moment; keeping the state in storage.session (not in variables) means a restarted worker
 * and the popup still see every tab. One key per tab also means two tabs never race on a
 * shared record.
 */
import { safeParse } from 'zod/mini';
import { PageSummarySchema, type PageSummary } from '../messaging/schemas.ts';
import { tabIdFromKey, tabSummaryKey } from '../messaging/session-keys.ts';
import type { AreaLike } from './api.ts';
import { fitSummary } from './limits.ts';

/** The stored summary of a tab; null when none, or when what is stored does not parse. */
export async function readTabSummary(area: AreaLike, tabId: number): Promise<PageSummary | null> {
  const key = tabSummaryKey(tabId);
  const stored = await area.get(key);
  const parsed = safeParse(PageSummarySchema, stored[key]);
  return parsed.success ? parsed.data : null;
}

/** Stores a tab's summary (within limits) and returns what was stored. */
export async function writeTabSummary(area: AreaLike, tabId: number, summary: PageSummary): Promise<PageSummary> {
  const fitted = fitSummary(summary);
  await area.set({ [tabSummaryKey(tabId)]: fitted });
  return fitted;
}

/** Forgets a tab (closed, navigated, or its page cleared itself). */
export function clearTabSummary(area: AreaLike, tabId: number): Promise<void> {
  return area.remove(tabSummaryKey(tabId));
}

/** Every stored tab with its summary (for redrawing badges when the badge setting changes). */
export async function allTabSummaries(area: AreaLike): Promise<Map<number, PageSummary>> {
  const all = await area.get(null);
  const out = new Map<number, PageSummary>();
  for (const [key, value] of Object.entries(all)) {
    const tabId = tabIdFromKey(key);
    const parsed = safeParse(PageSummarySchema, value);
    if (tabId !== null && parsed.success) out.set(tabId, parsed.data);
  }
  return out;
}
