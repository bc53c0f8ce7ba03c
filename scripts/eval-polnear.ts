/**
 * How many of PolNeAR's annotated attributions the engine finds, over
 * ../shared/corpus/polnear-train (see its README for how they map to our labels).
 * Run: npx tsx scripts/eval-polnear.ts [--limit N] [--show-misses N] [--show-extras N] [--show-speakers N] [--show-reported N] [--context N]
 *
 * - quotation recall: annotated direct quotations (Content holding double quotation marks)
 *   overlapped by an engine quotation; precision: engine quotations overlapping any annotated Content.
 * - speaker accuracy: over matched quotations whose annotated Source contains a name (a
 *   capitalised word that is not a pronoun): the engine's speaker shares the name's last word;
 *   and over those whose Source is he/she, resolved to the nearest earlier named Source.
 * - reported speech: attributions without quotation marks whose cue is outside any quotation;
 *   share of their sentences the engine labels attributed or vague (or quote).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { analyze, type Analysis } from '../src/core/index.ts';
import { plainTextBlocks } from '../src/cli/plain-text.ts';

const { values } = parseArgs({ options: { limit: { type: 'string' }, 'show-misses': { type: 'string' }, 'show-extras': { type: 'string' }, 'show-speakers': { type: 'string' }, 'show-reported': { type: 'string' }, context: { type: 'string' } } });
/** With --context N, each speaker error also shows N characters of the text before the quotation (newlines as ' / '). */
const CONTEXT = values.context ? Number(values.context) : 0;
const around = (text: string, start: number, end: number): string => (CONTEXT > 0 ? `\n      ${text.slice(Math.max(0, start - CONTEXT), Math.min(text.length, end + 60)).replace(/\n+/g, ' / ')}` : '');
const dir = '../shared/corpus/polnear-train';
const files = readdirSync(join(dir, 'text')).filter((f) => f.endsWith('.txt')).sort().slice(0, values.limit ? Number(values.limit) : undefined);

interface Span { start: number; end: number; text: string }
interface Attr { source: Span | null; cue: Span | null; content: Span[] }

function parseAnn(ann: string): Attr[] {
  const spans = new Map<string, { type: string; pieces: Span[] }>();
  const out: Attr[] = [];
  for (const line of ann.split('\n')) {
    const [id, meta, text] = line.split('\t');
    if (!id || !meta) continue;
    if (id.startsWith('T')) {
      const sp = meta.indexOf(' ');
      const type = meta.slice(0, sp);
      const pieces = meta.slice(sp + 1).split(';').map((p) => {
        const [a, b] = p.trim().split(' ').map(Number);
        return { start: a!, end: b!, text: text ?? '' };
      });
      spans.set(id, { type, pieces });
    }
  }
  for (const line of ann.split('\n')) {
    if (!line.startsWith('E')) continue;
    const parts = (line.split('\t')[1] ?? '').split(' ');
    const get = (role: string): { pieces: Span[] } | undefined => {
      const p = parts.find((x) => x.startsWith(role + ':'));
      return p ? spans.get(p.split(':')[1]!) : undefined;
    };
    out.push({ source: get('Source')?.pieces[0] ?? null, cue: get('Cue')?.pieces[0] ?? null, content: get('Content')?.pieces ?? [] });
  }
  return out;
}

