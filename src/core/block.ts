/**
 * One block of the article: split it into sentences, find its quotations (continuing one left
 * open by the previous paragraph), compute each sentence's facts, give each quotation its
 * speaker, then label each sentence with the first rule that fires.
 */
import type { Block, Quote, Sentence } from './types.ts';
import type { Rule, QuoteSpeaking, SentenceFacts } from './rules/types.ts';
import type { Entities } from './attribution/entities.ts';
import type { SpeakerMemory } from './quotes/speakers.ts';
import { pickCue, assignSpeaker } from './quotes/speakers.ts';
import { scanQuotes, type RawQuote } from './quotes/scan.ts';
import { isQuotation } from './quotes/scare.ts';
import { introducer } from './quotes/introducers.ts';
import type { Attribution } from './attribution/attribute.ts';
import type { Family } from './quotes/marks.ts';
import { splitSentences } from './sentences/split.ts';
import { tokenize, type Token } from './text/tokens.ts';
import { isSpace } from './text/chars.ts';
import { sentenceFacts } from './facts.ts';
import { CUE_FORMS, SPEECH_NOUN_SET } from './lexicon/lookup.ts';

/** A quotation running over several paragraphs, waiting for its last paragraph. */
export interface OpenChain {
  members: { speaking: QuoteSpeaking; sentences: Sentence[] }[];
}

export interface BlockContext {
  blocks: Block[];
  supported: boolean;
  rules: readonly Rule[];
  entities: Entities;
  memory: SpeakerMemory;
  sentences: Sentence[];
  quotes: Quote[];
  chain: OpenChain | null;
  carry: Family | null;
  sentenceCount: number;
  /** The "X said:" sentence that introduced the list items being read. */
  listIntro: Attribution | null;
  /** Paragraph counter (captions and headings do not count) for carrying speakers over. */
  para: number;
  decideCarry(b: number, last: RawQuote | undefined): Family | null;
}

interface Candidate extends RawQuote { rejected: boolean }

export function analyzeBlock(ctx: BlockContext, b: number): void {
  const block = ctx.blocks[b]!;
  const text = block.text;
  if (block.kind !== 'caption') ctx.para++;
  const raws: Candidate[] = scanQuotes(text, ctx.carry).map((r) => ({ ...trim(text, r), rejected: false })).filter((r) => r.end > r.start);
  const lastRaw = raws[raws.length - 1];
  const carryIn = ctx.carry;
  ctx.carry = ctx.decideCarry(b, lastRaw);
  let q = 0;
  const inQuote = (i: number): boolean => {
    while (q < raws.length && raws[q]!.end <= i) q++;
    const r = raws[q];
    return r !== undefined && !r.rejected && r.start <= i;
  };
  const facts: SentenceFacts[] = [];
  const first = ctx.sentenceCount;
  if (block.kind !== 'list-item') ctx.listIntro = null;
  for (const s of splitSentences(text, block.kind)) {
    const tokens = tokenize(text, s.start, s.end, raws.length > 0 ? inQuote : notQuoted);
    for (const r of raws) {
      if (r.start < s.start || r.start >= s.end) continue;
      const multi = r.continued || (r.open && ctx.carry !== null) || (r.open && isSpeechBefore(tokens, r.start));
      if (isQuotation({ tokens, first: firstIndexAt(tokens, r.start), end: firstIndexAt(tokens, r.end), speechContext: hasSpeechContext(tokens), multiParagraph: multi })) continue;
      r.rejected = true;
      for (const t of tokens) if (t.start >= r.start && t.start < r.end) t.quoted = false;
    }
    ctx.entities.sentence = ++ctx.sentenceCount;
    const f = sentenceFacts(block, s.start, s.end, tokens, ctx.entities, ctx.supported);
    f.listIntro = ctx.listIntro;
    facts.push(f);
  }
  const chainSentences = assignQuotes(ctx, b, text, raws.filter((r) => !r.rejected), facts, first, carryIn);
  for (let i = 0; i < facts.length; i++) {
    const f = facts[i]!;
    const sentence = label(ctx.rules, f, b);
    ctx.sentences.push(sentence);
    for (const [member, idx] of chainSentences) if (idx === i) member.sentences.push(sentence);
    if (sentence.label === 'attributed' && sentence.source !== null && f.quotes.length === 0) {
      ctx.memory.lastSpeech = { name: sentence.source, block: ctx.para, sentence: first + i + 1 };
    }
    if (f.text.charCodeAt(f.end - 1) === 58 /* : */) {
      const cue = f.attributions.find((a) => a.source?.kind === 'named' && a.speech);
      if (cue) ctx.memory.colon = { cue, block: ctx.para, sentence: first + i + 1 };
      if (cue && ctx.blocks[b + 1]?.kind === 'list-item') ctx.listIntro = cue;
    }
  }
}

