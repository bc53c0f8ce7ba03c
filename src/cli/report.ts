/**
 * The CLI's two outputs. `toJson` is the machine-readable result (one object); `toText` is
 * the human summary with the marked sentences, coloured by label when colour is on.
 */
import type { Analysis, Block, Label } from '../core/index.ts';

/** The JSON the CLI prints with --json. Offsets: see the header of analyze.ts. */
export interface CliJson {
  source: string;
  title: string | null;
  language: string;
  /** 'page' when the page declared its language, 'detected' when guessed from the text. */
  languageFrom: 'page' | 'detected';
  supported: boolean;
  /** What the language's word lists cover (Analysis.coverage). */
  coverage: Analysis['coverage'];
  counts: Record<Label, number>;
  blocks: { kind: Block['kind']; text: string }[];
  sentences: { block: number; text: string; label: Label; source: string | null; reason: Analysis['sentences'][number]['reason'] | null; start: number; end: number }[];
  quotes: { block: number; text: string; speaker: string | null; start: number; end: number }[];
  note?: string;
}

export function toJson(source: string, title: string | null, declared: string | null, blocks: Block[], a: Analysis, note?: string): CliJson {
  const out: CliJson = {
    source,
    title,
    language: a.language,
    languageFrom: declared ? 'page' : 'detected',
    supported: a.supported,
    coverage: a.coverage,
    counts: a.counts,
    blocks: blocks.map((b) => ({ kind: b.kind, text: b.text })),
    sentences: a.sentences.map((s) => ({ block: s.block, text: s.text, label: s.label, source: s.source, reason: s.reason ?? null, start: s.start, end: s.end })),
    quotes: a.quotes.map((q) => ({ block: q.block, text: q.text, speaker: q.speaker, start: q.start, end: q.end })),
  };
  if (note) out.note = note;
  return out;
}

/** What the language line says each coverage gets. */
const COVERAGE_NOTE: Record<CliJson['coverage'], string> = {
  full: '',
  'no-unsourced': ' – word lists for speakers, attributed and vague; no unsourced label in this language',
  quotes: ' – no word lists: only quotations are marked',
};

const COLOURS: Record<Label, string> = { quote: '36', attributed: '32', vague: '33', unsourced: '35', other: '2' };

export interface TextOptions { colour: boolean; all: boolean }

export function toText(j: CliJson, opts: TextOptions): string {
  const paint = (label: Label, s: string): string => (opts.colour ? `\u001b[${COLOURS[label]}m${s}\u001b[0m` : s);
  const dim = (s: string): string => (opts.colour ? `\u001b[2m${s}\u001b[0m` : s);
  const bold = (s: string): string => (opts.colour ? `\u001b[1m${s}\u001b[0m` : s);
  const lines: string[] = [];
  lines.push(bold(j.title ?? '(no title)'));
  const lang = `${j.language} (${j.languageFrom === 'page' ? 'from the page' : 'detected'})${COVERAGE_NOTE[j.coverage]}`;
  lines.push(`language: ${lang}`);
  const total = j.sentences.length;
  const counts = (Object.keys(j.counts) as Label[]).map((l) => paint(l, `${l} ${j.counts[l]}`)).join(' · ');
  lines.push(`${total} sentences, ${j.quotes.length} quotations: ${counts}`);
  if (j.note) lines.push(`note: ${j.note}`);
  lines.push('');
  for (const s of j.sentences) {
    if (s.label === 'other' && !opts.all) continue;
    lines.push(`${paint(s.label, `[${s.label}]`)} ${s.text}`);
    const parts: string[] = [];
    if (s.source) parts.push(`source: ${s.source}`);
    if (s.reason?.text) parts.push(`why: ${s.reason.text} (${s.reason.rule})`);
    if (parts.length > 0) lines.push(dim(`    ${parts.join(' · ')}`));
  }
  return lines.join('\n') + '\n';
}
