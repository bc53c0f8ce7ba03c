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
import { introducer, subjectOfFragment } from './quotes/introducers.ts';
import type { Attribution } from './attribution/attribute.ts';
import type { Family } from './quotes/marks.ts';
import { splitSentences, type Span } from './sentences/split.ts';
import { tokenize, tokenIndexAt, type Token } from './text/tokens.ts';
import { isSpace } from './text/chars.ts';
import { sentenceFacts } from './facts.ts';
import { LEX, CUE_FORMS } from './lexicon/lookup.ts';
import { isReportingUse } from './attribution/cues.ts';
import { words } from './lexicon/words.ts';
import { MEMORY_CUES, EASE_ADJECTIVES } from './lexicon/reporting-verbs.ts';
import type { LanguageLexicon } from './lexicon/foreign.ts';

/** A quotation running over several paragraphs, waiting for its last paragraph. */
export interface OpenChain {
  members: { speaking: QuoteSpeaking; sentences: Sentence[] }[];
}

export interface BlockContext {
  blocks: Block[];
  supported: boolean;
  /** The word lists of a page in French, Spanish, German or Portuguese; null for English and for languages without lists. */
  foreign: LanguageLexicon | null;
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
  /** Paragraph counter (captions, list items and headings do not count) for carrying speakers over. */
  para: number;
  decideCarry(b: number, last: RawQuote | undefined): Family | null;
}

interface Candidate extends RawQuote { rejected: boolean }

/** Sentences analysed between two pauses inside one very long block. */
const SENTENCES_PER_STEP = 100;

/**
 * Block `b` being analysed. Its quotations are found and its sentences split when the run is
 * made; `step()` computes sentence facts and returns true after every SENTENCES_PER_STEP of them,
 * so that a single huge block (a page that is one enormous paragraph) can be spread over several
 * tasks; `finish()` gives the quotations their speakers and labels the sentences. Plain methods
 * rather than a generator: `analyze` drives ordinary blocks without any generator resumption.
 */
export class BlockRun {
  private readonly block: Block;
  private readonly raws: Candidate[] = [];
  private readonly spans: Span[];
  private readonly facts: SentenceFacts[] = [];
  /** Sentences of the article before this block. */
  private readonly first: number;
  private readonly carryIn: Family | null;
  /** Next span to analyse; first quotation not before it; quotation the tokeniser is in or before. */
  private span = 0;
  private next = 0;
  private q = 0;

  constructor(private readonly ctx: BlockContext, private readonly b: number) {
    const block = ctx.blocks[b]!;
    const text = block.text;
    this.block = block;
    if (block.kind === 'paragraph' || block.kind === 'quote-block') ctx.para++;
    for (const r of scanQuotes(text, ctx.carry)) {
      const c = trim(text, r) as Candidate;
      c.rejected = false;
      if (c.end > c.start) this.raws.push(c);
    }
    this.carryIn = ctx.carry;
    ctx.carry = ctx.decideCarry(b, this.raws[this.raws.length - 1]);
    this.first = ctx.sentenceCount;
    if (block.kind !== 'list-item') ctx.listIntro = null;
    this.spans = splitSentences(text, block.kind);
  }

  private readonly inQuote = (i: number): boolean => {
    const raws = this.raws;
    while (this.q < raws.length && raws[this.q]!.end <= i) this.q++;
    const r = raws[this.q];
    return r !== undefined && !r.rejected && r.start <= i;
  };

  // Resume a little before the end of a long quotation: its last words and closing mark matter.
  private readonly skipQuoted = (i: number): number => {
    const r = this.raws[this.q];
    return r !== undefined && r.start <= i && r.end - QUOTED_TAIL > i ? r.end - QUOTED_TAIL : i;
  };

