import { describe, expect, it, vi } from 'vitest';
import { addCheckedListener, createMessageListener, type RawListener } from '../../../src/messaging/handle.ts';
import { ToContentSchema } from '../../../src/messaging/schemas.ts';
import { isOwnSender, topFrameTabId } from '../../../src/messaging/sender.ts';

const OWN = 'own-extension-id';
const own = { id: OWN, tab: { id: 5 }, frameId: 0 };

describe('createMessageListener', () => {
  it('passes a parsed message from our own extension to the handler and replies', async () => {
    const handler = vi.fn(() => 'ok');
    const listener = createMessageListener(ToContentSchema, handler, OWN);
    await expect(listener({ type: 'toggle-marks' }, own)).resolves.toBe('ok');
    expect(handler).toHaveBeenCalledWith({ type: 'toggle-marks' }, own);
  });

  it('ignores other senders and malformed messages without calling the handler', () => {
    const handler = vi.fn(() => 'ok');
    const listener = createMessageListener(ToContentSchema, handler, OWN);
    expect(listener({ type: 'toggle-marks' }, { id: 'someone-else' })).toBeUndefined();
    expect(listener({ type: 'toggle-marks' }, {})).toBeUndefined();
    expect(listener({ type: 'scroll-to-claim', id: 'x' }, own)).toBeUndefined();
    expect(listener(undefined, own)).toBeUndefined();
    expect(handler).not.toHaveBeenCalled();
  });

  it('stays silent when the handler returns undefined, and turns a throw into a rejection', async () => {
    expect(createMessageListener(ToContentSchema, () => undefined, OWN)({ type: 'get-summary' }, own)).toBeUndefined();
    const throwing = createMessageListener(ToContentSchema, () => { throw new Error('bad'); }, OWN);
    await expect(throwing({ type: 'get-summary' }, own)).rejects.toThrow('bad');
  });

  it('addCheckedListener removes the listener when the signal aborts', () => {
    const listeners = new Set<RawListener>();
    const event = { addListener: (l: RawListener) => listeners.add(l), removeListener: (l: RawListener) => listeners.delete(l) };
    const controller = new AbortController();
    addCheckedListener(ToContentSchema, () => 1, { event, ownId: OWN, signal: controller.signal });
    expect(listeners.size).toBe(1);
    controller.abort();
    expect(listeners.size).toBe(0);
    addCheckedListener(ToContentSchema, () => 1, { event, ownId: OWN, signal: controller.signal });
    expect(listeners.size).toBe(0);
  });
});

describe('sender checks', () => {
  it('isOwnSender needs our exact id', () => {
    expect(isOwnSender({ id: OWN }, OWN)).toBe(true);
    expect(isOwnSender({ id: 'x' }, OWN)).toBe(false);
    expect(isOwnSender(undefined, OWN)).toBe(false);
  });

  it.each([
    [{ id: OWN, tab: { id: 5 }, frameId: 0 }, 5],
    [{ id: OWN, tab: { id: 5 } }, 5],
    [{ id: OWN, tab: { id: 5 }, frameId: 3 }, null],
    [{ id: OWN, tab: { id: 5 }, frameId: 0, documentLifecycle: 'prerender' }, null],
    [{ id: OWN, tab: { id: -1 } }, null],
    [{ id: OWN }, null],
  ])('topFrameTabId(%j) = %j', (sender, expected) => {
    expect(topFrameTabId(sender)).toBe(expected);
  });
});
