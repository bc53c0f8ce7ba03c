/**
 * The popup's data: which tab, its summary (from the background, else from the content script
 * directly), kept live by watching the background's stored copy; and the settings, kept live
 * by watching storage.sync. Everything stops when the popup unmounts.
 */
import { useEffect, useState } from 'preact/hooks';
import type { PageSummary } from '../messaging/schemas.ts';
import { DEFAULT_SETTINGS, type Settings } from '../settings/schema.ts';
import type { PopupApi } from './api.ts';
import type { TabKnowledge } from './view-state.ts';

/**
 * How long to wait before asking an unanswering tab once more: a page that is still loading has
 * no content script yet (it starts at document_idle), and should not be called unreadable.
 */
export const PROBE_RETRY_MS = 700;

/** Loads and follows the target tab's summary. */
export function useTabKnowledge(api: PopupApi, retryMs = PROBE_RETRY_MS): TabKnowledge {
  const [knowledge, setKnowledge] = useState<TabKnowledge>({ phase: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    const { signal } = controller;
    const load = async () => {
      const tabId = await api.targetTabId();
      if (signal.aborted) return;
      if (tabId === null) return setKnowledge({ phase: 'unreachable' });
      let lastUrl: string | null = null;
      const show = (summary: PageSummary | null) => {
        if (signal.aborted) return;
        if (summary) lastUrl = summary.url;
        setKnowledge({ phase: 'known', tabId, summary, lastUrl });
      };
      api.watchTabSummary(tabId, show, signal);
      const stored = await api.requestTabSummary(tabId).catch(() => null);
      if (stored) return show(stored);
      let probe = await api.probeContent(tabId);
      if (!probe.reachable && retryMs > 0) {
        await new Promise((resolve) => setTimeout(resolve, retryMs));
        if (signal.aborted) return;
        probe = await api.probeContent(tabId);
      }
      if (signal.aborted) return;
      if (probe.reachable) show(probe.summary);
      else setKnowledge((now) => (now.phase === 'known' ? now : { phase: 'unreachable' }));
    };
    void load().catch(() => setKnowledge({ phase: 'unreachable' }));
    return () => controller.abort();
  }, [api, retryMs]);
  return knowledge;
}

/** Loads and follows the settings; the setter lets a successful save show at once. */
export function useSettings(api: PopupApi): [Settings, (settings: Settings) => void] {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  useEffect(() => {
    const controller = new AbortController();
    api.watchSettings(setSettings, controller.signal);
    void api.loadSettings().then((s) => !controller.signal.aborted && setSettings(s), () => undefined);
    return () => controller.abort();
  }, [api]);
  return [settings, setSettings];
}
