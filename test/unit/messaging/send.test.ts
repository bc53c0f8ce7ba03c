import { describe, expect, it, vi } from 'vitest';
import { createSenders, readSummaryReply, type Transport } from '../../../src/messaging/send.ts';
import { tabIdFromKey, tabSummaryKey } from '../../../src/messaging/session-keys.ts';
import { makeSummary } from './fixtures.ts';

function transport(reply: unknown): Transport & { sent: unknown[] } {
  const sent: unknown[] = [];
  return {
    sent,
    sendMessage: vi.fn(async (m: unknown) => { sent.push(m); return reply; }),
    sendToTab: vi.fn(async (_t: number, m: unknown) => { sent.push(m); return reply; }),
  };
}

describe('typed senders', () => {
  it('requestTabSummary returns the summary, or null for a bad reply', async () => {
    const summary = makeSummary();
    expect(await createSenders(transport({ summary })).requestTabSummary(3)).toEqual(summary);
    expect(await createSenders(transport({ summary: { url: 1 } })).requestTabSummary(3)).toBeNull();
    expect(await createSenders(transport(undefined)).requestTabSummary(3)).toBeNull();
  });

  it('refuses to send a malformed message', () => {
    const t = transport(undefined);
    const senders = createSenders(t);
    expect(() => senders.sendToTab(1, { type: 'scroll-to-claim', id: 'x' } as never)).toThrow();
    expect(() => senders.sendToBackground({ type: 'page-summary', summary: {} } as never)).toThrow();
    expect(t.sent).toEqual([]);
  });

  it('readSummaryReply accepts both reply shapes', () => {
    const summary = makeSummary();
    expect(readSummaryReply({ summary })).toEqual(summary);
    expect(readSummaryReply(summary)).toEqual(summary);
    expect(readSummaryReply({ summary: null })).toBeNull();
    expect(readSummaryReply('nope')).toBeNull();
  });

  it('session keys round-trip', () => {
    expect(tabIdFromKey(tabSummaryKey(42))).toBe(42);
    expect(tabIdFromKey('settings')).toBeNull();
    expect(tabIdFromKey('tab:x')).toBeNull();
  });
});
