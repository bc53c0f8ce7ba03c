/**
 * The engine's driver: walks the article block by block, keeping the state that crosses blocks
 * (names seen so far, the last speaker, a quotation still open at a paragraph's end), and yields
 * after each block so that the background can spread a huge page over several tasks.
 * `analyze` does the same steps in one go, without a generator.
 */
import type { Analysis, ArticleInput, Coverage, Label, Quote, Sentence } from './types.ts';
import { LABELS } from './types.ts';
import { pageLanguage, coverageOf } from './language.ts';
import { Entities } from './attribution/entities.ts';
import { RULES, QUOTE_RULES, NO_UNSOURCED_RULES } from './rules/index.ts';
import { quoteReason } from './rules/quote.ts';
import type { SpeakerMemory } from './quotes/speakers.ts';
import { BlockRun, type BlockContext, type OpenChain } from './block.ts';
import { continuesQuote, type RawQuote } from './quotes/scan.ts';
import type { Family } from './quotes/marks.ts';
import type { Block } from './types.ts';

const LOOKAHEAD = 3;

/** What the driver keeps for the whole article: the blocks' shared state and the page's language. */
interface Driver extends BlockContext {
  language: string;
  coverage: Coverage;
}

/** The state an analysis carries across blocks. */
function begin(input: ArticleInput): Driver {
  const blocks = input.blocks;
  const language = pageLanguage(input.language, blocks);
  const coverage = coverageOf(language);
  const supported = coverage.lists !== 'none';
  return {
    blocks,
    language,
    supported,
    coverage: coverage.lists === 'none' ? 'quotes' : coverage.lists,
    foreign: coverage.foreign,
    rules: coverage.lists === 'full' ? RULES : coverage.lists === 'no-unsourced' ? NO_UNSOURCED_RULES : QUOTE_RULES,
    entities: new Entities(),
    memory: { lastQuote: null, colon: null, lastSpeech: null } as SpeakerMemory,
    sentences: [] as Sentence[],
    quotes: [] as Quote[],
    chain: null as OpenChain | null,
    carry: null as Family | null,
    sentenceCount: 0,
    para: 0,
    listIntro: null,
    decideCarry: (b: number, last: RawQuote | undefined): Family | null =>
      last?.open ? (continuesLater(blocks, b + 1, last.family) ? last.family : null) : null,
  };
}

/** After block b: a multi-paragraph quotation that did not go on is closed. */
function endBlock(ctx: Driver): void {
  if (ctx.chain && ctx.carry === null) closeChain(ctx.chain, ctx.memory);
  if (ctx.carry === null) ctx.chain = null;
}

/** After the last block: fullest names, counts, the result. */
function end(ctx: Driver): Analysis {
  if (ctx.chain) closeChain(ctx.chain, ctx.memory);
  // Names first given in full later in the article ("Obama" in a headline, "Barack Obama" below).
  for (const q of ctx.quotes) if (q.speaker) q.speaker = ctx.entities.fullest(q.speaker);
  for (const s of ctx.sentences) {
    if (!s.source || (s.label !== 'quote' && s.label !== 'attributed')) continue;
    const full = ctx.entities.fullest(s.source);
    if (full === s.source) continue;
    if (s.reason) s.reason = { ...s.reason, text: s.reason.text.replace(s.source, full) };
    s.source = full;
  }
  const counts = {} as Record<Label, number>;
  for (const l of LABELS) counts[l] = 0;
  for (const s of ctx.sentences) counts[s.label]++;
  return { language: ctx.language, supported: ctx.supported, coverage: ctx.coverage, sentences: ctx.sentences, quotes: ctx.quotes, counts };
}

/**
 * The same work as `analyze`, as a generator that yields after every block (and every 100
 * sentences inside a huge block), so that the background can spread a long page over tasks.
 */
export function* analyzeSteps(input: ArticleInput): Generator<void, Analysis> {
  const ctx = begin(input);
  for (let b = 0; b < ctx.blocks.length; b++) {
    const run = new BlockRun(ctx, b);
    while (run.step()) yield;
    run.finish();
    endBlock(ctx);
    yield;
  }
  return end(ctx);
}

/** Labels an article. Pure and deterministic: the same input always gives the same output. */
export function analyze(input: ArticleInput): Analysis {
  const ctx = begin(input);
  for (let b = 0; b < ctx.blocks.length; b++) {
    const run = new BlockRun(ctx, b);
    while (run.step());
    run.finish();
    endBlock(ctx);
  }
  return end(ctx);
}

/** Is a quotation left open at the end of a block continued by one of the next few blocks? */
function continuesLater(blocks: Block[], from: number, family: Family): boolean {
  for (let k = from; k < blocks.length && k < from + LOOKAHEAD; k++) {
    const next = blocks[k]!;
    if (next.kind === 'heading') return false;
    const r = continuesQuote(next.text, family);
    if (r !== null) return r;
  }
  return false;
}

/** A multi-paragraph quotation ended: every paragraph of it gets the speaker found in any of them. */
function closeChain(chain: OpenChain, memory: SpeakerMemory): void {
  const speaker = chain.members.find((m) => m.speaking.how === 'cue' && m.speaking.quote.speaker)?.speaking.quote.speaker
    ?? chain.members.find((m) => m.speaking.quote.speaker)?.speaking.quote.speaker
    ?? null;
  for (const m of chain.members) {
    if (m.speaking.how === 'cue' && m.speaking.quote.speaker) continue;
    m.speaking.quote.speaker = speaker;
    m.speaking.how = speaker ? 'chain' : 'none';
    for (const s of m.sentences) {
      if (s.label !== 'quote' || s.source !== null) continue;
      s.source = speaker;
      s.reason = quoteReason(m.speaking, null);
    }
  }
  if (memory.lastQuote) memory.lastQuote.speaker = speaker ?? memory.lastQuote.speaker;
}
