/**
 * Everything the popup needs from the browser, as one injected object: the components stay
 * free of the polyfill, and DOM tests render them with a fake. browser-api.ts builds the real one.
 */
import type { PageSummary, ToContent } from '../messaging/schemas.ts';
import type { Settings } from '../settings/schema.ts';
import type { Translate } from './i18n.ts';

/** What asking the tab's content script directly found. */
export interface ContentProbe {
  /** False when no content script answered (browser pages, the web store, PDFs, tabs opened before install). */
  reachable: boolean;
  summary: PageSummary | null;
}

/** The popup's view of the browser. */
export interface PopupApi {
  t: Translate;
  /** The tab the popup reports on: `?tab=ID` when given (tests), else the active tab; null if none. */
  targetTabId(): Promise<number | null>;
  /** The background's stored summary of the tab. */
  requestTabSummary(tabId: number): Promise<PageSummary | null>;
  /** Asks the tab's content script for its summary (get-summary). */
  probeContent(tabId: number): Promise<ContentProbe>;
  /** Sends a message to the tab's content script; rejects when nothing listens there. */
  sendToTab(tabId: number, message: ToContent): Promise<void>;
  /** Calls back with the tab's summary whenever the background stores or clears it, until `signal` aborts. */
  watchTabSummary(tabId: number, onChange: (summary: PageSummary | null) => void, signal: AbortSignal): void;
  loadSettings(): Promise<Settings>;
  /** Rejects (SettingsSaveError) when the write failed; the popup then says so. */
  saveSettings(patch: Partial<Settings>): Promise<Settings>;
  watchSettings(onChange: (settings: Settings) => void, signal: AbortSignal): void;
  copyText(text: string): Promise<void>;
  openOptions(): void;
}
