/**
 * Acceptance on the worked example (../shared/examples): the seed page's article, read by the
 * extension's own reader (src/page/read.ts on a linkedom document), compared with
 * seed-article.labels.json by sentence text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, type Analysis } from '../../../src/core/index.ts';
import { readArticle } from '../../../src/page/read.ts';
import { isHiddenByMarkup } from '../../../src/page/visibility.ts';

const EXAMPLES = join(process.cwd(), '..', 'shared', 'examples');

interface Expected {
  sentences: { text: string; label: string; source: string | null }[];
  quotes: { text: string; speaker: string | null }[];
}

const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();
let expected: Expected;
let result: Analysis;
let blocks: string[];

beforeAll(() => {
  const html = readFileSync(join(EXAMPLES, 'seed-article.html'), 'utf8');
  expected = JSON.parse(readFileSync(join(EXAMPLES, 'seed-article.labels.json'), 'utf8')) as Expected;
  const { document } = parseHTML(html);
  const read = readArticle(document as unknown as Document, { isHidden: isHiddenByMarkup });
  if (!read) throw new Error('the seed page was not read as an article');
  blocks = read.input.blocks.map((b) => b.text);
  result = analyze(read.input);
});

describe('seed article acceptance', () => {
  it('labels at least 85% of the sentences as the worked example does', () => {
    const got = new Map(result.sentences.map((s) => [norm(s.text), s.label]));
    const right = expected.sentences.filter((e) => got.get(norm(e.text)) === e.label).length;
    expect(right / expected.sentences.length).toBeGreaterThanOrEqual(0.85);
  });

  it('finds at least 17 of the 18 quotations with at most one extra', () => {
    const remaining = result.quotes.map((q) => norm(q.text));
    let found = 0;
    for (const e of expected.quotes) {
      const i = remaining.indexOf(norm(e.text));
      if (i >= 0) {
        found++;
        remaining.splice(i, 1);
      }
    }
    expect(found).toBeGreaterThanOrEqual(17);
    expect(remaining.length).toBeLessThanOrEqual(1);
  });

  it('names the speaker of at least 90% of the quotations whose speaker is known', () => {
    const known = expected.quotes.filter((e) => e.speaker !== null);
    const right = known.filter((e) => result.quotes.some((q) => norm(q.text) === norm(e.text) && q.speaker === e.speaker)).length;
    expect(right / known.length).toBeGreaterThanOrEqual(0.9);
  });

  it('labels nothing outside the article body (comments, "Most read", footer)', () => {
    const outside = ['Nearly ready', 'Sources please', 'Most read', 'Comments (2)', 'reader_42'];
    for (const text of outside) expect(blocks.some((b) => b.includes(text))).toBe(false);
    const bodyTexts = new Set(expected.sentences.map((e) => norm(e.text)));
    const extra = result.sentences.filter((s) => !bodyTexts.has(norm(s.text)) && s.label !== 'other');
    expect(extra.map((s) => s.text)).toEqual([]);
  });
});