  /** Computes the facts of the next sentences: true when it paused after SENTENCES_PER_STEP of them, false when all are done. */
  step(): boolean {
    const { ctx, raws, facts, block } = this;
    const text = block.text;
    while (this.span < this.spans.length) {
      const s = this.spans[this.span++]!;
      const bits = ctx.foreign?.bits;
      const { tokens, lex: lexAll } = raws.length > 0 ? tokenize(text, s.start, s.end, this.inQuote, this.skipQuoted, bits) : tokenize(text, s.start, s.end, notQuoted, undefined, bits);
      while (this.next < raws.length && raws[this.next]!.start < s.start) this.next++;
      const next = this.next;
      // Without word lists for the page's language, any quoted words may be someone's.
      const speech = next < raws.length && raws[next]!.start < s.end ? !ctx.supported || hasSpeechContext(tokens) : false;
      for (let k = next; k < raws.length && raws[k]!.start < s.end; k++) {
        const r = raws[k]!;
        const first = tokenIndexAt(tokens, r.start);
        const end = tokenIndexAt(tokens, r.end);
        const multi = r.continued || (r.open && ctx.carry !== null) || (r.open && isSpeechBefore(tokens, first));
        if (isQuotation({ tokens, first, end, speechContext: speech, multiParagraph: multi, markers: ctx.foreign?.scareMarkers, capitalisedNouns: ctx.foreign?.capitalisedNouns })) continue;
        r.rejected = true;
        for (let t = first; t < end; t++) tokens[t]!.quoted = false;
      }
      ctx.entities.sentence = ++ctx.sentenceCount;
      const f = sentenceFacts(block, s.start, s.end, tokens, ctx.entities, ctx.supported, lexAll, ctx.foreign);
      f.listIntro = ctx.listIntro;
      facts.push(f);
      if (facts.length % SENTENCES_PER_STEP === 0) return true;
    }
    return false;
  }

  /** After the last step: speakers for the block's quotations, then a label for each sentence. */
  finish(): void {
    const { ctx, b, raws, facts, first } = this;
    const text = this.block.text;
    const chainSentences = assignQuotes(ctx, b, text, raws.length > 0 ? raws.filter((r) => !r.rejected) : raws, facts, first, this.carryIn);
    for (let i = 0; i < facts.length; i++) {
      const f = facts[i]!;
      const sentence = label(ctx.rules, f, b);
      ctx.sentences.push(sentence);
      for (const member of chainSentences.get(i) ?? []) member.sentences.push(sentence);
      // (Not in French, Spanish, German, Portuguese: their verb lists are shorter, and a next
      // quotation introduced by a verb they lack would be handed to the wrong person.)
      if (sentence.label === 'attributed' && sentence.source !== null && f.quotes.length === 0 && ctx.foreign === null) {
        ctx.memory.lastSpeech = { name: sentence.source, block: ctx.para, sentence: first + i + 1 };
      }
      if (f.text.charCodeAt(f.end - 1) === 58 /* : */) {
        const cue = f.attributions.find((a) => a.source?.kind === 'named' && a.speech);
        if (cue) ctx.memory.colon = { cue, block: ctx.para, sentence: first + i + 1 };
        if (cue && ctx.blocks[b + 1]?.kind === 'list-item') ctx.listIntro = cue;
      }
    }
  }
}

type Member = OpenChain['members'][number];

/** No quotation in the block: no sentence joins a multi-paragraph chain (read-only, shared). */
const NO_CHAIN: ReadonlyMap<number, Member[]> = new Map();

/** How many of a block's later naming sentences namedSince reads (bounded: no quadratic scan). */
const RECENT_NAMING = 8;

