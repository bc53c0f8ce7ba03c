/**
 * The analysis port end to end in Node: the content script's remote engine talking to the
 * background's server through a pair of fake ports that copy every message through JSON, as
 * Chrome's messaging does. The answer must equal src/core's own analysis on every corpus page;
 * bad answers, foreign ports, disabled sites and closed ports must fail or stop cleanly.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyze, type ArticleInput } from '../../../src/core/index.ts';
import { readArticle } from '../../../src/page/read.ts';
import { isHiddenByMarkup } from '../../../src/page/visibility.ts';
import { createRemoteEngine, RemoteEngineError } from '../../../src/page/remote-engine.ts';
import { analysisListener, serveAnalysis, type AnalysisAllowed } from '../../../src/background/engine.ts';
import { ANALYZE_PORT, BLOCK_BATCH_CHARS, RESULT_BATCH } from '../../../src/messaging/analysis.ts';
import { pair } from './fake-port.ts';

const always: AnalysisAllowed = async () => true;

/** A remote engine whose every connect reaches a background served with `allowed`; records the ports. */
function remote(allowed = always) {
  const ports: ReturnType<typeof pair>[0][] = [];
  const listener = analysisListener('own', allowed);
  const engine = createRemoteEngine((name) => {
    const [content, background] = pair(name);
    ports.push(content);
    listener(background);
    return content;
  });
  return { engine, ports };
}

const CORPUS = join(process.cwd(), '..', 'shared', 'corpus', 'readability');

function corpusInputs(): [string, ArticleInput][] {
  return readdirSync(CORPUS)
    .filter((f) => f.endsWith('.html'))
    .map((f): [string, ArticleInput | null] => {
      const { document } = parseHTML(readFileSync(join(CORPUS, f), 'utf8'));
      return [f, readArticle(document as unknown as Document, { isHidden: isHiddenByMarkup })?.input ?? null];
    })
    .filter((e): e is [string, ArticleInput] => e[1] !== null);
}

