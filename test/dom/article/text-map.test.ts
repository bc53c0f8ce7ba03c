import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import type { FoundArticle } from '../../../src/page/article.ts';
import { buildTextMap, type TextMap } from '../../../src/page/text-map.ts';
import { readArticle } from '../../../src/page/read.ts';
import { findArticle } from '../../../src/page/article.ts';
import { articlePage, load, page } from './fixture.ts';

/** A map over the given block elements (by id), without article detection in the way. */
function mapOf(body: string, ids: string[] = ['b'], head = ''): { doc: Document; map: TextMap; article: FoundArticle } {
  const doc = load(page(body, { head }));
  const blocks = ids.map((id) => ({ kind: 'paragraph' as const, element: doc.getElementById(id)! }));
  const article: FoundArticle = { title: '', language: 'en', root: doc.body, blocks };
  return { doc, map: buildTextMap(article, doc), article };
}

/**
 * What a Range shows, compared loosely: whitespace removed (Range.toString() has no character for
 * a <br> and keeps uncollapsed runs) and soft hyphens dropped. Fixtures have no hidden text.
 */
function loose(s: string): string {
  return s.replace(/[\u00ad\u200b\s]/g, '');
}

describe('block text', () => {
  test.each([
    ['whitespace runs collapse and ends are trimmed', '<p id="b">  Hello\n   <em>big</em>\t  world  </p>', 'Hello big world'],
    ['inline elements are transparent', '<p id="b">The <a href="/x">re<b>po</b>rt</a> said <strong>no</strong>.</p>', 'The report said no.'],
    ['<br> gives a newline', '<p id="b">Line one<br>Line two</p>', 'Line one\nLine two'],
    ['spaces around <br> fold into the newline', '<p id="b">Line one <br> <br>  Line two</p>', 'Line one\nLine two'],
    ['leading and trailing <br> are trimmed', '<p id="b"><br>Text<br></p>', 'Text'],
    ['no-break spaces count as whitespace', '<p id="b">10&nbsp;&nbsp;km away</p>', '10 km away'],
    ['soft hyphens and zero-width spaces are dropped', '<p id="b">Usha&shy;kov met Zelen\u200bsky</p>', 'Ushakov met Zelensky'],
    ['hidden inline text is skipped', '<p id="b">Visible <span hidden>secret </span>text<span style="display:none"> gone</span>.</p>', 'Visible text.'],
    ['screen-reader-only text is skipped', '<p id="b"><span class="visually-hidden">Image caption, </span>Crowds gathered.</p>', 'Crowds gathered.'],
    ['form controls and media are skipped', '<p id="b">Type <input value="x"> here <img alt="pic"> now<textarea>no</textarea></p>', 'Type here now'],
    ['a nested block is not part of the outer block', '<li id="b">Intro <p>Inner text.</p> tail</li>', 'Intro tail'],
  ])('%s', (_name, body, expected) => {
    expect(mapOf(body).map.blocks[0]!.text).toBe(expected);
  });

  test('nested blocks become separate blocks, not double counted', () => {
    const doc = load(articlePage('<ul><li>Intro line, with a comma.<p>Inner paragraph of the item.</p></li></ul>'));
    const texts = readArticle(doc)!.map.blocks.map((b) => b.text);
    expect(texts).toContain('Intro line, with a comma.');
    expect(texts).toContain('Inner paragraph of the item.');
    expect(texts.filter((t) => t.includes('Inner paragraph')).length).toBe(1);
  });
});

describe('links', () => {
  const head = '<link rel="canonical" href="https://news.example.co.uk/world/story">';
  test.each([
    ['another site', 'https://www.other.org/study', true],
    ['same site, other subdomain', 'https://www.example.co.uk/politics', false],
    ['same-site tag page', '/tag/economy', false],
    ['same-site category page', '/world/europe', false],
    ['same-site PDF report', '/files/annual-report.pdf', true],
    ['same-site reports section', '/reports/2026-budget', true],
    ['government site', 'https://www.ons.gov.uk/employment/bulletins/latest', true],
    ['article slug that mentions a report', '/news/report-finds-growth', false],
  ])('%s -> external %s', (_name, href, external) => {
    const { map } = mapOf(`<p id="b">See <a href="${href}">the source</a> for more.</p>`, ['b'], head);
    const block = map.blocks[0]!;
    expect(block.links).toHaveLength(1);
    const link = block.links![0]!;
    expect(block.text.slice(link.start, link.end)).toBe('the source');
    // The test document is served from localhost, so the canonical URL stands for the page's address.
    expect(link.href).toBe(new URL(href, 'https://news.example.co.uk/world/story').href);
    expect(link.external).toBe(external);
  });

  test('anchors, mailto: and javascript: links are dropped; spans exclude surrounding whitespace', () => {
    const { map } = mapOf('<p id="b"><a href="#top">Top</a> <a href="mailto:a@b.c">mail</a> <a href="javascript:void 0">js</a> and <a href="https://x.org/">  spaced  link </a> end</p>');
    const block = map.blocks[0]!;
    expect(block.links?.map((l) => block.text.slice(l.start, l.end))).toEqual(['spaced link']);
  });

  test('a link split by <br> and inline elements covers all its text', () => {
    const { map } = mapOf('<p id="b">Read <a href="https://x.org/"><em>part one</em><br>part two</a>.</p>');
    const block = map.blocks[0]!;
    const l = block.links![0]!;
    expect(block.text.slice(l.start, l.end)).toBe('part one\npart two');
  });
});

