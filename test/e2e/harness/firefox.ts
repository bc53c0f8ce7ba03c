import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createServer, type AddressInfo } from 'node:net';
import { BidiClient } from './bidi.ts';
import { tabFor, type FirefoxTab } from './firefox-tab.ts';
import { findFirefox } from './chromium-path.ts';
import { FIREFOX_EXTENSION_UUID, firefoxPrefs, userJs } from './firefox-prefs.ts';
import { DIST_FIREFOX, POPUP_PATH } from './paths.ts';
import { makeBrowserTemp } from './temp.ts';

export type { FirefoxTab } from './firefox-tab.ts';

/** A headless Firefox ESR with dist/firefox installed as a temporary add-on. */
export interface FirefoxRun extends Omit<FirefoxTab, 'close' | 'id'> {
  /** The add-on's moz-extension UUID (pinned by the harness). */
  uuid: string;
  /** The add-on id that BiDi's webExtension.install returned. */
  addonId: string;
  /** moz-extension://UUID/<popup>?tab=ID (or without ?tab). */
  popupUrl(tabId?: number): string;
  newTab(url?: string): Promise<FirefoxTab>;
  /** log.entryAdded events: console calls (type 'console') and uncaught errors (type 'javascript'); `url` = top stack frame's script. */
  consoleMessages: { type: string; level: string; text: string; source: string; url: string }[];
  /** Entries whose top script is the add-on's own (moz-extension://). */
  extensionConsole(): FirefoxRun['consoleMessages'];
  /**
   * Every request Firefox tried to send anywhere but 127.0.0.1, as the first line it sent to the
   * harness's dead-end proxy ("GET http://host/path HTTP/1.1", "CONNECT host:443 HTTP/1.1").
   */
  outsideRequests: string[];
  close(): Promise<void>;
}

function waitForBidiUrl(proc: ChildProcess): Promise<string> {
  return new Promise((ok, fail) => {
    let buf = '';
    const timer = setTimeout(() => fail(new Error(`Firefox did not open WebDriver BiDi within 30 s:\n${buf.slice(-2000)}`)), 30_000);
    const onData = (d: Buffer) => {
      buf += String(d);
      const m = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(buf);
      if (m?.[1]) {
        clearTimeout(timer);
        ok(m[1]);
      }
    };
    proc.stderr?.on('data', onData);
    proc.stdout?.on('data', onData);
    proc.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`Firefox exited (${String(code)}) before BiDi was ready:\n${buf.slice(-2000)}`));
    });
  });
}

/**
 * Headless Firefox ESR over WebDriver BiDi with dist/firefox installed as a temporary add-on, in
 * its own temp profile and HOME that close() removes. The moz-extension UUID is pinned through a
 * pref so that the popup page has a known URL.
 */
export async function launchFirefox(opts: { extensionDir?: string } = {}): Promise<FirefoxRun> {
  const dist = opts.extensionDir ?? DIST_FIREFOX;
  if (!existsSync(join(dist, 'manifest.json'))) throw new Error(`${dist}/manifest.json is missing: run \`npm run build\` first.`);
  const temp = await makeBrowserTemp('firefox');
  await mkdir(temp.profile, { recursive: true });
  // The dead-end proxy every non-local request goes to: it notes the request line, then hangs up.
  const outsideRequests: string[] = [];
  const blackhole = createServer((socket) => {
    const hangUp = setTimeout(() => socket.destroy(), 2000);
    socket.once('data', (d: Buffer) => {
      outsideRequests.push(String(d).split('\r\n', 1)[0] ?? '');
      clearTimeout(hangUp);
      socket.destroy();
    });
    socket.on('error', () => undefined);
  });
  await new Promise<void>((ok) => blackhole.listen(0, '127.0.0.1', ok));
  const blackholePort = (blackhole.address() as AddressInfo).port;
  await writeFile(join(temp.profile, 'user.js'), userJs(firefoxPrefs(blackholePort)));
  const proc = spawn(findFirefox(), ['--headless', '--no-remote', '--profile', temp.profile, '--remote-debugging-port=0', '--remote-allow-system-access', 'about:blank'], {
    // MOZ_REMOTE_SETTINGS_DEVTOOLS lets the services.settings.server pref (firefox-prefs.ts) take effect.
    env: { ...temp.env, MOZ_HEADLESS: '1', MOZ_CRASHREPORTER_DISABLE: '1', MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((ok) => proc.once('exit', () => ok()));
  // If the test process dies without close(), do not leave a headless Firefox behind.
  const killOnExit = () => {
    proc.kill('SIGKILL');
    rmSync(temp.root, { recursive: true, force: true });
  };
  process.once('exit', killOnExit);
  const kill = async () => {
    process.off('exit', killOnExit);
    if (proc.exitCode === null && proc.signalCode === null) {
      proc.kill('SIGTERM');
      const t = setTimeout(() => proc.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(t);
    }
    await new Promise<void>((ok) => blackhole.close(() => ok()));
    await temp.remove();
  };
  try {
    const base = await waitForBidiUrl(proc);
    const bidi = await BidiClient.connect(`${base}/session`);
    await bidi.send('session.new', { capabilities: { alwaysMatch: { acceptInsecureCerts: true } } });
    const consoleMessages: FirefoxRun['consoleMessages'] = [];
    bidi.onEvent((ev) => {
      if (ev.method !== 'log.entryAdded') return;
      const p = ev.params as { type?: string; level?: string; text?: string; source?: { context?: string; realm?: string }; stackTrace?: { callFrames?: { url?: string }[] } };
      const url = p.stackTrace?.callFrames?.find((f) => f.url)?.url ?? '';
      consoleMessages.push({ type: p.type ?? '', level: p.level ?? '', text: p.text ?? '', source: p.source?.context ?? p.source?.realm ?? '', url });
    });
    await bidi.send('session.subscribe', { events: ['log.entryAdded'] });
    const installed = await bidi.send<{ extension: string }>('webExtension.install', {
      extensionData: { type: 'path', path: dist },
    });
    const tree = await bidi.send<{ contexts: { context: string }[] }>('browsingContext.getTree', { maxDepth: 0 });
    const first = tree.contexts[0]?.context;
    if (!first) throw new Error('Firefox has no open tab');
    const main = tabFor(bidi, first);
    return {
      uuid: FIREFOX_EXTENSION_UUID,
      addonId: installed.extension,
      navigate: main.navigate,
      evaluate: main.evaluate,
      popupUrl: (tabId) => `moz-extension://${FIREFOX_EXTENSION_UUID}/${POPUP_PATH}${tabId === undefined ? '' : `?tab=${tabId}`}`,
      async newTab(url) {
        const created = await bidi.send<{ context: string }>('browsingContext.create', { type: 'tab' });
        const tab = tabFor(bidi, created.context);
        if (url) await tab.navigate(url);
        return tab;
      },
      consoleMessages,
      outsideRequests,
      extensionConsole: () => consoleMessages.filter((m) => m.url.startsWith('moz-extension://')),
      async close() {
        await bidi.send('session.end', {}, 5000).catch(() => undefined);
        bidi.close();
        await kill();
      },
    };
  } catch (err) {
    await kill();
    throw err;
  }
}
