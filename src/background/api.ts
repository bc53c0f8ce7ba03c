/**
 * The slice of the WebExtension API the background uses, written out structurally so the
 * wiring runs against webextension-polyfill in the browser and against a small fake in tests.
 */
import type { RawListener } from '../messaging/handle.ts';
import type { ChangeListener } from '../settings/storage-core.ts';
import type { PortLike } from '../messaging/analysis.ts';

/** An event with add/remove, as every browser event has. */
export interface EventLike<L> {
  addListener(listener: L): void;
  removeListener(listener: L): void;
}

/** A storage area (session or sync). */
export interface AreaLike {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

/** What the background needs from `browser`. */
export interface BackgroundBrowser {
  runtime: {
    id: string;
    onMessage: EventLike<RawListener>;
    onInstalled: EventLike<(details: { reason: string }) => void>;
    onConnect: EventLike<(port: PortLike) => void>;
  };
  storage: { session: AreaLike; sync: AreaLike; onChanged: EventLike<ChangeListener> };
  tabs: {
    onRemoved: EventLike<(tabId: number) => void>;
    onUpdated: EventLike<(tabId: number, changeInfo: { status?: string }) => void>;
    query(query: { active: boolean; currentWindow: boolean }): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
  action: {
    setBadgeText(details: { tabId: number; text: string }): Promise<void>;
    setBadgeBackgroundColor(details: { tabId: number; color: string }): Promise<void>;
    setBadgeTextColor?(details: { tabId: number; color: string }): Promise<void>;
    setTitle(details: { tabId: number; title: string }): Promise<void>;
  };
  commands: { onCommand: EventLike<(command: string, tab?: { id?: number }) => void> };
  i18n: { getMessage(key: string, substitutions?: string[]): string };
}
