import type { BrowserContext, CDPSession, Page, Request } from 'playwright-core';

/** One console message seen anywhere in the browser (page, content script, worker, extension page). */
export interface ConsoleEntry {
  type: string;
  text: string;
  /** URL of the script that logged (chrome-extension://… for the extension's own code). */
  url: string;
  /** URL of the page or worker it was logged in. */
  where: string;
}

/** An uncaught error in a page (the page's own or the content script's). */
export interface PageError {
  message: string;
  stack: string;
  pageUrl: string;
}

/** A network request made by the extension itself; `via` says which context made it. */
export interface ExtensionRequest {
  url: string;
  via: 'worker' | 'extension-page' | 'content-script';
}

const suiteRequests: ExtensionRequest[] = [];

/**
 * Every extension request seen by any audited run in this test file's process: the e2e setup
 * asserts it is empty after each file, so the whole suite proves "no request, ever".
 */
export function suiteExtensionRequests(): readonly ExtensionRequest[] {
  return suiteRequests;
}

/**
 * Collects console output, page errors and the extension's own network requests for a whole
 * browser context, so that every e2e test can assert "no console noise, no request" cheaply.
 */
export class ContextMonitor {
  readonly consoleMessages: ConsoleEntry[] = [];
  readonly pageErrors: PageError[] = [];
  readonly extensionRequestDetails: ExtensionRequest[] = [];
  readonly extensionRequests: string[] = [];
  private readonly sessions: CDPSession[] = [];

  constructor(
    private readonly context: BrowserContext,
    private readonly extensionOrigin: () => string,
    /** False only for runs that make requests on purpose (the detector's own test). */
    private readonly audit = true,
  ) {
    context.on('console', (msg) => {
      const where = msg.page()?.url() ?? msg.worker()?.url() ?? '';
      this.consoleMessages.push({ type: msg.type(), text: msg.text(), url: msg.location().url, where });
    });
    context.on('weberror', (err) => {
      const e = err.error();
      this.pageErrors.push({ message: e.message, stack: e.stack ?? '', pageUrl: err.page()?.url() ?? '' });
    });
    context.on('request', (req) => this.onRequest(req));
    for (const page of context.pages()) void this.watchPage(page);
    context.on('page', (page) => void this.watchPage(page));
  }

  /** True for URLs that never leave the browser: the extension's own files, data:, blob:, about:. */
  private isLocal(url: string): boolean {
    return url.startsWith(this.extensionOrigin()) || /^(data|blob|about|chrome|devtools):/.test(url);
  }

  private record(url: string, via: ExtensionRequest['via']): void {
    if (this.isLocal(url)) return;
    this.extensionRequestDetails.push({ url, via });
    this.extensionRequests.push(url);
    if (this.audit) suiteRequests.push({ url, via });
  }

  private onRequest(req: Request): void {
    const sw = req.serviceWorker();
    if (sw) {
      if (sw.url().startsWith('chrome-extension://')) this.record(req.url(), 'worker');
      return;
    }
    let pageUrl = '';
    try {
      pageUrl = req.frame().page().url();
    } catch {
      return; // requests of dedicated workers etc. without a frame
    }
    if (pageUrl.startsWith('chrome-extension://')) this.record(req.url(), 'extension-page');
  }

  /** Content-script requests carry the page's origin; only the CDP initiator stack names the extension. */
  private async watchPage(page: Page): Promise<void> {
    let session: CDPSession;
    try {
      session = await this.context.newCDPSession(page);
      this.sessions.push(session);
      session.on('Network.requestWillBeSent', (ev) => {
        if (initiatedByExtension(ev.initiator)) this.record(ev.request.url, 'content-script');
      });
      await session.send('Network.enable');
    } catch {
      // page closed before we could attach: nothing it did can be observed anyway
    }
  }

  /** Console entries logged by extension code (content script, worker, popup/options pages). */
  extensionConsole(): ConsoleEntry[] {
    return this.consoleMessages.filter(
      (m) => m.url.startsWith('chrome-extension://') || m.where.startsWith('chrome-extension://'),
    );
  }

  /** Page errors whose stack points into the extension's code. */
  extensionErrors(): PageError[] {
    return this.pageErrors.filter((e) => e.stack.includes('chrome-extension://') || e.pageUrl.startsWith('chrome-extension://'));
  }

  async detach(): Promise<void> {
    await Promise.all(this.sessions.map((s) => s.detach().catch(() => undefined)));
  }
}

interface StackLike {
  callFrames: { url: string }[];
  parent?: StackLike;
}

function initiatedByExtension(initiator: { url?: string; stack?: StackLike }): boolean {
  if (initiator.url?.startsWith('chrome-extension://')) return true;
  for (let s: StackLike | undefined = initiator.stack; s; s = s.parent) {
    if (s.callFrames.some((f) => f.url.startsWith('chrome-extension://'))) return true;
  }
  return false;
}