function assignQuotes(
  ctx: BlockContext, b: number, text: string, raws: RawQuote[], facts: SentenceFacts[], first: number, carryIn: Family | null,
): [OpenChain['members'][number], number][] {
  const chainSentences: [OpenChain['members'][number], number][] = [];
  for (const r of raws) {
    const quote: Quote = { block: b, start: r.start, end: r.end, text: text.slice(r.start, r.end), speaker: null };
    const touched: number[] = [];
    for (let i = 0; i < facts.length; i++) if (facts[i]!.start < r.end && facts[i]!.end > r.start) touched.push(i);
    const atts = touched.flatMap((i) => facts[i]!.attributions);
    const cue = pickCue(r.start, r.end, atts);
    const blocked = touched.some((i) => hasSpeechContext(facts[i]!.tokens));
    const own = facts[touched[0] ?? 0];
    let introduced: Attribution | null = null;
    if (own && ctx.supported && !cue?.source) {
      const personBefore = (i: number): string | null => (own.persons[0] && own.persons[0].index < i ? own.persons[0].name : null);
      const src = introducer(text, own.tokens, r.start, ctx.entities, personBefore);
      if (src) introduced = { via: 'speech', cueIndex: -1, cueText: text.slice(src.start, src.end), cueStart: src.start, cueEnd: src.end, speech: true, source: src };
    }
    const sentenceIndex = first + (touched[0] ?? 0) + 1;
    const speaking = assignSpeaker(quote, cue, blocked, ctx.memory, sentenceIndex, introduced, ctx.para);
    if (cue?.source?.kind === 'named' && cue.source.person && quote.speaker) ctx.entities.lastPerson = quote.speaker;
    for (const i of touched) facts[i]!.quotes.push(speaking);
    ctx.quotes.push(quote);
    ctx.memory.lastQuote = { speaker: quote.speaker, block: ctx.para, sentence: first + (touched[touched.length - 1] ?? 0) + 1 };
    const inChain = (r.continued && carryIn !== null && ctx.chain !== null) || (r.open && ctx.carry !== null);
    if (inChain) {
      if (!r.continued || ctx.chain === null) ctx.chain = { members: [] };
      const member = { speaking, sentences: [] as Sentence[] };
      ctx.chain.members.push(member);
      for (const i of touched) chainSentences.push([member, i]);
    }
  }
  return chainSentences;
}

const notQuoted = (): boolean => false;

function label(rules: readonly Rule[], f: SentenceFacts, b: number): Sentence {
  const text = f.text.slice(f.start, f.end);
  for (const rule of rules) {
    const r = rule.apply(f);
    if (!r) continue;
    if (rule.label === 'other') break;
    return { block: b, start: f.start, end: f.end, text, label: rule.label, source: r.source, reason: r.reason };
  }
  return { block: b, start: f.start, end: f.end, text, label: 'other', source: null };
}

/** A cue or a noun of speech outside quotations: the sentence presents words as someone's. */
function hasSpeechContext(tokens: Token[]): boolean {
  for (const t of tokens) {
    if (t.quoted || t.kind !== 'word') continue;
    if (CUE_FORMS.has(t.lower) || SPEECH_NOUN_SET.has(t.lower) || t.lower === 'according') return true;
  }
  return false;
}

/** `He said: “...` — a cue right before an opening mark. */
function isSpeechBefore(tokens: Token[], offset: number): boolean {
  const i = firstIndexAt(tokens, offset);
  for (let k = i - 1; k >= 0 && i - k <= 3; k--) if (CUE_FORMS.has(tokens[k]!.lower)) return true;
  return false;
}

function firstIndexAt(tokens: Token[], offset: number): number {
  let i = 0;
  while (i < tokens.length && tokens[i]!.start < offset) i++;
  return i;
}

function trim(text: string, r: RawQuote): RawQuote {
  let { start, end } = r;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return { ...r, start, end };
}