function assignQuotes(
  ctx: BlockContext, b: number, text: string, raws: RawQuote[], facts: SentenceFacts[], first: number, carryIn: Family | null,
): ReadonlyMap<number, Member[]> {
  if (raws.length === 0) return NO_CHAIN;
  const chainSentences = new Map<number, Member[]>();
  // One cursor per sentence (by index in the block) that has cues.
  const near: (CueCursor | undefined)[] = [];
  // hasSpeechContext per sentence, computed at most once (after rejected quotations were unmarked).
  const speechContext: (boolean | undefined)[] = [];
  const speechContextAt = (i: number): boolean => (speechContext[i] ??= hasSpeechContext(facts[i]!.tokens));
  let from = 0;
  // The block's sentences that name a person and quote nobody, in order: a quotation's speaker
  // becomes the most recent person again only if none of them after it names someone else (the
  // block's sentences were all read before their quotations get speakers).
  const naming: number[] = [];
  for (let i = 0, q = 0; i < facts.length; i++) {
    const f = facts[i]!;
    while (q < raws.length && raws[q]!.end <= f.start) q++;
    const quoting = q < raws.length && raws[q]!.start < f.end;
    if (f.persons.length > 0 && !quoting) naming.push(i);
  }
  const namedSince = (after: number, speaker: string): boolean => {
    // The last few are enough: the people list keeps only the most recent ones.
    for (let n = naming.length - 1; n >= 0 && n >= naming.length - RECENT_NAMING && naming[n]! > after; n--) {
      for (const p of facts[naming[n]!]!.persons) if (p.name !== speaker) return true;
    }
    return false;
  };
  for (const r of raws) {
    const quote: Quote = { block: b, start: r.start, end: r.end, text: text.slice(r.start, r.end), speaker: null };
    // Sentences and quotations are both in text order: walk them together.
    while (from < facts.length && facts[from]!.end <= r.start) from++;
    const touched: number[] = [];
    for (let i = from; i < facts.length && facts[i]!.start < r.end; i++) touched.push(i);
    // Cues near the quotation only, so a giant run-on "sentence" stays linear.
    const atts: Attribution[] = [];
    for (const i of touched) {
      if (facts[i]!.attributions.length === 0) continue;
      for (const a of nearCues(near, i, facts[i]!.attributions, r.start - CUE_WINDOW, r.end + CUE_WINDOW)) atts.push(a);
    }
    const picked = pickCue(text, r.start, r.end, atts);
    const cue = picked?.source ? picked : nextSentenceCue(facts, touched, r.end) ?? picked;
    // A heading opens a new section: a cue-less quotation there is nobody's carried over.
    const blocked = touched.some(speechContextAt) || facts[0]?.kind === 'heading';
    const own = facts[touched[0] ?? 0];
    let introduced: Attribution | null = null;
    if (own && ctx.supported && ctx.foreign === null && !cue?.source) {
      const personBefore = (i: number): string | null => (own.persons[0] && own.persons[0].index < i ? own.persons[0].name : null);
      const src = introducer(text, own.tokens, r.start, ctx.entities, personBefore) ?? subjectOfFragment(text, own.tokens, r.start, ctx.entities);
      if (src) introduced = { via: 'speech', cueIndex: -1, cueText: text.slice(src.start, src.end), cueStart: src.start, cueEnd: src.end, speech: true, source: src };
    }
    const sentenceIndex = first + (touched[0] ?? 0) + 1;
    const speaking = assignSpeaker(quote, cue, blocked, ctx.memory, sentenceIndex, introduced, ctx.para);
    if (cue?.source?.kind === 'named' && cue.source.person && quote.speaker && !namedSince(touched[touched.length - 1] ?? 0, quote.speaker)) ctx.entities.lastPerson = quote.speaker;
    for (const i of touched) facts[i]!.quotes.push(speaking);
    ctx.quotes.push(quote);
    ctx.memory.lastQuote = { speaker: quote.speaker, block: ctx.para, sentence: first + (touched[touched.length - 1] ?? 0) + 1 };
    const inChain = (r.continued && carryIn !== null && ctx.chain !== null) || (r.open && ctx.carry !== null);
    if (inChain) {
      if (!r.continued || ctx.chain === null) ctx.chain = { members: [] };
      const member: Member = { speaking, sentences: [] };
      ctx.chain.members.push(member);
      for (const i of touched) chainSentences.set(i, [...(chainSentences.get(i) ?? []), member]);
    }
  }
  return chainSentences;
}

/** How far into the next sentence its cue may be (`?” Senate Majority Leader Mitch McConnell said`). */
const NEXT_CUE_TOKENS = 8;

/**
 * `“Would it be negotiable?” Hannity pressed.`: a quotation ending in ? or ! closes its sentence,
 * and the capitalised name after it starts the next one, which is still the quotation's cue. Only
 * when the quotation ends its sentence and the next sentence opens with a named subject and a
 * speech verb, before any quoted word.
 */
