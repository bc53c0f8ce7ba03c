/**
 * The analyze CLI, run as a user runs it (tsx src/cli/analyze.ts): text and HTML input, --json
 * shape and offsets, and one-line errors with non-zero exit codes for bad input.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const SEED = join(process.cwd(), '..', 'shared', 'examples', 'seed-article.html');
let dir: string;

function cli(args: string[], input?: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/analyze.ts', ...args], {
    encoding: 'utf8',
    input,
    env: { ...process.env, FORCE_COLOR: '', NO_COLOR: '1' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

interface Json {
  title: string | null;
  language: string;
  counts: Record<string, number>;
  blocks: { kind: string; text: string }[];
  sentences: { block: number; text: string; label: string; source: string | null; reason: { rule: string; text: string } | null; start: number; end: number }[];
  quotes: { block: number; text: string; speaker: string | null; start: number; end: number }[];
  note?: string;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'says-who-cli-'));
  writeFileSync(join(dir, 'story.txt'), 'Minister resigns over leak\n\n“I take full responsibility,” Jane Doe said on Monday.\n\nCritics say the leak was deliberate. The inquiry found 12 breaches.\n');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]));
  writeFileSync(join(dir, 'empty.txt'), '  \n\n ');
  writeFileSync(join(dir, 'article-fr.txt'), 'La réforme est adoptée\n\n« Nous avons tenu parole », a déclaré la ministre dans un communiqué.\n\nDes experts estiment que le texte est trop vague et que les députés ont cédé.\n');
  writeFileSync(join(dir, 'articolo-it.txt'), 'La riforma è approvata\n\n« Abbiamo mantenuto la parola », ha dichiarato il ministro in una nota.\n\nAlcuni esperti ritengono che il testo sia troppo vago e che la riforma non sia utile per il paese.\n');
  writeFileSync(join(dir, 'home.html'), '<!doctype html><html><body><nav><a href="/a">A</a><a href="/b">B</a></nav><ul><li><a href="/x">Story one</a></li><li><a href="/y">Story two</a></li></ul></body></html>');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('analyze CLI', { timeout: 30_000 }, () => {
  it('prints a summary and the marked sentences of a text file', () => {
    const r = cli([join(dir, 'story.txt')]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Minister resigns over leak');
    expect(r.out).toContain('[quote] “I take full responsibility,” Jane Doe said on Monday.');
    expect(r.out).toContain('source: Jane Doe');
    expect(r.out).toContain('[vague] Critics say the leak was deliberate.');
    expect(r.out).not.toMatch(/\u001b\[/);
  });

  it('says what a language gets: French speakers, attributed and vague but no unsourced; Italian quotations only', () => {
    const fr = cli([join(dir, 'article-fr.txt')]);
    expect(fr.out).toContain('language: fr (detected) – word lists for speakers, attributed and vague; no unsourced label in this language');
    expect(fr.out).toContain('source: la ministre');
    expect(fr.out).toContain('[vague] Des experts estiment');
    expect((JSON.parse(cli(['--json', join(dir, 'article-fr.txt')]).out) as { coverage: string }).coverage).toBe('no-unsourced');
    const it = cli([join(dir, 'articolo-it.txt')]);
    expect(it.out).toContain('language: it (detected) – no word lists: only quotations are marked');
  });

  it('colours by label when FORCE_COLOR is set', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/analyze.ts', join(dir, 'story.txt')], { encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '1', NO_COLOR: '' } });
    expect(r.stdout).toMatch(/\u001b\[36m\[quote\]/);
  });

  it('--json prints one object whose offsets slice the blocks', () => {
    const r = cli(['--json', join(dir, 'story.txt')]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as Json;
    expect(Object.keys(j)).toEqual(expect.arrayContaining(['title', 'language', 'sentences', 'quotes', 'counts', 'blocks']));
    expect(j.title).toBe('Minister resigns over leak');
    expect(j.language).toBe('en');
    for (const s of j.sentences) expect(j.blocks[s.block]!.text.slice(s.start, s.end)).toBe(s.text);
    for (const q of j.quotes) expect(j.blocks[q.block]!.text.slice(q.start, q.end)).toBe(q.text);
    expect(j.quotes).toEqual([{ block: 1, text: 'I take full responsibility,', speaker: 'Jane Doe', start: 1, end: 28 }]);
    expect(j.counts.quote).toBe(1);
    const vague = j.sentences.find((s) => s.label === 'vague');
    expect(vague?.reason?.rule).toMatch(/^vague\./);
  });

  it('reads the seed page through the extension’s article reader', () => {
    const r = cli(['--json', SEED]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as Json;
    expect(j.title).toContain('Putin’s Confidential Diplomacy');
    expect(j.quotes.length).toBeGreaterThanOrEqual(17);
    expect(j.blocks.some((b) => b.text.includes('Sources please'))).toBe(false);
    for (const s of j.sentences) expect(j.blocks[s.block]!.text.slice(s.start, s.end)).toBe(s.text);
  });

  it('reads standard input', () => {
    const r = cli(['--json', '-'], 'Critics say the plan failed. “It is over,” said Jane Doe.');
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as Json).quotes[0]?.speaker).toBe('Jane Doe');
  });

  it.each([
    ['a missing file', ['no/such/file.html'], 2, /no such file/],
    ['a binary file', ['BINARY'], 2, /binary/],
    ['an empty file', ['EMPTY'], 2, /empty/],
    ['no argument', [], 1, /expected one file/],
    ['an unknown option', ['--frobnicate', 'x.txt'], 1, /unknown option/i],
  ])('one-line error and a non-zero exit for %s', (_name, args, code, message) => {
    const r = cli(args.map((a) => (a === 'BINARY' ? join(dir, 'binary.txt') : a === 'EMPTY' ? join(dir, 'empty.txt') : a)));
    expect(r.code).toBe(code);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(message);
    expect(r.out).toBe('');
  });

  it('a page with no article: a note, an empty result and exit code 3', () => {
    const text = cli([join(dir, 'home.html')]);
    expect(text.code).toBe(3);
    expect(text.err).toMatch(/no article/);
    const json = cli(['--json', join(dir, 'home.html')]);
    expect(json.code).toBe(3);
    const j = JSON.parse(json.out) as Json;
    expect(j.sentences).toEqual([]);
    expect(j.note).toMatch(/no article/);
  });

  it('documents the offsets in --help', () => {
    const r = cli(['--help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('blocks[block].text.slice(start, end)');
  });
});