describe('the analysis port', () => {
  it('answers exactly what src/core answers, on every corpus page', async () => {
    const inputs = corpusInputs();
    expect(inputs.length).toBeGreaterThan(20);
    const { engine } = remote();
    for (const [name, input] of inputs) {
      const got = await engine.analyze(input, new AbortController().signal);
      expect(got, name).toEqual(JSON.parse(JSON.stringify(analyze(input))));
    }
  }, 60_000);

  it('an ordinary article is one message each way', async () => {
    const { engine, ports } = remote();
    const input: ArticleInput = { blocks: [{ kind: 'paragraph', text: '“We are ready,” she said. Critics say it failed.' }] };
    await engine.analyze(input, new AbortController().signal);
    expect(ports[0]!.posted).toHaveLength(1);
    expect(ports[0]!.peer.posted).toHaveLength(1);
  });

  it('splits a long article into block batches and long answers into result batches', async () => {
    const paragraph = 'Critics say the plan failed. “It will work,” the minister said. Prices rose 5% last year. ';
    const blocks = Array.from({ length: 1600 }, () => ({ kind: 'paragraph' as const, text: paragraph.repeat(2) }));
    const input: ArticleInput = { blocks };
    const { engine, ports } = remote();
    const got = await engine.analyze(input, new AbortController().signal);
    expect(got).toEqual(JSON.parse(JSON.stringify(analyze(input))));
    const sent = ports[0]!.posted as { type: string }[];
    const chars = blocks.reduce((n, b) => n + b.text.length, 0);
    expect(sent.length).toBeGreaterThanOrEqual(Math.ceil(chars / BLOCK_BATCH_CHARS));
    expect(sent.at(-1)!.type).toBe('run');
    const replies = ports[0]!.peer.posted as { type: string; sentences: string; quotes: string }[];
    expect(replies).toHaveLength(Math.ceil(Math.max(got!.sentences.length, got!.quotes.length) / RESULT_BATCH));
    expect(replies.at(-1)!.type).toBe('done');
    // Packed: six numbers per sentence, four per quotation.
    const count = (run: string) => (run === '' ? 0 : run.split(',').length);
    expect(replies.every((m) => count(m.sentences) <= RESULT_BATCH * 6 && count(m.quotes) <= RESULT_BATCH * 4)).toBe(true);
  }, 60_000);

  it('an early request is skipped when the settings refuse it, and a late one is answered', async () => {
    const asked: [string | undefined, boolean][] = [];
    const { engine } = remote(async (url, early) => {
      asked.push([url, early]);
      return !early;
    });
    const input: ArticleInput = { blocks: [{ kind: 'paragraph', text: 'Critics say it failed.' }] };
    expect(await engine.analyze(input, new AbortController().signal, true)).toBeNull();
    expect(await engine.analyze(input, new AbortController().signal)).toEqual(analyze(input));
    expect(asked).toEqual([
      ['https://news.example/story', true],
      ['https://news.example/story', false],
    ]);
  });

  it('warm() opens the port ahead and the next analysis uses it; a port the background closed is not reused', async () => {
    const { engine, ports } = remote();
    engine.warm();
    expect(ports).toHaveLength(1);
    const input: ArticleInput = { blocks: [{ kind: 'paragraph', text: 'He said so.' }] };
    await engine.analyze(input, new AbortController().signal);
    expect(ports).toHaveLength(1);
    engine.warm();
    ports[1]!.peer.disconnect();
    await new Promise((r) => setTimeout(r, 5));
    await engine.analyze(input, new AbortController().signal);
    expect(ports).toHaveLength(3);
  });

  it('an abort resolves null and closes the port; the background stops', async () => {
    const { engine, ports } = remote();
    const controller = new AbortController();
    const input: ArticleInput = { blocks: Array.from({ length: 300 }, () => ({ kind: 'paragraph' as const, text: 'Critics say it failed. '.repeat(40) })) };
    const pending = engine.analyze(input, controller.signal);
    controller.abort();
    expect(await pending).toBeNull();
    expect(ports[0]!.closed).toBe(true);
    await new Promise((r) => setTimeout(r, 50));
    expect(ports[0]!.peer.posted).toEqual([]);
  });

  it('retries once when the background goes away mid-answer, then fails with a clear error', async () => {
    let connects = 0;
    const engine = createRemoteEngine((name) => {
      connects += 1;
      const [content, background] = pair(name);
      background.onMessage.addListener((m) => {
        if ((m as { type: string }).type === 'run') background.disconnect();
      });
      return content;
    });
    const input: ArticleInput = { blocks: [{ kind: 'paragraph', text: 'He said so.' }] };
    await expect(engine.analyze(input, new AbortController().signal)).rejects.toThrow(RemoteEngineError);
    expect(connects).toBe(2);
  });

  // The text is 'He said so.' (11 characters); one sentence is block, start, end, label, source, reason.
  const part = (fields: Partial<Record<'sentences' | 'quotes' | 'reasons', number[]>> & { strings?: string[] }) => ({
    type: 'part',
    sentences: (fields.sentences ?? []).join(','),
    quotes: (fields.quotes ?? []).join(','),
    reasons: (fields.reasons ?? []).join(','),
    strings: fields.strings ?? [],
  });
  it.each([
    ['a malformed reply', { type: 'part', sentences: [{ block: 0 }], quotes: [] }, 'malformed reply'],
    ['a sentence outside the blocks', part({ sentences: [0, 0, 99, 4, -1, -1] }), 'out of bounds'],
    ['a quotation in a missing block', part({ quotes: [7, 0, 1, -1] }), 'out of bounds'],
    ['a fractional offset', part({ quotes: [0, 0.5, 1, -1] }), 'out of bounds'],
    ['a sentence cut short', part({ sentences: [0, 0, 11, 4, -1] }), 'out of bounds'],
    ['an unknown label', part({ sentences: [0, 0, 11, 9, -1, -1] }), 'out of bounds'],
    ['a source past the string table', part({ sentences: [0, 0, 11, 1, 3, -1], strings: ['He'] }), 'out of bounds'],
    ['a reason past the reasons', part({ sentences: [0, 0, 11, 1, 0, 6], reasons: [0, 0, 0], strings: ['He'] }), 'out of bounds'],
    ['a reason whose triggers overrun', part({ sentences: [0, 0, 11, 1, 0, 0], reasons: [0, 0, 2, 0, 3, 7], strings: ['He'] }), 'out of bounds'],
    ['a trigger outside its block', part({ sentences: [0, 0, 11, 1, 0, 0], reasons: [0, 0, 1, 0, 3, 70], strings: ['He'] }), 'out of bounds'],
    ['an unknown trigger kind', part({ sentences: [0, 0, 11, 1, 0, 0], reasons: [0, 0, 1, 8, 3, 7], strings: ['He'] }), 'out of bounds'],
    ['a stray character in a run', { ...part({}), quotes: '0,0,1,x' }, 'out of bounds'],
    ['an empty field in a run', { ...part({}), quotes: '0,,1,-1' }, 'out of bounds'],
    ['a failure', { type: 'failed', error: 'engine broke' }, 'engine broke'],
  ])('refuses %s', async (_what, reply, error) => {
    const engine = createRemoteEngine((name) => {
      const [content, background] = pair(name);
      background.onMessage.addListener((m) => {
        if ((m as { type: string }).type === 'run') background.postMessage(reply);
      });
      return content;
    });
    const input: ArticleInput = { blocks: [{ kind: 'paragraph', text: 'He said so.' }] };
    await expect(engine.analyze(input, new AbortController().signal)).rejects.toThrow(error);
  });

  it('the background answers only its own content scripts, and refuses malformed or oversized requests', async () => {
    const listener = analysisListener('own', always);
    const foreign = pair(ANALYZE_PORT, { id: 'other-extension', tab: { id: 1 } });
    const fromPopup = pair(ANALYZE_PORT, { id: 'own' });
    const otherName = pair('something-else');
    for (const [content, background] of [foreign, fromPopup, otherName]) {
      listener(background);
      content.postMessage({ type: 'run', blocks: [{ kind: 'paragraph', text: 'He said so.' }] });
    }
    const [bad, badEnd] = pair(ANALYZE_PORT);
    serveAnalysis(badEnd, always);
    bad.postMessage({ type: 'blocks', blocks: [{ kind: 'poem', text: 1 }] });
    const [big, bigEnd] = pair(ANALYZE_PORT);
    serveAnalysis(bigEnd, always);
    big.postMessage({ type: 'blocks', blocks: [{ kind: 'paragraph', text: 'x'.repeat(9 * 1024 * 1024) }] });
    await new Promise((r) => setTimeout(r, 20));
    for (const [, background] of [foreign, fromPopup, otherName]) expect(background.posted).toEqual([]);
    expect(badEnd.posted).toEqual([{ type: 'failed', error: 'malformed request' }]);
    expect(bigEnd.posted).toEqual([{ type: 'failed', error: 'article too long' }]);
  });
});
