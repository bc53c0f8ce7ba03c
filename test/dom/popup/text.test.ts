import { describe, expect, it } from 'vitest';
import { translatorFrom } from '../../../src/popup/i18n.ts';
import { buildReport, escapeMarkdown, sourcingSentence } from '../../../src/popup/report.ts';
import { sourcingOf } from '../../../src/popup/sourcing.ts';
import { tabFromQuery } from '../../../src/popup/tab-query.ts';
import { messages, t } from './fake-api.ts';
import { seedLikeSummary } from './summary-fixture.ts';

describe('locale messages', () => {
  it('every named placeholder is defined, and every $n has a placeholder', () => {
    for (const [key, entry] of Object.entries(messages)) {
      const names = [...entry.message.matchAll(/\$([A-Z_]+)\$/g)].map((m) => m[1]!.toLowerCase());
      expect(Object.keys(entry.placeholders ?? {}).sort(), key).toEqual([...new Set(names)].sort());
      expect(entry.message, key).not.toMatch(/\$[1-9]/);
    }
  });

  it('translatorFrom substitutes like browser.i18n', () => {
    const tr = translatorFrom({ a: { message: '$X$ of $Y$ ($$5)', placeholders: { x: { content: '$1' }, y: { content: '$2' } } } });
    expect(tr('a' as never, [3, 'ten'])).toBe('3 of ten ($5)');
    expect(tr('missing' as never)).toBe('missing');
  });
});

describe('sourcing and report', () => {
  it('named + vague + none add up to all claims', () => {
    const s = sourcingOf(seedLikeSummary());
    expect(s).toEqual({ total: 11, named: 5, vague: 2, none: 4 });
    expect(s.named + s.vague + s.none).toBe(s.total);
  });

  it('builds the Markdown report', () => {
    const report = buildReport(seedLikeSummary(), t);
    expect(report).toBe(
      [
        '# Exclusive: Confidential Diplomacy in Pursuit of Peace',
        '',
        '<https://news.example/world/peace-talks>',
        '',
        '5 of 11 claims name a source; 2 rely on vague sources; 4 have none.',
        '',
        '| Kind | Count |',
        '| --- | ---: |',
        '| Quotations | 4 |',
        '| Named sources | 2 |',
        '| Vague sources | 2 |',
        '| Unsourced | 3 |',
        '',
        '## Who is quoted',
        '',
        '- Volodymyr Zelensky: 2 quotations',
        '- Dmitry Peskov: 1 quotation',
        '',
        '## Unsourced claims',
        '',
        '- US envoys arrived in Moscow for late-night talks.',
        '- Millions have been displaced.',
        '- The sanctions cost billions.',
        '',
        '## Claims with vague sources',
        '',
        '- Critics say the plan favours Moscow. (critics)',
        '- Officials said the talks were tense. (officials)',
        '',
        '_Report made by Says Who, which labels sentences automatically and can be wrong._',
        '',
      ].join('\n'),
    );
  });

  it('says so when an article has no claims', () => {
    const empty = seedLikeSummary({ counts: { quote: 0, attributed: 0, vague: 0, unsourced: 0, other: 4 }, claims: [], speakers: [] });
    expect(sourcingSentence(empty, t)).toBe('No claims found in this article: nothing here needs a source.');
  });

  it('gives a one-claim article a sentence of its own, not "1 of 1 claims"', () => {
    const one = (counts: Partial<Record<'quote' | 'attributed' | 'vague' | 'unsourced', number>>) =>
      sourcingSentence(seedLikeSummary({ counts: { quote: 0, attributed: 0, vague: 0, unsourced: 0, other: 3, ...counts }, claims: [], speakers: [] }), t);
    expect(one({ attributed: 1 })).toBe('The one claim here names a source.');
    expect(one({ vague: 1 })).toBe('The one claim here relies on a vague source.');
    expect(one({ unsourced: 1 })).toBe('The one claim here has no source.');
    expect(one({ attributed: 2 })).toMatch(/^2 of 2 claims name a source/);
  });

  it('escapes page text so it cannot inject Markdown', () => {
    expect(escapeMarkdown('a *b* [c](javascript:x) <img>\n# d')).toBe('a \\*b\\* \\[c\\](javascript:x) \\<img\\> \\# d');
  });

  it('reads the target tab from ?tab=', () => {
    expect(tabFromQuery('?tab=42')).toBe(42);
    expect(tabFromQuery('?tab=-1')).toBeNull();
    expect(tabFromQuery('?tab=abc')).toBeNull();
    expect(tabFromQuery('')).toBeNull();
  });
});

describe('locale hygiene', () => {
  it('every English message is used by the code or the manifest', async () => {
    const { readFileSync, readdirSync, statSync } = await import('node:fs');
    const { join, resolve } = await import('node:path');
    const root = resolve(import.meta.dirname, '../../..');
    const files: string[] = [join(root, 'manifest.config.ts')];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.(ts|tsx)$/.test(name)) files.push(path);
      }
    };
    walk(join(root, 'src'));
    const code = files.map((f) => readFileSync(f, 'utf8')).join('\n');
    const unused = Object.keys(messages).filter((key) => !code.includes(`'${key}'`) && !code.includes(`__MSG_${key}__`));
    expect(unused).toEqual([]);
  });
});
