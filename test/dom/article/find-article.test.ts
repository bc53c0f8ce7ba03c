import { describe, expect, test } from 'vitest';
import { findArticle } from '../../../src/page/article.ts';
import { buildTextMap } from '../../../src/page/text-map.ts';
import { articlePage, load, page, paragraphs, PARAGRAPHS } from './fixture.ts';

/** Texts of the article blocks found on `html` (null when the page is not an article). */
function texts(html: string): string[] | null {
  const doc = load(html);
  const article = findArticle(doc);
  if (article === null) return null;
  return buildTextMap(article, doc).blocks.map((b) => b.text);
}

describe('findArticle: what is article body', () => {
  test('headline first, then every body paragraph; nav, aside and footer left out', () => {
    const t = texts(articlePage());
    expect(t).toEqual(['Ministers approve new rules', ...PARAGRAPHS]);
  });

  test.each([
    ['figure caption', '<figure><img src="x.jpg" alt=""><figcaption>The minister arriving at the ministry on Tuesday.</figcaption></figure>', 'The minister arriving at the ministry on Tuesday.', 'caption'],
    ['block quote', '<blockquote>We will not back down, whatever the unions say.</blockquote>', 'We will not back down, whatever the unions say.', 'quote-block'],
    ['paragraph inside a block quote', '<blockquote><p>Nothing has been decided yet.</p></blockquote>', 'Nothing has been decided yet.', 'quote-block'],
    ['list inside the body', '<ul><li>Firms with fewer than ten staff are exempt.</li><li>Fines double after a second offence.</li></ul>', 'Fines double after a second offence.', 'list-item'],
    ['sub-heading', '<h2>What changes in March</h2><p>Inspections will be announced a day in advance.</p>', 'What changes in March', 'heading'],
  ])('%s is included', (_name, extra, expected, kind) => {
    const doc = load(articlePage(extra));
    const article = findArticle(doc);
    expect(article).not.toBeNull();
    const map = buildTextMap(article!, doc);
    const i = map.blocks.findIndex((b) => b.text === expected);
    expect(i).toBeGreaterThan(0);
    expect(map.blocks[i]!.kind).toBe(kind);
    expect(article!.blocks[i]!.kind).toBe(kind);
  });

  test.each([
    ['comments', '<section class="comments" aria-label="Comments"><h2>Comments (2)</h2><div class="comment"><b>reader_42</b>: Everyone knows the talks are theatre, and always were.</div></section>', ['Comments (2)', 'theatre']],
    ['comments by aria-label only', '<section aria-label="Comments"><p>First! This is the best article I have read all week, honestly.</p></section>', ['First!']],
    ['related stories', '<div class="related-stories"><h3>Related</h3><ul><li><a href="/x">Parliament votes on a different bill entirely</a></li></ul></div>', ['Parliament votes', 'Related']],
    ['most read list', '<div class="most-read"><h3>Most read</h3><ol><li><a href="/y">Ten things to know</a></li></ol></div>', ['Ten things', 'Most read']],
    ['share bar', '<div class="share-bar"><a href="https://facebook.com/share">Share on Facebook</a> <a href="#">Tweet</a></div>', ['Share on Facebook', 'Tweet']],
    ['newsletter sign-up', '<div class="newsletter-signup"><p>Sign up for our morning briefing, delivered to your inbox every day.</p></div>', ['morning briefing']],
    ['advert', '<div class="ad-slot"><p>Advertisement</p></div><p>Advertisement</p>', ['Advertisement']],
    ['byline', '<p class="byline">By Jane Smith, Political Correspondent</p>', ['Jane Smith']],
    ['byline by its words', '<p>By Jane Smith and Tom Jones</p>', ['Jane Smith']],
    ['dateline with <time>', '<p>Published <time datetime="2026-01-20">20 January 2026</time> · Updated 21 January</p>', ['20 January']],
    ['read-more teaser', '<p><strong>Read more:</strong> <a href="/z">How the rules were written</a></p>', ['How the rules were written']],
    ['link-only paragraph', '<p><a href="/other">Minister resigns over unrelated expenses scandal</a></p>', ['resigns']],
    ['tag list', '<div class="article-tags"><a href="/tag/economy">Economy</a>, <a href="/tag/jobs">Jobs</a></div>', ['Economy']],
    ['nav inside the article', '<nav class="pager"><a href="/prev">Previous story about something else</a></nav>', ['Previous story']],
    ['aside (pull quote) inside the article', '<aside class="pullquote"><p>Rules are rules, said the minister at the time.</p></aside>', ['Rules are rules']],
    ['editable area', '<div contenteditable="true"><p>My draft reply, which the extension must never read.</p></div>', ['draft reply']],
    ['form controls', '<form><label>Your comment</label><textarea>typed text that is the reader\'s own</textarea><input value="more typed text"></form>', ['typed text']],
    ['cookie banner outside the article', '', ['cookies']],
    ['screen-reader-only label', '<figure><img src="a.jpg" alt=""><figcaption><span class="sr-only">Image caption, </span>Crowds outside the ministry.</figcaption></figure>', ['Image caption']],
  ])('%s is excluded', (_name, extra, absent) => {
    const outside = '<div id="cookie-consent" class="cookie-banner"><p>We use cookies to improve your experience, accept them to continue.</p></div>';
    const t = texts(articlePage(extra, { outside }));
    expect(t).not.toBeNull();
    const all = t!.join('\n');
    for (const a of absent) expect(all).not.toContain(a);
    for (const p of PARAGRAPHS) expect(t).toContain(p);
  });

  test.each([
    ['hidden attribute', '<p hidden>Hidden paragraph that must not be read at all.</p>'],
    ['inline display:none', '<p style="display: none">Hidden paragraph that must not be read at all.</p>'],
    ['inline visibility:hidden', '<p style="visibility:hidden">Hidden paragraph that must not be read at all.</p>'],
    ['aria-hidden', '<div aria-hidden="true"><p>Hidden paragraph that must not be read at all.</p></div>'],
    ['stylesheet display:none (checkVisibility)', '<style>.gone{display:none}</style><p class="gone">Hidden paragraph that must not be read at all.</p>'],
    ['template', '<template><p>Hidden paragraph that must not be read at all.</p></template>'],
    ['noscript', '<noscript><p>Hidden paragraph that must not be read at all.</p></noscript>'],
    ['closed <details>', '<details><summary>More</summary><p>Hidden paragraph that must not be read at all.</p></details>'],
  ])('hidden text is skipped: %s', (_name, extra) => {
    const t = texts(articlePage(extra));
    expect(t!.join('\n')).not.toContain('Hidden paragraph');
  });

  test('works without <article>: scored containers, sidebar and comments left out', () => {
    const html = page(`<div id="top"><a href="/">The Example Times</a></div>
      <div class="wrap"><div class="story"><div class="story-head"><h1>Ministers approve new rules</h1></div>
        <div class="story-text">${paragraphs()}</div></div>
        <div class="sidebar"><p>Our picks: a long teaser text about something else, with commas, and more words.</p></div>
        <div id="disqus_thread"><p>Comment: I disagree with every word of this, and here is why, at length.</p></div></div>`);
    expect(texts(html)).toEqual(['Ministers approve new rules', ...PARAGRAPHS]);
  });

  test('a body split into columns is found whole (nytimes-style)', () => {
    const html = page(`<h1>Ministers approve new rules</h1><section name="articleBody">
      <div class="col"><div>${paragraphs(3)}</div></div><div class="ad"></div><div class="col"><div>${PARAGRAPHS.slice(3).map((p) => `<p>${p}</p>`).join('')}</div></div></section>`);
    expect(texts(html)).toEqual(['Ministers approve new rules', ...PARAGRAPHS]);
  });

  test('the headline is the heading that the title metadata names, not a logo <h1>', () => {
    const html = page(`<header><h1 class="logo">The Example Times</h1></header><div class="main"><h2>Ministers approve new rules</h2>${paragraphs()}</div>`, {
      head: '<meta property="og:title" content="Ministers approve new rules">',
    });
    const doc = load(html);
    const article = findArticle(doc);
    expect(article?.title).toBe('Ministers approve new rules');
    expect(buildTextMap(article!, doc).blocks[0]).toEqual({ kind: 'heading', text: 'Ministers approve new rules' });
  });

  test('a headline hidden by the stylesheet is not used; the visible one is', () => {
    const html = page(`<style>.print-only{display:none}</style><h1 class="print-only">Ministers approve new rules (print)</h1>
      <div><h1>Ministers approve new rules</h1>${paragraphs()}</div>`);
    expect(texts(html)).toEqual(['Ministers approve new rules', ...PARAGRAPHS]);
  });

  test('a body hidden by the stylesheet is passed over for the visible one', () => {
    const html = page(`<style>.amp-copy{display:none}</style><h1>Ministers approve new rules</h1>
      <div class="amp-copy">${paragraphs()}${paragraphs()}</div><div class="story">${paragraphs()}</div>`);
    expect(texts(html)).toEqual(['Ministers approve new rules', ...PARAGRAPHS]);
  });

  test('between headline and body: the standfirst and lead caption are kept, byline and kicker are not', () => {
    const html = page(`<div class="page"><div class="kicker"><a href="/politics">Politics</a></div>
      <header class="story-header"><h1>Ministers approve new rules</h1>
        <p class="standfirst">The rules, two years in the making, take effect in March.</p>
        <p>By Jane Smith</p><p><time datetime="2026-01-20">20 January 2026</time></p></header>
      <figure><img src="a.jpg" alt=""><figcaption>The minister on Tuesday.</figcaption></figure>
      <div class="story-body"><div class="text">${paragraphs()}</div></div>
      <div class="after"><p>Some unrelated paragraph after the body, with enough words to count.</p></div></div>`);
    expect(texts(html)).toEqual(['Ministers approve new rules', 'The rules, two years in the making, take effect in March.', 'The minister on Tuesday.', ...PARAGRAPHS]);
  });

  test('the root contains every block', () => {
    const doc = load(articlePage('<figure><figcaption>A caption under a photo.</figcaption></figure>'));
    const article = findArticle(doc)!;
    for (const b of article.blocks) expect(article.root.contains(b.element)).toBe(true);
  });
});