function nextSentenceCue(facts: SentenceFacts[], touched: number[], quoteEnd: number): Attribution | null {
  const last = touched[touched.length - 1];
  if (last === undefined) return null;
  const own = facts[last]!;
  const next = facts[last + 1];
  if (!next || own.end - quoteEnd > 2) return null;
  for (const a of next.attributions) {
    if (a.cueIndex < 0 || a.cueIndex > NEXT_CUE_TOKENS || !a.speech || a.source?.kind !== 'named') continue;
    if (a.via !== 'subject' || a.source.start < next.start) continue;
    let quoted = false;
    for (let k = 0; k <= a.cueIndex; k++) if (next.tokens[k]!.quoted || next.tokens[k]!.kind === 'punct' && next.tokens[k]!.text !== ',' && next.tokens[k]!.text !== '.') quoted = true;
    const after = next.tokens[a.cueIndex + 1];
    // "Hannity pressed.", "Dawson shouted, …", "McDonough wrote in an email": not "The campaign denied it."
    // "Trump asked reporters", "she told CNN": what follows asked/told is who was spoken to.
    const addressee = ADDRESSEE_CUES.has(next.tokens[a.cueIndex]!.lower);
    // "Rothman recalls thinking at the time": the gerund is what the quotation was.
    const thought = after !== undefined && MEMORY_CUE_SET.has(next.tokens[a.cueIndex]!.lower) && after.kind === 'word' && after.lower.endsWith('ing');
    const open = !after || addressee || thought || after.kind === 'punct' || AFTER_NEXT_CUE.has(after.lower) || after.lower.endsWith('ly');
    if (!quoted && open) return a;
  }
  return null;
}

const MEMORY_CUE_SET: ReadonlySet<string> = new Set(MEMORY_CUES);

/** Cues followed by the person spoken to rather than by what was said about something. */
const ADDRESSEE_CUES = new Set(words('asked asks told tells'));

/** Words that may follow the cue of a next-sentence attribution: a place, time or manner, not an object. */
const AFTER_NEXT_CUE = new Set(words(
  'in on at to during after before with from as while when then again later back via about '
  + 'over into through afterward afterwards recently earlier today yesterday last this',
));

const notQuoted = (): boolean => false;
const QUOTED_TAIL = 40;

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
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.quoted || t.kind !== 'word') continue;
    if ((t.lex & (LEX.speechNoun | LEX.according)) !== 0) return true;
    // Not after an adjective of ease: "tough to maintain", "hard to predict" report nothing.
    if ((t.lex & LEX.cue) !== 0 && isReportingUse(tokens, i, CUE_FORMS.get(t.lower)?.lemma ?? '') && !isInfinitive(tokens, i)) return true;
  }
  return false;
}

const EASE_SET: ReadonlySet<string> = new Set(EASE_ADJECTIVES);

/** "tough to maintain", "hard to predict": a cue word after an adjective of ease and "to". */
function isInfinitive(tokens: Token[], i: number): boolean {
  const to = tokens[i - 1];
  const before = tokens[i - 2];
  return to !== undefined && to.lower === 'to' && !to.quoted && before !== undefined && !before.quoted && EASE_SET.has(before.lower);
}

const CUE_WINDOW = 400;

/** A sentence's cues ordered by start, and how many of them lie wholly before every later window. */
interface CueCursor { order: number[]; skip: number }

/**
 * The attributions overlapping [from, to), in their original order. Quotations come in text
 * order, so cues that end before one window end before every later one and are skipped for good:
 * a run-on sentence of thousands of quotations and cues stays linear (filtering the whole list
 * per quotation was quadratic).
 */
function nearCues(cursors: (CueCursor | undefined)[], sentence: number, atts: Attribution[], from: number, to: number): Attribution[] {
  let c = cursors[sentence];
  if (!c) {
    c = { order: atts.map((_, i) => i).sort((x, y) => atts[x]!.cueStart - atts[y]!.cueStart || x - y), skip: 0 };
    cursors[sentence] = c;
  }
  while (c.skip < c.order.length && atts[c.order[c.skip]!]!.cueEnd <= from) c.skip++;
  const hit: number[] = [];
  for (let k = c.skip; k < c.order.length && atts[c.order[k]!]!.cueStart < to; k++) {
    if (atts[c.order[k]!]!.cueEnd > from) hit.push(c.order[k]!);
  }
  return hit.sort((x, y) => x - y).map((i) => atts[i]!);
}

/** `He said: “...` — a cue right before an opening mark (i: first token inside the quotation). */
function isSpeechBefore(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && i - k <= 3; k--) if (tokens[k]!.lex & LEX.cue) return true;
  return false;
}

/** Trims whitespace inside the marks, in place. */
function trim(text: string, r: RawQuote): RawQuote {
  while (r.start < r.end && isSpace(text.charCodeAt(r.start))) r.start++;
  while (r.end > r.start && isSpace(text.charCodeAt(r.end - 1))) r.end--;
  return r;
}
