/**
 * Compares the engine's labels on ../shared/examples/seed-article.html with the worked example
 * seed-article.labels.json and prints accuracy and the differences.
 * Run: npx tsx scripts/eval-seed.ts [--all]
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { analyze } from '../src/core/index.ts';
import { readArticle } from '../src/page/read.ts';

interface Expected { sentences: { text: string; label: string; source: string | null }[]; quotes: { text: string; speaker: string | null }[] }

const html = readFileSync('../shared/examples/seed-article.html', 'utf8');
const expected = JSON.parse(readFileSync('../shared/examples/seed-article.labels.json', 'utf8')) as Expected;
const { document } = parseHTML(html);
const read = readArticle(document as unknown as Document, { isHidden: () => false });
if (!read) throw new Error('no article');
const result = analyze(read.input);
const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();
const got = new Map(result.sentences.map((s) => [norm(s.text), s]));
let right = 0;
for (const e of expected.sentences) {
  const g = got.get(norm(e.text));
  const ok = g?.label === e.label;
  if (ok) right++;
  if (!ok || process.argv.includes('--all')) console.log(`${ok ? 'ok ' : 'BAD'} want ${e.label}/${e.source} got ${g ? `${g.label}/${g.source} ${g.reason?.text ?? ''}` : 'MISSING'} :: ${e.text.slice(0, 90)}`);
  else if (g && (g.source ?? '').toLowerCase() !== (e.source ?? '').toLowerCase()) console.log(`src want ${e.source} got ${g.source} :: ${e.text.slice(0, 80)}`);
}
const expectedTexts = new Set(expected.sentences.map((e) => norm(e.text)));
for (const s of result.sentences) if (!expectedTexts.has(norm(s.text))) console.log(`EXTRA ${s.label}: ${s.text.slice(0, 100)}`);
let found = 0;
let speakers = 0;
let known = 0;
const used = new Set<number>();
for (const e of expected.quotes) {
  const i = result.quotes.findIndex((q, k) => !used.has(k) && norm(q.text) === norm(e.text));
  if (i < 0) { console.log(`QUOTE MISSING: ${e.text}`); continue; }
  used.add(i);
  found++;
  const q = result.quotes[i]!;
  if (e.speaker !== null) {
    known++;
    if ((q.speaker ?? '').toLowerCase() === e.speaker.toLowerCase()) speakers++;
    else console.log(`SPEAKER want ${e.speaker} got ${q.speaker}: ${e.text.slice(0, 60)}`);
  } else if (q.speaker !== null) console.log(`SPEAKER want null got ${q.speaker}: ${e.text.slice(0, 60)}`);
}
result.quotes.forEach((q, k) => { if (!used.has(k)) console.log(`QUOTE EXTRA: ${q.text}`); });
console.log(`sentences ${right}/${expected.sentences.length} = ${(right / expected.sentences.length).toFixed(3)}; quotes ${found}/${expected.quotes.length}, extra ${result.quotes.length - found}; speakers ${speakers}/${known}`);
