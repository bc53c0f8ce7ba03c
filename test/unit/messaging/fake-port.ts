/**
 * A runtime Port pair for tests of the analysis port (src/messaging/analysis.ts): messages arrive
 * in a later task as JSON copies, as Chrome's messaging delivers them, and a disconnect is heard
 * only by the other end, as with real ports.
 */
import type { PortLike } from '../../../src/messaging/analysis.ts';

type Listener = (message: unknown) => void;

/** One end of a fake port; `peer` is the other end. Messages arrive in a later task, as JSON copies. */
export class FakePort implements PortLike {
  peer!: FakePort;
  sender?: PortLike['sender'];
  posted: unknown[] = [];
  closed = false;
  private readonly messageListeners = new Set<Listener>();
  private readonly disconnectListeners = new Set<() => void>();
  constructor(readonly name: string) {}
  onMessage = { addListener: (l: Listener) => void this.messageListeners.add(l), removeListener: (l: Listener) => void this.messageListeners.delete(l) };
  onDisconnect = { addListener: (l: () => void) => void this.disconnectListeners.add(l), removeListener: (l: () => void) => void this.disconnectListeners.delete(l) };
  postMessage(message: unknown): void {
    if (this.closed) throw new Error('Attempting to use a disconnected port object');
    this.posted.push(message);
    const copy = JSON.parse(JSON.stringify(message)) as unknown;
    setTimeout(() => {
      if (!this.peer.closed) for (const l of [...this.peer.messageListeners]) l(copy);
    }, 0);
  }
  disconnect(): void {
    if (this.closed) return;
    this.closed = true;
    this.peer.closed = true;
    // Like a real port: the other end hears of it, this end does not.
    setTimeout(() => {
      for (const l of [...this.peer.disconnectListeners]) l();
    }, 0);
  }
}

/** A connected pair: [the content script's end, the background's end]. */
export function pair(name: string, sender: PortLike['sender'] = { id: 'own', url: 'https://news.example/story', tab: { id: 1 } }): [FakePort, FakePort] {
  const content = new FakePort(name);
  const background = new FakePort(name);
  content.peer = background;
  background.peer = content;
  background.sender = sender;
  return [content, background];
}

