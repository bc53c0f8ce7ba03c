/**
 * The engine runs in the background (one copy, warm, off the page's thread); the content script
 * only reads the article and draws. They talk over one runtime Port per analysis: the content
 * script posts the article's blocks in batches, then `run`; the background posts the labelled
 * sentences and quotations in batches, then `done` (or `skipped`, for a site the user disabled).
 * Batches keep each message, and the task that decodes it, small on a huge page. Both sides parse
 * every message with these schemas. Results travel packed (analysis-wire.ts): no texts, which the
 * content script slices from the blocks it sent after checking every offset.
 */
import * as z from 'zod/mini';

/** The port's name; the background answers only ports of this name from its own content scripts. */
export const ANALYZE_PORT = 'says-who:analyze';

/** Characters of block text per `blocks` message (about 0.5 MB of JSON at most). */
export const BLOCK_BATCH_CHARS = 256 * 1024;

/** Sentences, and quotations, per result message (at most this many of each). */
export const RESULT_BATCH = 400;

/** The most text one analysis may carry (a 1 MB article is about 1M characters); more is refused. */
export const MAX_ARTICLE_CHARS = 8 * 1024 * 1024;


const BlockSchema = z.object({
  kind: z.enum(['heading', 'paragraph', 'caption', 'list-item', 'quote-block']),
  text: z.string(),
  links: z.optional(z.array(z.object({ start: z.number(), end: z.number(), href: z.string(), external: z.boolean() }))),
});

/** content script -> background, over the port. */
export const AnalyzeRequestSchema = z.union([
  z.object({ type: z.literal('blocks'), blocks: z.array(BlockSchema) }),
  /**
   * The last batch, and the go. `early`: sent before the page had the settings (the read and the
   * analysis overlap their round trip); the background then skips a disabled site, and any site
   * in on-demand mode.
   */
  z.object({ type: z.literal('run'), blocks: z.array(BlockSchema), language: z.optional(z.string()), early: z.optional(z.boolean()) }),
]);

/** A batch of sentences and quotations, packed (see analysis-wire.ts: one string per run of numbers parses cheaply on the page's thread). */
const packed = {
  sentences: z.string(),
  quotes: z.string(),
  reasons: z.string(),
  strings: z.array(z.string()),
};

/** background -> content script, over the port. */
export const AnalyzeReplySchema = z.union([
  z.object({ type: z.literal('part'), ...packed }),
  /** The last batch, and the totals. */
  z.object({
    type: z.literal('done'),
    ...packed,
    language: z.string(),
    supported: z.boolean(),
    coverage: z.literal(['full', 'no-unsourced', 'quotes']),
    counts: z.object({ quote: z.number(), attributed: z.number(), vague: z.number(), unsourced: z.number(), other: z.number() }),
  }),
  z.object({ type: z.literal('skipped') }),
  z.object({ type: z.literal('failed'), error: z.string() }),
]);

export type AnalyzeRequest = z.infer<typeof AnalyzeRequestSchema>;
export type AnalyzeReply = z.infer<typeof AnalyzeReplySchema>;

/** The part of a runtime Port both sides use (Chrome's and Firefox's agree); structural so tests can pair two fakes. */
export interface PortLike {
  readonly name: string;
  readonly sender?: { id?: string; url?: string; tab?: { id?: number } };
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(listener: (message: unknown) => void): void; removeListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void; removeListener(listener: () => void): void };
}
