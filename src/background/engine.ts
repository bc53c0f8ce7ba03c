/**
 * The background's half of the analysis port (see src/messaging/analysis.ts): one copy of the
 * engine for every tab, kept warm by use, running off the pages' threads. A port is answered
 * only when it comes from this extension's own content script; every message is parsed; a
 * malformed request, an oversized article or an engine failure gets a `failed` reply, and a
 * port that disconnects stops its analysis at the next slice.
 */
import { safeParse } from 'zod/mini';
import { analyzeSteps, type Analysis, type Block } from '../core/index.ts';
import { runSliced } from '../page/scheduler.ts';
import { packBatch } from '../messaging/analysis-wire.ts';
import { ANALYZE_PORT, AnalyzeRequestSchema, MAX_ARTICLE_CHARS, RESULT_BATCH, type AnalyzeReply, type PortLike } from '../messaging/analysis.ts';

/** Engine time per slice before the worker yields to its other events (another tab, the popup). */
const SLICE_MS = 20;

const pause = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Runs the engine in slices (the page layer's runSliced, yielding with a timer); null once `signal` aborts. */
function runEngine(blocks: Block[], language: string | undefined, signal: AbortSignal): Promise<Analysis | null> {
  return runSliced(analyzeSteps(language === undefined ? { blocks } : { blocks, language }), { signal, budgetMs: SLICE_MS, yieldFn: pause });
}

/** The analysis as reply messages: sentences and quotations packed in batches, the last batch with the totals. */
export function replyMessages(analysis: Analysis): AnalyzeReply[] {
  const { sentences, quotes } = analysis;
  const batches = Math.max(1, Math.ceil(Math.max(sentences.length, quotes.length) / RESULT_BATCH));
  const out: AnalyzeReply[] = [];
  for (let i = 0; i < batches; i++) {
    const part = packBatch(sentences.slice(i * RESULT_BATCH, (i + 1) * RESULT_BATCH), quotes.slice(i * RESULT_BATCH, (i + 1) * RESULT_BATCH));
    out.push(i < batches - 1 ? { type: 'part', ...part } : { type: 'done', ...part, language: analysis.language, supported: analysis.supported, coverage: analysis.coverage, counts: analysis.counts });
  }
  return out;
}

/**
 * Whether the page behind a port may be analysed now: false for a site the user disabled, and
 * for an early request (the page did not have the settings yet) in on-demand mode.
 */
export type AnalysisAllowed = (pageUrl: string | undefined, early: boolean) => Promise<boolean>;

/** Serves one analysis port until it is done or disconnected. */
export function serveAnalysis(port: PortLike, allowed: AnalysisAllowed): void {
  const blocks: Block[] = [];
  let chars = 0;
  // Aborted when the port disconnects: the engine stops at its next slice and nothing more is posted.
  const gone = new AbortController();
  let running = false;
  const post = (message: AnalyzeReply) => {
    if (!gone.signal.aborted) port.postMessage(message);
  };
  const fail = (error: string) => {
    post({ type: 'failed', error });
    running = true;
  };
  const onMessage = (raw: unknown) => {
    if (gone.signal.aborted || running) return;
    const parsed = safeParse(AnalyzeRequestSchema, raw);
    if (!parsed.success) return fail('malformed request');
    const message = parsed.data;
    for (const b of message.blocks) {
      chars += b.text.length;
      blocks.push(b.links ? { kind: b.kind, text: b.text, links: b.links } : { kind: b.kind, text: b.text });
    }
    if (chars > MAX_ARTICLE_CHARS) return fail('article too long');
    if (message.type === 'blocks') return;
    running = true;
    const run = async (): Promise<AnalyzeReply[]> => {
      if (!(await allowed(port.sender?.url, message.early === true))) return [{ type: 'skipped' }];
      const analysis = await runEngine(blocks, message.language, gone.signal);
      return analysis ? replyMessages(analysis) : [];
    };
    run().then(
      (replies) => {
        for (const reply of replies) post(reply);
      },
      (error: unknown) => post({ type: 'failed', error: error instanceof Error ? error.message : String(error) }),
    );
  };
  const onDisconnect = () => {
    gone.abort();
    port.onMessage.removeListener(onMessage);
    port.onDisconnect.removeListener(onDisconnect);
  };
  port.onMessage.addListener(onMessage);
  port.onDisconnect.addListener(onDisconnect);
}

/** The onConnect listener: serves analysis ports from this extension's content scripts, ignores every other port. */
export function analysisListener(ownId: string, allowed: AnalysisAllowed): (port: PortLike) => void {
  return (port) => {
    if (port.name !== ANALYZE_PORT || port.sender?.id !== ownId || !port.sender.tab) return;
    serveAnalysis(port, allowed);
  };
}