const QUOTE_MARK = /["“”]/;
const PRONOUN = /^(he|she|him|her|they|i|we|it|you)$/i;
const TITLE_WORD = /^(The|A|An|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Sen\.?|Senator|Rep\.?|Gov\.?|Governor|President|Secretary|Former|Democratic|Republican|Speaker|House|Vice|Sen|Rep|Gov|GOP|U\.S\.|US)$/;
/** The surname of the first name in a source phrase ("Terry Giles, a longtime friend" -> "Giles"). */
const nameOf = (s: string): string | null => {
  const head = s.split(/,|\(| of | at | who | from /)[0] ?? '';
  const words = head.replace(/[’']s\b/g, '').split(/\s+/);
  let run: string[] = [];
  for (const w of words) {
    if (/^\p{Lu}[\p{L}\-.’']+$/u.test(w) && !PRONOUN.test(w) && !TITLE_WORD.test(w)) run.push(w);
    else if (run.length > 0 && /^\p{Ll}/u.test(w)) run = [];
  }
  if (run.length === 0) return null;
  return run[run.length - 1]!;
};

let gold = 0, recalled = 0, engineQuotes = 0, precise = 0;
let namedTotal = 0, namedRight = 0, pronTotal = 0, pronRight = 0;
let reported = 0, reportedHit = 0;
const misses: string[] = [];
const extras: string[] = [];
const speakerErrors: string[] = [];
const reportedMisses: string[] = [];
const t0 = performance.now();
let bytes = 0;
let engineMs = 0;

for (const f of files) {
  const text = readFileSync(join(dir, 'text', f), 'utf8');
  const attrs = parseAnn(readFileSync(join(dir, 'attributions', f.replace(/\.txt$/, '.ann')), 'utf8'));
  const plain = plainTextBlocks(text);
  bytes += text.length;
  const s0 = performance.now();
  const result: Analysis = analyze({ blocks: plain.blocks, language: 'en' });
  engineMs += performance.now() - s0;
  const off = (b: number): number => plain.offsets[b]!;
  const quotes = result.quotes.map((q) => ({ start: off(q.block) + q.start, end: off(q.block) + q.end, speaker: q.speaker, text: q.text }));
  const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;
  const contents = attrs.flatMap((a) => a.content);
  engineQuotes += quotes.length;
  for (const q of quotes) {
    if (contents.some((c) => overlaps(c, q))) precise++;
    else extras.push(`${f}: ${q.text.slice(0, 100)}`);
  }
  // Gold speakers in text order, for resolving he/she.
  const ordered = attrs.filter((a) => a.source).sort((a, b) => a.source!.start - b.source!.start);
  for (const a of attrs) {
    const direct = a.content.filter((c) => QUOTE_MARK.test(text.slice(c.start, c.end)));
    if (direct.length > 0) {
      gold++;
      const hit = quotes.find((q) => direct.some((c) => overlaps(c, q)));
      if (hit) recalled++;
      else misses.push(`${f}: ${text.slice(direct[0]!.start, direct[0]!.end).slice(0, 100)}`);
      if (!hit || !a.source) continue;
      const srcText = text.slice(a.source.start, a.source.end);
      const name = nameOf(srcText);
      if (name) {
        namedTotal++;
        if (hit.speaker && hit.speaker.toLowerCase().includes(name.toLowerCase())) namedRight++;
        else speakerErrors.push(`${f}: gold "${srcText}" got ${hit.speaker} :: ${hit.text.slice(0, 60)}${around(text, hit.start, hit.end)}`);
      } else if (/^(he|she)$/i.test(srcText.trim())) {
        const prev = ordered.filter((o) => o.source!.start < a.source!.start && nameOf(text.slice(o.source!.start, o.source!.end))).pop();
        const resolved = prev ? nameOf(text.slice(prev.source!.start, prev.source!.end)) : null;
        if (resolved) {
          pronTotal++;
          if (hit.speaker && hit.speaker.toLowerCase().includes(resolved.toLowerCase())) pronRight++;
          else speakerErrors.push(`${f}: gold "${srcText}" (= ${resolved}) got ${hit.speaker} :: ${hit.text.slice(0, 60)}${around(text, hit.start, hit.end)}`);
        }
      }
    } else if (a.cue && a.source) {
      const cueAt = a.cue.start;
      if (quotes.some((q) => q.start <= cueAt && cueAt < q.end)) continue;
      const s = result.sentences.find((x) => off(x.block) + x.start <= cueAt && cueAt < off(x.block) + x.end);
      if (!s) continue;
      reported++;
      if (s.label === 'attributed' || s.label === 'vague' || s.label === 'quote') reportedHit++;
      else reportedMisses.push(`${f}: cue "${text.slice(a.cue.start, a.cue.end)}" source "${text.slice(a.source.start, a.source.end)}" got ${s.label} :: ${s.text.slice(0, 100)}`);
    }
  }
}

const pct = (a: number, b: number): string => (b === 0 ? '-' : (a / b).toFixed(3));
const rows: [string, string, string][] = [
  ['articles', String(files.length), ''],
  ['quotation recall', pct(recalled, gold), `${recalled}/${gold}`],
  ['quotation precision', pct(precise, engineQuotes), `${precise}/${engineQuotes}`],
  ['speaker accuracy (named source)', pct(namedRight, namedTotal), `${namedRight}/${namedTotal}`],
  ['speaker accuracy (he/she source)', pct(pronRight, pronTotal), `${pronRight}/${pronTotal}`],
  ['reported speech labelled attributed/vague/quote', pct(reportedHit, reported), `${reportedHit}/${reported}`],
  ["engine throughput (one cold pass)", `${(bytes / 1e6 / (engineMs / 1000)).toFixed(1)} MB/s`, `${(bytes / 1e6).toFixed(2)} MB in ${engineMs.toFixed(0)} ms`],
];
for (const [k, v, n] of rows) console.log(`${k.padEnd(48)} ${v.padStart(10)}  ${n}`);
const show = (label: string, list: string[], n: string | undefined): void => {
  if (!n) return;
  console.log(`\n${label}:`);
  for (const x of list.slice(0, Number(n))) console.log('  ' + x);
};
show('missed quotations', misses, values['show-misses']);
show('engine quotations outside any annotated content', extras, values['show-extras']);
show('speaker errors', speakerErrors, values['show-speakers']);
show('reported speech not labelled attributed/vague', reportedMisses, values['show-reported']);
console.error(`(${((performance.now() - t0) / 1000).toFixed(1)} s)`);
