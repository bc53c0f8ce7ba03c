import WebSocket from 'ws';

/** A BiDi event as Firefox sends it. */
export interface BidiEvent {
  method: string;
  params: Record<string, unknown>;
}

/**
 * A minimal WebDriver BiDi client (commands with ids, events to a callback). Firefox ESR speaks
 * BiDi natively, so Firefox tests need no geckodriver and no extra package beyond `ws`.
 */
export class BidiClient {
  private nextId = 1;
  private readonly pending = new Map<number, { ok: (v: unknown) => void; fail: (e: Error) => void; method: string }>();
  private readonly listeners: ((ev: BidiEvent) => void)[] = [];

  private constructor(private readonly ws: WebSocket) {
    ws.on('message', (data) => this.onMessage(String(data)));
    ws.on('close', () => {
      for (const p of this.pending.values()) p.fail(new Error(`BiDi socket closed during ${p.method}`));
      this.pending.clear();
    });
  }

  /** Connects to `ws://host:port/session`. */
  static connect(url: string): Promise<BidiClient> {
    return new Promise((ok, fail) => {
      const ws = new WebSocket(url, { perMessageDeflate: false });
      ws.once('open', () => ok(new BidiClient(ws)));
      ws.once('error', fail);
    });
  }

  private onMessage(raw: string): void {
    const msg = JSON.parse(raw) as { id?: number; type?: string; result?: unknown; error?: string; message?: string; method?: string; params?: Record<string, unknown> };
    if (typeof msg.id === 'number') {
      const p = this.pending.get(msg.id);
      if (!p) return;
      this.pending.delete(msg.id);
      if (msg.type === 'error') p.fail(new Error(`BiDi ${p.method}: ${msg.error ?? ''} ${msg.message ?? ''}`));
      else p.ok(msg.result);
    } else if (msg.method) {
      for (const l of this.listeners) l({ method: msg.method, params: msg.params ?? {} });
    }
  }

  /** Sends one command and resolves with its result (rejects on a BiDi error). */
  send<T = Record<string, unknown>>(method: string, params: Record<string, unknown> = {}, timeoutMs = 60_000): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((ok, fail) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        fail(new Error(`BiDi ${method} timed out after ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(id, {
        method,
        ok: (v) => { clearTimeout(timer); ok(v as T); },
        fail: (e) => { clearTimeout(timer); fail(e); },
      });
      this.ws.send(JSON.stringify({ id, method, params }));
    });
  }

  onEvent(listener: (ev: BidiEvent) => void): void {
    this.listeners.push(listener);
  }

  close(): void {
    this.ws.close();
  }
}
