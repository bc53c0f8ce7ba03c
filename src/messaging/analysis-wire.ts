/**
 * The analysis's sentences and quotations as they travel from the background to the page: runs
 * of integers, written as comma-separated strings, plus one table of strings per message. The
 * page parses every reply with zod on its main thread, just when the reader is waiting for the
 * marks. A few hundred small objects with nested reasons took 2-13 ms to parse there. Flat
 * arrays of numbers still took about 4 ms on a cold page, because zod checks them one element at
 * a time. A string is one check, and this module then validates every number itself. Texts
 * never travel back: a sentence's, a quotation's and a trigger's text are slices of the blocks
 * the page sent. The engine guarantees that a trigger's text is its slice (see
 * test/unit/core/invariants.test.ts).
 */
import { LABELS, type Block, type Quote, type Reason, type Sentence } from '../core/types.ts';

/** Trigger kinds in wire order (a trigger's kind travels as its index). */
const TRIGGER_KINDS = ['cue', 'source', 'vague', 'signal', 'speaker'] as const;

/** Numbers per sentence: block, start, end, label index, source (string index or -1), reason (offset into `reasons` or -1). */
const SENTENCE_SIZE = 6;
/** Numbers per quotation: block, start, end, speaker (string index or -1). */
const QUOTE_SIZE = 4;
/** Numbers per reason before its triggers: rule (string index), text (string index), trigger count. */
const REASON_HEAD = 3;
/** Numbers per trigger: kind index, start, end. */
const TRIGGER_SIZE = 3;

/** One batch of sentences and quotations, packed: each run of integers is comma-separated ('' when empty). */
export interface PackedBatch {
  sentences: string;
  quotes: string;
  /** Each reason: rule, text, trigger count, then kind, start, end per trigger. */
  reasons: string;
  /** Sources, speakers, reason rules and texts, each once. */
  strings: string[];
}

/** A run of integers as written by packBatch; anything else (a stray character, an empty field) fails. */
const INTEGER_RUN = /^-?\d+(?:,-?\d+)*$/;

/** The integers of a packed run, or null when it is not one. */
function integers(run: string): number[] | null {
  if (run === '') return [];
  return INTEGER_RUN.test(run) ? run.split(',').map(Number) : null;
}

/** Packs sentences and quotations for one message (their texts are left out). */
export function packBatch(sentences: readonly Sentence[], quotes: readonly Quote[]): PackedBatch {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const ref = (s: string | null): number => {
    if (s === null) return -1;
    let i = index.get(s);
    if (i === undefined) {
      i = strings.push(s) - 1;
      index.set(s, i);
    }
    return i;
  };
  const reasons: number[] = [];
  const packReason = (r: Reason): number => {
    const at = reasons.length;
    reasons.push(ref(r.rule), ref(r.text), r.triggers.length);
    for (const t of r.triggers) reasons.push(TRIGGER_KINDS.indexOf(t.kind), t.start, t.end);
    return at;
  };
  const packed: number[] = [];
  for (const s of sentences) packed.push(s.block, s.start, s.end, LABELS.indexOf(s.label), ref(s.source), s.reason ? packReason(s.reason) : -1);
  const packedQuotes: number[] = [];
  for (const q of quotes) packedQuotes.push(q.block, q.start, q.end, ref(q.speaker));
  return { sentences: packed.join(','), quotes: packedQuotes.join(','), reasons: reasons.join(','), strings };
}

/** The text of [start, end) of block `b`, or null when the span does not lie inside a block that was sent. */
function spanText(blocks: readonly Block[], b: number, start: number, end: number): string | null {
  const text = Number.isInteger(b) ? blocks[b]?.text : undefined;
  if (text === undefined || !Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) return null;
  return text.slice(start, end);
}

/**
 * Unpacks a batch against the blocks that were sent: null when anything does not check out (a
 * span outside its block, a missing block, a fractional offset, an index past a table, a count
 * that overruns), so a confused or foreign reply draws nothing rather than marks in the wrong place.
 */
export function unpackBatch(batch: PackedBatch, blocks: readonly Block[]): { sentences: Sentence[]; quotes: Quote[] } | null {
  const { strings } = batch;
  const s = integers(batch.sentences);
  const q = integers(batch.quotes);
  const reasons = integers(batch.reasons);
  if (s === null || q === null || reasons === null || s.length % SENTENCE_SIZE !== 0 || q.length % QUOTE_SIZE !== 0) return null;
  // -1 is "none"; anything else must name a string of the table.
  const str = (i: number): string | null | undefined => (i === -1 ? null : Number.isInteger(i) ? strings[i] : undefined);
  const unpackReason = (at: number, block: number): Reason | null => {
    if (!Number.isInteger(at) || at < 0 || at + REASON_HEAD > reasons.length) return null;
    const rule = str(reasons[at]!);
    const text = str(reasons[at + 1]!);
    const count = reasons[at + 2]!;
    if (typeof rule !== 'string' || typeof text !== 'string' || !Number.isInteger(count) || count < 0) return null;
    const first = at + REASON_HEAD;
    if (first + count * TRIGGER_SIZE > reasons.length) return null;
    const triggers: Reason['triggers'] = [];
    for (let t = first; t < first + count * TRIGGER_SIZE; t += TRIGGER_SIZE) {
      const kind = TRIGGER_KINDS[reasons[t]!];
      const start = reasons[t + 1]!;
      const end = reasons[t + 2]!;
      const slice = spanText(blocks, block, start, end);
      if (kind === undefined || slice === null) return null;
      triggers.push({ kind, text: slice, start, end });
    }
    return { rule, text, triggers };
  };
  const sentences: Sentence[] = [];
  for (let i = 0; i < s.length; i += SENTENCE_SIZE) {
    const block = s[i]!;
    const start = s[i + 1]!;
    const end = s[i + 2]!;
    const text = spanText(blocks, block, start, end);
    const label = LABELS[s[i + 3]!];
    const source = str(s[i + 4]!);
    if (text === null || label === undefined || source === undefined) return null;
    const sentence: Sentence = { block, start, end, text, label, source };
    if (s[i + 5] !== -1) {
      const reason = unpackReason(s[i + 5]!, block);
      if (reason === null) return null;
      sentence.reason = reason;
    }
    sentences.push(sentence);
  }
  const quotes: Quote[] = [];
  for (let i = 0; i < q.length; i += QUOTE_SIZE) {
    const block = q[i]!;
    const start = q[i + 1]!;
    const end = q[i + 2]!;
    const text = spanText(blocks, block, start, end);
    const speaker = str(q[i + 3]!);
    if (text === null || speaker === undefined) return null;
    quotes.push({ block, start, end, text, speaker });
  }
  return { sentences, quotes };
}
