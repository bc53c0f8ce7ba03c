/**
 * Small HTML pages for the article and text-map tests: load one into happy-dom's document, and
 * build bodies from a few realistic paragraphs so the finder sees enough prose to call it an article.
 */

/** Replaces the test document with `html` and returns it. */
export function load(html: string): Document {
  document.open();
  document.write(html);
  document.close();
  return document;
}

/** Distinct news-like paragraphs (each > 100 chars, with commas and full stops). */
export const PARAGRAPHS: readonly string[] = [
  'The minister said on Tuesday that the new rules, drafted over two years, would take effect in March.',
  'Critics of the plan, including several opposition lawmakers, argued that it would raise costs for small firms.',
  'According to the latest figures, unemployment fell to 4.1 percent in the third quarter, the lowest in a decade.',
  'Officials declined to say how many inspectors would be hired, but promised a report to parliament by the summer.',
  'Residents near the plant, who have complained about noise for years, welcomed the decision with cautious relief.',
  'The company, which employs about 3,000 people, said it had not yet decided whether to appeal the ruling.',
];

/** `<p>` elements for the first `n` paragraphs. */
export function paragraphs(n = PARAGRAPHS.length): string {
  return PARAGRAPHS.slice(0, n)
    .map((p) => `<p>${p}</p>`)
    .join('\n');
}

/** A full page: `<html lang>`, a title, and `body` as given. */
export function page(body: string, opts: { lang?: string; title?: string; head?: string } = {}): string {
  const lang = opts.lang === undefined ? ' lang="en"' : opts.lang === '' ? '' : ` lang="${opts.lang}"`;
  const title = opts.title ?? 'Ministers approve new rules | The Example Times';
  return `<!doctype html><html${lang}><head><title>${title}</title>${opts.head ?? ''}</head><body>${body}</body></html>`;
}

/** A standard article page: site header with nav, the article (headline + paragraphs + extra), an aside and a footer. */
export function articlePage(extra = '', opts: { lang?: string; title?: string; head?: string; outside?: string } = {}): string {
  return page(
    `<header class="site"><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/politics">Politics</a></nav></header>
     <main><article>
       <h1>Ministers approve new rules</h1>
       ${paragraphs()}
       ${extra}
     </article>
     <aside><h2>Most read</h2><ul><li><a href="/a">Ten things you did not know about the new rules, explained at length</a></li></ul></aside>
     ${opts.outside ?? ''}</main>
     <footer><p>© 2026 The Example Times. All rights reserved.</p></footer>`,
    opts,
  );
}
