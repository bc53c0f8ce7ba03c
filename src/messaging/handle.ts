/**
 * One way to receive messages in every context: check the sender, parse with the direction's
 * schema, then call the handler. Anything foreign or malformed is ignored (the listener returns
 * undefined so other listeners may still answer), and a throwing handler never takes the
 * context down.
 */
import { safeParse, type ZodMiniType, type infer as Infer } from 'zod/mini';
import { isOwnSender, type SenderLike } from './sender.ts';

/** A runtime.onMessage-style listener: returns a promise to reply, undefined to stay silent. */
export type RawListener = (message: unknown, sender: SenderLike) => Promise<unknown> | undefined;

/** The event object the listener is added to (runtime.onMessage, or a fake in tests). */
export interface MessageEventLike {
  addListener(listener: RawListener): void;
  removeListener(listener: RawListener): void;
}

/** What a handler may return: a reply (or a promise of one), or undefined for "no reply". */
export type HandlerResult<R> = R | Promise<R> | undefined;

/**
 * Builds the raw listener: pure, so the sender check and parsing are unit-tested without a
 * browser. The handler's errors become a rejected reply rather than an uncaught exception.
 */
export function createMessageListener<S extends ZodMiniType, R>(
  schema: S,
  handler: (message: Infer<S>, sender: SenderLike) => HandlerResult<R>,
  ownId: string,
): RawListener {
  return (message, sender) => {
    if (!isOwnSender(sender, ownId)) return undefined;
    const parsed = safeParse(schema, message);
    if (!parsed.success) return undefined;
    try {
      const result = handler(parsed.data, sender);
      if (result === undefined) return undefined;
      return Promise.resolve(result);
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  };
}

/** Options of addCheckedListener: the event to listen on, this extension's id, and when to stop. */
export interface ListenOptions {
  event: MessageEventLike;
  ownId: string;
  signal?: AbortSignal;
}

/** Adds a checked, parsed message listener; aborting `signal` removes it. */
export function addCheckedListener<S extends ZodMiniType, R>(
  schema: S,
  handler: (message: Infer<S>, sender: SenderLike) => HandlerResult<R>,
  { event, ownId, signal }: ListenOptions,
): void {
  if (signal?.aborted) return;
  const listener = createMessageListener(schema, handler, ownId);
  event.addListener(listener);
  signal?.addEventListener('abort', () => event.removeListener(listener), { once: true });
}