describe('rangeFor and locate', () => {
  const messy =
    '<div><p id="a">  The <a href="/x">Kremlin</a>   described\n the <em>meeting</em> as ‘useful,’<br>  marking a Usha&shy;kov  moment. </p>' +
    '<p id="b"><span>Time</span> or <b>political</b><br><br>will?</p></div>';

  test('every range shows the block text it stands for, and locate inverts it', () => {
    const { map } = mapOf(messy, ['a', 'b']);
    map.blocks.forEach((block, b) => {
      const n = block.text.length;
      for (let s = 0; s < n; s++) {
        for (let e = s + 1; e <= n; e++) {
          const r = map.rangeFor(b, s, e);
          expect(r).not.toBeNull();
          expect(loose(r!.toString())).toBe(loose(block.text.slice(s, e)));
          expect(map.locate(r!.startContainer, r!.startOffset)).toEqual({ block: b, offset: s });
          expect(map.locate(r!.endContainer, r!.endOffset)).toEqual({ block: b, offset: e === n ? n : e });
        }
      }
    });
  });

  test('collapsed ranges and out-of-bounds requests', () => {
    const { map } = mapOf(messy, ['a', 'b']);
    const n = map.blocks[0]!.text.length;
    expect(map.rangeFor(0, 3, 3)?.collapsed).toBe(true);
    expect(map.rangeFor(0, n, n)?.collapsed).toBe(true);
    expect(map.rangeFor(0, -1, 2)).toBeNull();
    expect(map.rangeFor(0, 0, n + 1)).toBeNull();
    expect(map.rangeFor(0, 5, 2)).toBeNull();
    expect(map.rangeFor(7, 0, 1)).toBeNull();
  });

  test('locate: points in collapsed whitespace map to the next character; points outside blocks give null', () => {
    const { doc, map } = mapOf('<p id="b">One   <em>two</em></p><p id="out">Elsewhere</p>');
    const first = doc.getElementById('b')!.firstChild!;
    expect(map.blocks[0]!.text).toBe('One two');
    expect(map.locate(first, 4)).toEqual({ block: 0, offset: 4 });
    expect(map.locate(first, 5)).toEqual({ block: 0, offset: 4 });
    expect(map.locate(doc.getElementById('b')!, 1)).toEqual({ block: 0, offset: 4 });
    expect(map.locate(doc.getElementById('out')!.firstChild!, 2)).toBeNull();
  });

  test('locate inside hidden text falls on the next visible character', () => {
    const { doc, map } = mapOf('<p id="b">Visible <span hidden>secret</span>text</p>');
    const hidden = doc.querySelector('span')!.firstChild!;
    expect(map.locate(hidden, 3)).toEqual({ block: 0, offset: 'Visible '.length });
  });

  test('property: random inline markup round-trips', () => {
    const word = fc.constantFrom('alpha', 'beta', 'Gamma', '‘quote’', 'x\u00ady', '42,', 'end.');
    const space = fc.constantFrom(' ', '  ', '\n  ', '\t', '&nbsp;', '');
    const leaf = fc.tuple(space, word, space).map(([a, w, b]) => `${a}${w}${b}`);
    const node: fc.Arbitrary<string> = fc.letrec<{ n: string }>((tie) => ({
      n: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        leaf,
        fc.constant('<br>'),
        fc.tuple(fc.constantFrom('em', 'b', 'span', 'a href="/l"'), fc.array(tie('n'), { maxLength: 3 })).map(
          ([tag, kids]) => `<${tag}>${kids.join('')}</${tag.split(' ')[0]}>`,
        ),
      ),
    })).n;
    fc.assert(
      fc.property(fc.array(node, { minLength: 1, maxLength: 6 }), fc.nat(), fc.nat(), (kids, x, y) => {
        const { map } = mapOf(`<p id="b">${kids.join('')}</p>`);
        const text = map.blocks[0]!.text;
        expect(text).toBe(text.trim());
        expect(text).not.toMatch(/ {2}|\n | \n|\n\n|\u00ad/);
        if (text.length === 0) return;
        const s = x % text.length;
        const e = s + 1 + (y % (text.length - s));
        const r = map.rangeFor(0, s, e)!;
        expect(loose(r.toString())).toBe(loose(text.slice(s, e)));
        expect(map.locate(r.startContainer, r.startOffset)).toEqual({ block: 0, offset: s });
      }),
      { numRuns: 150 },
    );
  });
});