describe('findArticle: pages that are not articles', () => {
  const teaser = (i: number): string =>
    `<div class="card"><h3><a href="/story-${i}">Story number ${i} headline goes here</a></h3><p>A short summary of story ${i}, in one sentence.</p></div>`;
  test.each([
    ['home page of teaser cards', page(`<h1>The Example Times</h1>${Array.from({ length: 20 }, (_, i) => teaser(i)).join('')}`)],
    ['search results', page(`<h1>Search results for "rules"</h1><ol>${Array.from({ length: 15 }, (_, i) => `<li><a href="/r${i}">Result ${i}: rules about something</a><p>…the new rules, said the minister, would take effect…</p></li>`).join('')}</ol>`)],
    ['product page', page('<h1>Acme Blender 3000</h1><p>Price: $49.99</p><button>Add to cart</button><ul><li>600 W motor</li><li>1.5 l jar</li></ul><p>Free delivery on orders over $50.</p>')],
    ['web app shell', page('<div id="app"><input placeholder="Search mail"><div contenteditable="true">Compose your message…</div></div><script>boot()</script>')],
    ['link-dense reference page', page(`<h1>Rules</h1>${Array.from({ length: 6 }, (_, i) => `<p>A <a href="/wiki/r${i}">rule</a> is a <a href="/wiki/n${i}">norm</a> that <a href="/wiki/g${i}">governs</a> <a href="/wiki/c${i}">conduct</a>, as in <a href="/wiki/l${i}">law</a> and <a href="/wiki/s${i}">sport</a>.</p>`).join('')}`)],
    ['empty body', page('')],
    ['article hidden by the stylesheet', page(`<style>.paywall-hidden{display:none}</style><h1>Ministers approve new rules</h1><div class="paywall-hidden">${paragraphs()}</div>`)],
  ])('%s -> null', (_name, html) => {
    expect(findArticle(load(html))).toBeNull();
  });
});

describe('findArticle: language', () => {
  test.each([
    [{ lang: 'en-GB' }, 'en-GB'],
    [{ lang: 'fr' }, 'fr'],
    [{ lang: '' }, null],
    [{ lang: '', head: '<meta property="og:locale" content="pt_BR">' }, 'pt-BR'],
    [{ lang: 'not a tag!' }, null],
  ])('%j -> %s', (opts, expected) => {
    expect(findArticle(load(articlePage('', opts)))?.language).toBe(expected);
  });
});
