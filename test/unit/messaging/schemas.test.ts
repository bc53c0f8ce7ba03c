import { describe, expect, it } from 'vitest';
import { safeParse } from 'zod/mini';
import { ContentToBackgroundSchema, PopupToBackgroundSchema, TabSummaryReplySchema, ToContentSchema } from '../../../src/messaging/schemas.ts';
import { makeSummary } from './fixtures.ts';

describe('message schemas accept the real messages', () => {
  it.each([
    [ContentToBackgroundSchema, { type: 'page-summary', summary: makeSummary() }],
    [ContentToBackgroundSchema, { type: 'page-cleared' }],
    [PopupToBackgroundSchema, { type: 'get-tab-summary', tabId: 4 }],
    [TabSummaryReplySchema, { summary: null }],
    [TabSummaryReplySchema, { summary: makeSummary() }],
    [ToContentSchema, { type: 'scroll-to-claim', id: 3 }],
    [ToContentSchema, { type: 'step-claim', direction: 'previous' }],
    [ToContentSchema, { type: 'toggle-marks' }],
    [ToContentSchema, { type: 'get-summary' }],
  ])('%#', (schema, message) => {
    expect(safeParse(schema, message).success).toBe(true);
  });
});

describe('message schemas refuse bad messages', () => {
  it.each([
    [ContentToBackgroundSchema, null],
    [ContentToBackgroundSchema, 'page-cleared'],
    [ContentToBackgroundSchema, { type: 'page-summary' }],
    [ContentToBackgroundSchema, { type: 'page-summary', summary: { ...makeSummary(), status: 'exploded' } }],
    [ContentToBackgroundSchema, { type: 'page-summary', summary: { ...makeSummary(), counts: { quote: '3' } } }],
    [ContentToBackgroundSchema, { type: 'page-summary', summary: { ...makeSummary(), claims: [{ id: 1, label: 'rumour', snippet: '', source: null }] } }],
    [ContentToBackgroundSchema, { type: 'get-tab-summary', tabId: 1 }],
    [PopupToBackgroundSchema, { type: 'get-tab-summary', tabId: '1' }],
    [PopupToBackgroundSchema, { type: 'get-tab-summary' }],
    [TabSummaryReplySchema, {}],
    [ToContentSchema, { type: 'scroll-to-claim' }],
    [ToContentSchema, { type: 'step-claim', direction: 'sideways' }],
    [ToContentSchema, { type: 'eval', code: 'alert(1)' }],
  ])('%#', (schema, message) => {
    expect(safeParse(schema, message).success).toBe(false);
  });
});
