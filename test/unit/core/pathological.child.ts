/**
 * Run in its own process by quotes.test.ts: analyses a megabyte of random quotation marks and
 * apostrophes and prints the CPU milliseconds `analyze` took (a separate process, so other test
 * workers do not count).
 */
import { analyze } from '../../../src/core/index.ts';

const kind = process.argv[2] === 'sentences' ? 'sentences' : 'run-on';
const marks = ['"', "'", '“', '”', '‘', '’', '«', '»', '„', '‚', '‹', '›', ' ', 'a'];
if (kind === 'sentences') marks.push('.', '\n');
let seed = 7;
const parts: string[] = [];
for (let i = 0; i < 1_000_000; i++) {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  parts.push(marks[seed % marks.length]!);
}
const text = parts.join('');
const t = process.cpuUsage();
const a = analyze({ blocks: [{ kind: 'paragraph', text }], language: 'en' });
const used = process.cpuUsage(t);
process.stdout.write(JSON.stringify({ cpuMs: (used.user + used.system) / 1000, sentences: a.sentences.length }));
