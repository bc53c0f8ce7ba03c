/**
 * The background's wiring: every listener is added synchronously when the worker starts (MV3
 * only wakes a worker for events whose listeners were added in its first turn), and each one
 * keeps its state in storage (or, for an analysis, on its own port), so a worker that was
 * stopped and restarted loses nothing.
 * Failures (a closed tab, a page without our content script) are expected and swallowed:
 * the background must never crash on them.
 */
import { ContentToBackgroundSchema, PopupToBackgroundSchema, type PageSummary, type TabSummaryReply } from '../messaging/schemas.ts';
import { addCheckedListener } from '../messaging/handle.ts';
import { readSummaryReply } from '../messaging/send.ts';
import { topFrameTabId } from '../messaging/sender.ts';
import { createSettingsStore, SETTINGS_KEY } from '../settings/storage-core.ts';
import { parseSettings } from '../settings/parse.ts';
import { isSiteDisabled, siteOfUrl } from '../settings/sites.ts';
import type { Settings } from '../settings/schema.ts';
import type { BackgroundBrowser } from './api.ts';
import { badgeFor } from './badge.ts';
import { analysisListener } from './engine.ts';
import { commandMessage } from './commands.ts';
import { allTabSummaries, clearTabSummary, readTabSummary, writeTabSummary } from './tab-state.ts';

/** Runs a promise whose failure is expected now and then (tab gone, no receiver) and harmless. */
function quietly(promise: Promise<unknown>): Promise<void> {
  return promise.then(
    () => undefined,
    () => undefined,
  );
}

/** Adds every background listener on `api`; returns a function that removes them (tests). */
export function wireBackground(api: BackgroundBrowser): () => void {
  const controller = new AbortController();
  const { signal } = controller;
  const settings = createSettingsStore(api.storage.sync, api.storage.onChanged);
  const session = api.storage.session;

  async function paintBadge(tabId: number, summary: PageSummary | null, mode?: Settings['badge']): Promise<void> {
    const badge = badgeFor(summary, mode ?? (await settings.load()).badge);
    await quietly(api.action.setBadgeText({ tabId, text: badge.text }));
    if (badge.text) {
      await quietly(api.action.setBadgeBackgroundColor({ tabId, color: badge.color }));
      if (api.action.setBadgeTextColor) await quietly(api.action.setBadgeTextColor({ tabId, color: '#ffffff' }));
    }
    const title = badge.title ? api.i18n.getMessage(badge.title.key, [String(badge.title.count)]) : '';
    await quietly(api.action.setTitle({ tabId, title: title || api.i18n.getMessage('actionTitle') }));
  }

  async function forget(tabId: number): Promise<void> {
    await quietly(clearTabSummary(session, tabId));
    await paintBadge(tabId, null, 'off');
  }

  async function remember(tabId: number, summary: PageSummary): Promise<void> {
    const stored = await writeTabSummary(session, tabId, summary);
    await paintBadge(tabId, stored);
  }

  addCheckedListener(
    ContentToBackgroundSchema,
    (message, sender) => {
      const tabId = topFrameTabId(sender);
      if (tabId === null) return undefined;
      const work = message.type === 'page-summary' ? remember(tabId, message.summary) : forget(tabId);
      return quietly(work);
    },
    { event: api.runtime.onMessage, ownId: api.runtime.id, signal },
  );

  addCheckedListener(
    PopupToBackgroundSchema,
    async (message): Promise<TabSummaryReply> => ({ summary: await readTabSummary(session, message.tabId).catch(() => null) }),
    { event: api.runtime.onMessage, ownId: api.runtime.id, signal },
  );

  const onRemoved = (tabId: number) => void quietly(clearTabSummary(session, tabId));

  // Without the `tabs` permission there is no URL here, but `status` is given: 'loading' means
  // a new document (the content script will report again). On 'complete', a page restored from
  // the back/forward cache or changed by a fragment link still has its content script, so ask it.
  const onUpdated = (tabId: number, changeInfo: { status?: string }) => {
    if (changeInfo.status === 'loading') void forget(tabId);
    else if (changeInfo.status === 'complete') void quietly(recover(tabId));
  };

  async function recover(tabId: number): Promise<void> {
    if (await readTabSummary(session, tabId)) return;
    const summary = readSummaryReply(await api.tabs.sendMessage(tabId, { type: 'get-summary' }));
    if (summary && !(await readTabSummary(session, tabId))) await remember(tabId, summary);
  }

  const onCommand = (command: string, tab?: { id?: number }) => {
    const message = commandMessage(command);
    if (!message) return;
    const send = async () => {
      const tabId = tab?.id ?? (await api.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      if (tabId !== undefined && tabId >= 0) await api.tabs.sendMessage(tabId, message);
    };
    void quietly(send());
  };

  const onSettingsChanged = (changes: Record<string, { newValue?: unknown; oldValue?: unknown }>, area: string) => {
    if (area !== 'sync' || !(SETTINGS_KEY in changes)) return;
    remembered = null;
    const change = changes[SETTINGS_KEY]!;
    const mode = parseSettings(change.newValue).settings.badge;
    if (mode === parseSettings(change.oldValue).settings.badge) return;
    void quietly(allTabSummaries(session).then((tabs) => Promise.all([...tabs].map(([tabId, s]) => paintBadge(tabId, s, mode)))));
  };

  // After an install or update, store the settings in the current shape (migrations run once).
  const onInstalled = () => void quietly(settings.upgrade());

  // Every analysis checks the settings: read once, forgotten when they change (onSettingsChanged).
  let remembered: Promise<Settings> | null = null;
  const currentSettings = (): Promise<Settings> => (remembered ??= settings.load());
  const onConnect = analysisListener(api.runtime.id, async (pageUrl, early) => {
    const current = await currentSettings();
    const site = pageUrl ? siteOfUrl(pageUrl) : null;
    if (site && isSiteDisabled(site, current.disabledSites)) return false;
    return !early || current.mode === 'auto';
  });

  api.runtime.onInstalled.addListener(onInstalled);
  api.runtime.onConnect.addListener(onConnect);
  api.tabs.onRemoved.addListener(onRemoved);
  api.tabs.onUpdated.addListener(onUpdated);
  api.commands.onCommand.addListener(onCommand);
  api.storage.onChanged.addListener(onSettingsChanged);

  return () => {
    controller.abort();
    api.runtime.onInstalled.removeListener(onInstalled);
    api.runtime.onConnect.removeListener(onConnect);
    api.tabs.onRemoved.removeListener(onRemoved);
    api.tabs.onUpdated.removeListener(onUpdated);
    api.commands.onCommand.removeListener(onCommand);
    api.storage.onChanged.removeListener(onSettingsChanged);
  };
}
