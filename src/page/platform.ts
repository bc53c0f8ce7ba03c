/**
 * The real extension runtime behind the session's Platform interface. It talks to the
 * WebExtension API directly (`browser` in Firefox, `chrome` in Chrome, both promise-based in
 * MV3) instead of through webextension-polyfill: the content script uses five calls, and the
 * polyfill would cost about 10 kB of the content script's 60 kB budget.
 */
import type { ChangedEvent, SettingsArea } from '../settings/storage-core.ts';
import { readSettings, watchStoredSettings } from '../settings/read.ts';
import type { Platform } from './messages.ts';
import type { PortLike } from '../messaging/analysis.ts';
import { onAbort } from './on-abort.ts';

type Listener = (message: unknown, sender: { id?: string }, sendResponse: (reply: unknown) => void) => boolean;

/** The part of the WebExtension API this file uses. */
interface RuntimeApi {
  runtime: {
    id?: string;
    sendMessage(message: unknown): Promise<unknown>;
    connect(info: { name: string }): PortLike;
    onMessage: { addListener(l: Listener): void; removeListener(l: Listener): void };
  };
  storage: { sync: SettingsArea; onChanged: ChangedEvent };
}

/** `browser` where it exists (Firefox), else `chrome`; undefined outside an extension. */
function api(): RuntimeApi | undefined {
  const g = globalThis as { browser?: RuntimeApi; chrome?: RuntimeApi };
  return g.browser?.runtime ? g.browser : g.chrome?.runtime ? g.chrome : undefined;
}

/** The message of the error a dead extension context gives (what lifecycle.ts's isContextGone looks for). */
const CONTEXT_GONE = 'Extension context invalidated.';

/** The runtime, or the error a dead extension context gives. */
function liveApi(): RuntimeApi {
  const ext = api();
  if (!ext) throw new Error(CONTEXT_GONE);
  return ext;
}

/** The runtime while this script's extension context is alive (it still has an id), else that error. */
function liveRuntime(): RuntimeApi {
  const ext = api();
  if (!ext?.runtime.id) throw new Error(CONTEXT_GONE);
  return ext;
}

/** The runtime of the extension this content script belongs to. */
export const browserPlatform: Platform = {
  // Read-only (settings/read.ts): the content script never writes settings.
  loadSettings: async () => (await readSettings(liveApi().storage.sync)).settings,
  watchSettings: (onChange, signal) => watchStoredSettings(liveApi().storage.onChanged, 'sync', onChange, signal),
  async send(message) {
    await liveRuntime().runtime.sendMessage(message);
  },
  onMessage(handler, signal) {
    const ext = api();
    if (!ext) return;
    // sendResponse + `return true` is the reply path both Chrome and Firefox accept.
    const listener: Listener = (message, sender, sendResponse) => {
      const reply = handler(message, sender?.id);
      if (!reply) return false;
      reply.then(sendResponse, () => sendResponse(undefined));
      return true;
    };
    ext.runtime.onMessage.addListener(listener);
    onAbort(signal, () => {
      try {
        ext.runtime.onMessage.removeListener(listener);
      } catch {
        /* context already gone */
      }
    });
  },
  runtimeId() {
    return api()?.runtime.id;
  },
};

/** Opens a port to the background (the engine's, see remote-engine.ts); throws once the extension context is gone. */
export function connectToBackground(name: string): PortLike {
  return liveRuntime().runtime.connect({ name });
}
