/**
 * The content script's half of the analysis port (src/messaging/analysis.ts): the engine lives
 * in the background, so the page pays for reading its article and drawing, not for a second copy
 * of the engine compiling cold in every tab. Every reply is parsed on receipt and every offset
 * checked against the blocks that were sent, so a confused or foreign answer fails the analysis
 * instead of drawing marks in the wrong place.
 */
import { safeParse } from 'zod/mini';
import type { Analysis, ArticleInput, Block, Quote, Sentence } from '../core/types.ts';
import { unpackBatch } from '../messaging/analysis-wire.ts';
import { ANALYZE_PORT, AnalyzeReplySchema, BLOCK_BATCH_CHARS, type PortLike } from '../messaging/analysis.ts';
import type { Analyze, Engine } from './contracts.ts';

/** Opens a port to the background (runtime.connect); throws when the extension context is gone. */
export type Connect = (name: string) => PortLike;

/** The blocks in messages of about BLOCK_BATCH_CHARS characters each. */
function batches(blocks: Block[]): Block[][] {
  const out: Block[][] = [];
  let batch: Block[] = [];
  let chars = 0;
  for (const b of blocks) {
    batch.push(b);
    chars += b.text.length;
    if (chars >= BLOCK_BATCH_CHARS) {
      out.push(batch);
      batch = [];
      chars = 0;
    }
  }
  if (batch.length > 0) out.push(batch);
  return out;
}

/** Why an analysis failed: the background said so, its reply did not check out, or the port closed early. */
export class RemoteEngineError extends Error {}

/** The port closed before the answer was complete (the background was stopped or restarted): worth one retry. */
class PortClosed extends RemoteEngineError {}

/**
 * The engine behind a port. `warm()` opens the port ahead of the analysis (it wakes a sleeping
 * background while the article is still being read); `analyze` uses that port or opens one.
 */
export function createRemoteEngine(connect: Connect): Required<Engine> {
  let spare: PortLike | null = null;
  // A spare port the background closed (a worker restart) is forgotten, not handed out dead.
  const dropSpare = () => {
    spare?.onDisconnect.removeListener(dropSpare);
    spare = null;
  };
  const take = (): PortLike => {
    const port = spare ?? connect(ANALYZE_PORT);
    dropSpare();
    return port;
  };
  const once: Analyze = (input: ArticleInput, signal: AbortSignal, early = false) =>
    new Promise<Analysis | null>((resolve, reject) => {
      if (signal.aborted) return resolve(null);
      const port = take();
      const sentences: Sentence[] = [];
      const quotes: Quote[] = [];
      const finish = (error: Error | null, analysis: Analysis | null = null) => {
        port.onMessage.removeListener(onMessage);
        port.onDisconnect.removeListener(onDisconnect);
        signal.removeEventListener('abort', onAbort);
        try {
          port.disconnect();
        } catch {
          /* already closed */
        }
        if (error) reject(error);
        else resolve(analysis);
      };
      const onAbort = () => finish(null);
      const onDisconnect = () => finish(new PortClosed('the engine closed the port'));
      const onMessage = (raw: unknown) => {
        const parsed = safeParse(AnalyzeReplySchema, raw);
        if (!parsed.success) return finish(new RemoteEngineError('malformed reply'));
        const reply = parsed.data;
        if (reply.type === 'failed') return finish(new RemoteEngineError(reply.error));
        if (reply.type === 'skipped') return finish(null);
        const batch = unpackBatch(reply, input.blocks);
        if (batch === null) return finish(new RemoteEngineError('reply out of bounds'));
        sentences.push(...batch.sentences);
        quotes.push(...batch.quotes);
        if (reply.type === 'done') finish(null, { language: reply.language, supported: reply.supported, coverage: reply.coverage, sentences, quotes, counts: reply.counts });
      };
      port.onMessage.addListener(onMessage);
      port.onDisconnect.addListener(onDisconnect);
      signal.addEventListener('abort', onAbort, { once: true });
      try {
        const all = batches(input.blocks);
        const last = all.pop() ?? [];
        for (const blocks of all) port.postMessage({ type: 'blocks', blocks });
        port.postMessage(input.language === undefined ? { type: 'run', blocks: last, early } : { type: 'run', blocks: last, language: input.language, early });
      } catch (error) {
        finish(error instanceof Error ? error : new RemoteEngineError(String(error)));
      }
    });
  const analyze: Analyze = async (input, signal, early) => {
    try {
      return await once(input, signal, early);
    } catch (error) {
      if (!(error instanceof PortClosed) || signal.aborted) throw error;
      return once(input, signal, early);
    }
  };
  return {
    analyze,
    warm() {
      if (spare) return;
      spare = connect(ANALYZE_PORT);
      spare.onDisconnect.addListener(dropSpare);
    },
    cool() {
      const port = spare;
      dropSpare();
      try {
        port?.disconnect();
      } catch {
        /* already closed */
      }
    },
  };
}