describe('nodesIn', () => {
  test('counts the DOM nodes a mark spans (what the browser repaints for it)', () => {
    const { map } = mapOf('<p id="b">Some <em>text</em> here,<br>then more.</p>');
    const text = map.blocks[0]!.text;
    expect(map.nodesIn(0, 0, 4)).toBe(1);
    expect(map.nodesIn(0, 0, text.indexOf('here') - 1)).toBe(2);
    expect(map.nodesIn(0, 0, text.length)).toBe(5);
    expect(map.nodesIn(0, 3, 3)).toBe(0);
  });
});

describe('isStale', () => {
  test.each([
    ['nothing changed', () => undefined, false],
    ['a text node changed', (d: Document) => ((d.querySelector('#b em')!.firstChild as Text).data = 'changed'), true],
    ['a text node removed', (d: Document) => d.querySelector('#b em')!.remove(), true],
    ['the block removed', (d: Document) => d.getElementById('b')!.remove(), true],
    ['text added elsewhere', (d: Document) => d.body.append('new text'), false],
  ])('%s -> %s', (_name, change, stale) => {
    const { doc, map } = mapOf('<p id="b">Some <em>text</em> here.</p>');
    change(doc);
    expect(map.isStale()).toBe(stale);
  });

  test('a bounded check (the slow timer on a huge page) goes round the article and finds a change anywhere', () => {
    const paragraphs = Array.from({ length: 40 }, (_, i) => `<p id="p${i}">Para <em>${i}</em> text.</p>`).join('');
    const { doc, map } = mapOf(paragraphs, Array.from({ length: 40 }, (_, i) => `p${i}`));
    // 40 blocks of 3 text nodes: 10 nodes per call needs about a dozen calls per lap.
    for (let i = 0; i < 30; i++) expect(map.isStale(10)).toBe(false);
    const fresh = mapOf(paragraphs, Array.from({ length: 40 }, (_, i) => `p${i}`));
    expect(fresh.map.isStale(10)).toBe(false);
    (fresh.doc.querySelector('#p37 em')!.firstChild as Text).data = 'changed';
    // Bounded: the next call looks near the start of the article, not at paragraph 37...
    expect(fresh.map.isStale(10)).toBe(false);
    let calls = 1;
    while (!fresh.map.isStale(10) && calls < 30) calls++;
    // ...and the change is found within one lap.
    expect(calls).toBeLessThan(20);
    doc.getElementById('p3')!.remove();
    expect(map.isStale()).toBe(true);
  });
});

describe('readArticle', () => {
  test('gives the engine input: blocks in order, language from <html lang>', () => {
    const r = readArticle(load(articlePage('', { lang: 'en-GB' })))!;
    expect(r.input.language).toBe('en-GB');
    expect(r.input.blocks).toBe(r.map.blocks);
    expect(r.input.blocks[0]).toEqual({ kind: 'heading', text: 'Ministers approve new rules' });
    expect(r.article.blocks.length).toBe(r.map.blocks.length);
  });

  test('reading each block once (readArticle) gives the same map as findArticle + buildTextMap', () => {
    const doc = load(articlePage('<figure><figcaption>A <a href="https://x.org/">linked</a> caption.<br>Second line.</figcaption></figure>'));
    const once = readArticle(doc)!;
    const twice = buildTextMap(findArticle(doc)!, doc);
    expect(once.map.blocks).toEqual(twice.blocks);
    const last = once.map.blocks.length - 1;
    expect(once.map.rangeFor(last, 0, 5)!.toString()).toBe(twice.rangeFor(last, 0, 5)!.toString());
  });

  test('no language attribute -> no language field', () => {
    const r = readArticle(load(articlePage('', { lang: '' })))!;
    expect('language' in r.input).toBe(false);
  });

  test('a custom isHidden is honoured by both finder and map', () => {
    const doc = load(articlePage('<p class="paywalled">A paragraph behind the paywall, with details and numbers.</p>'));
    const r = readArticle(doc, { isHidden: (el) => el.classList.contains('paywalled') })!;
    expect(r.map.blocks.map((b) => b.text).join(' ')).not.toContain('paywall');
  });

  test('not an article -> null', () => {
    expect(readArticle(load(page('<h1>Shop</h1><p>Buy now.</p>')))).toBeNull();
  });
});
