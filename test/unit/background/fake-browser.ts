import type { AreaLike, BackgroundBrowser, EventLike } from '../../../src/background/api.ts';
import type { RawListener } from '../../../src/messaging/handle.ts';
import type { ChangeListener } from '../../../src/settings/storage-core.ts';
import type { PortLike } from '../../../src/messaging/analysis.ts';

/** An event whose listeners the test can fire. */
export class FakeEvent<L extends (...args: never[]) => unknown> implements EventLike<L> {
  readonly listeners = new Set<L>();
  addListener(l: L) { this.listeners.add(l); }
  removeListener(l: L) { this.listeners.delete(l); }
  fire(...args: Parameters<L>): unknown[] {
    return [...this.listeners].map((l) => l(...args));
  }
}

/** An in-memory storage area that reports changes like browser.storage does. */
export function fakeArea(name: string, onChanged: FakeEvent<ChangeListener>): AreaLike & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = {};
  return {
    data,
    async get(keys) {
      if (keys === null || keys === undefined) return structuredClone(data);
      const list = typeof keys === 'string' ? [keys] : keys;
      return Object.fromEntries(list.filter((k) => k in data).map((k) => [k, structuredClone(data[k])]));
    },
    async set(items) {
      const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
      for (const [k, v] of Object.entries(items)) {
        changes[k] = { oldValue: data[k], newValue: structuredClone(v) };
        data[k] = structuredClone(v);
      }
      onChanged.fire(changes, name);
    },
    async remove(keys) {
      for (const k of typeof keys === 'string' ? [keys] : keys) delete data[k];
    },
  };
}

/** A small fake of the background's browser API, recording badges and messages sent to tabs. */
export function fakeBrowser() {
  const onChanged = new FakeEvent<ChangeListener>();
  const badges = new Map<number, { text: string; color?: string; title?: string }>();
  const sentToTabs: { tabId: number; message: unknown }[] = [];
  const tabReplies = new Map<number, unknown>();
  let activeTab: number | undefined = 7;
  const api = {
    runtime: { id: 'own-id', onMessage: new FakeEvent<RawListener>(), onInstalled: new FakeEvent<(details: { reason: string }) => void>(), onConnect: new FakeEvent<(port: PortLike) => void>() },
    storage: { session: fakeArea('session', onChanged), sync: fakeArea('sync', onChanged), onChanged },
    tabs: {
      onRemoved: new FakeEvent<(tabId: number) => void>(),
      onUpdated: new FakeEvent<(tabId: number, changeInfo: { status?: string }) => void>(),
      async query() { return activeTab === undefined ? [] : [{ id: activeTab }]; },
      async sendMessage(tabId: number, message: unknown) {
        sentToTabs.push({ tabId, message });
        if (!tabReplies.has(tabId)) throw new Error('Could not establish connection. Receiving end does not exist.');
        return tabReplies.get(tabId);
      },
    },
    action: {
      async setBadgeText({ tabId, text }: { tabId: number; text: string }) { badges.set(tabId, { ...badges.get(tabId), text }); },
      async setBadgeBackgroundColor({ tabId, color }: { tabId: number; color: string }) { badges.set(tabId, { text: '', ...badges.get(tabId), color }); },
      async setTitle({ tabId, title }: { tabId: number; title: string }) { badges.set(tabId, { text: '', ...badges.get(tabId), title }); },
    },
    commands: { onCommand: new FakeEvent<(command: string, tab?: { id?: number }) => void>() },
    i18n: { getMessage: (key: string, subs?: string[]) => `${key}(${(subs ?? []).join(',')})` },
  } satisfies BackgroundBrowser;
  return {
    api,
    badges,
    sentToTabs,
    tabReplies,
    setActiveTab(id: number | undefined) { activeTab = id; },
    /** Delivers a runtime message to every listener and returns the first reply promise. */
    async send(message: unknown, sender: object): Promise<unknown> {
      const replies = api.runtime.onMessage.fire(message, sender).filter((r) => r !== undefined);
      return replies.length ? await (replies[0] as Promise<unknown>) : undefined;
    },
  };
}

/** Lets queued promise chains (fire-and-forget listeners) finish. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await new Promise((r) => setTimeout(r, 0));
}
