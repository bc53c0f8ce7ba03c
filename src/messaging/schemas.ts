/**
 * Every message between the extension's contexts, one zod schema per direction. Each receiver
 * parses what it gets with these before acting, so a malformed or foreign message is refused
 * with a clear error instead of crashing a context. zod/mini keeps the content script small.
 */
import * as z from 'zod/mini';

const label = z.enum(['quote', 'attributed', 'vague', 'unsourced', 'other']);

/** Counts per label, as the popup and badge show them. */
export const CountsSchema = z.object({
  quote: z.number(),
  attributed: z.number(),
  vague: z.number(),
  unsourced: z.number(),
  other: z.number(),
});

/** One marked claim as the popup lists it: enough to show a snippet and to ask the page to scroll to it. */
export const ClaimSummarySchema = z.object({
  id: z.number(),
  label,
  snippet: z.string(),
  source: z.nullable(z.string()),
});

/** One speaker with the ids of the claims that quote them, in page order. */
export const SpeakerSummarySchema = z.object({
  name: z.string(),
  quotes: z.number(),
  claimIds: z.array(z.number()),
});

/** The state of one tab's page, as the content script reports it and the background keeps it. */
export const PageStatusSchema = z.enum(['scanning', 'ready', 'no-article', 'disabled', 'unsupported-language', 'loading-more']);

/** Summary of one page's analysis: what the popup and the badge need, no more. */
export const PageSummarySchema = z.object({
  url: z.string(),
  title: z.string(),
  language: z.string(),
  status: PageStatusSchema,
  counts: CountsSchema,
  speakers: z.array(SpeakerSummarySchema),
  claims: z.array(ClaimSummarySchema),
  updatedAt: z.number(),
  /**
   * What the engine's word lists cover for the page's language (src/core Analysis.coverage):
   * 'no-unsourced' makes the popup say that sentences with no source are not marked. Absent
   * before the page is analysed, and in summaries from before the field existed.
   */
  coverage: z.optional(z.literal(['full', 'no-unsourced', 'quotes'])),
});

/** content script -> background. */
export const ContentToBackgroundSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('page-summary'), summary: PageSummarySchema }),
  z.object({ type: z.literal('page-cleared') }),
]);

/** popup -> background. */
export const PopupToBackgroundSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('get-tab-summary'), tabId: z.number() }),
]);

/** background -> popup (the reply to get-tab-summary). */
export const TabSummaryReplySchema = z.object({
  summary: z.nullable(PageSummarySchema),
});

/**
 * popup or background -> content script (sent with tabs.sendMessage to one tab). A plain union:
 * it accepts and refuses exactly what a discriminated union on `type` would (the options' `type`
 * literals differ), and keeps the discriminated-union code out of the content script's bundle.
 */
export const ToContentSchema = z.union([
  z.object({ type: z.literal('scroll-to-claim'), id: z.number() }),
  z.object({ type: z.literal('step-claim'), direction: z.literal(['next', 'previous']) }),
  z.object({ type: z.literal('toggle-marks') }),
  z.object({ type: z.literal('get-summary') }),
]);

export type Counts = z.infer<typeof CountsSchema>;
export type ClaimSummary = z.infer<typeof ClaimSummarySchema>;
export type SpeakerSummary = z.infer<typeof SpeakerSummarySchema>;
export type PageStatus = z.infer<typeof PageStatusSchema>;
export type PageSummary = z.infer<typeof PageSummarySchema>;
export type ContentToBackground = z.infer<typeof ContentToBackgroundSchema>;
export type PopupToBackground = z.infer<typeof PopupToBackgroundSchema>;
export type TabSummaryReply = z.infer<typeof TabSummaryReplySchema>;
export type ToContent = z.infer<typeof ToContentSchema>;
