import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Generates the hardening issue's huge pages at test time (never committed: they are MBs):
 * a 1 MB single article, a page of 100,000 elements, and an article nested 2,000 levels deep.
 * The text mixes the four labels so the extension has real work on each of them.
 */

const NAMES = ['Maria Keller', 'Tomas Rivera', 'Aiko Tanaka', 'Samuel Osei', 'Lena Novak', 'Pedro Alves'];
const ORGS = ['the health ministry', 'the city council', 'the central bank', 'the port authority'];

/** One paragraph of news-like text; `i` picks the pattern so labels vary deterministically. */
export function newsParagraph(i: number): string {
  const who = NAMES[i % NAMES.length]!;
  const org = ORGS[i % ORGS.length]!;
  switch (i % 5) {
    case 0: return `“We will not accept a delay of ${i % 40 + 2} weeks,” ${who} told reporters on Tuesday. The talks resumed after a short break.`;
    case 1: return `According to ${org}, spending rose by ${i % 17 + 3} per cent last year, the highest figure since 2009.`;
    case 2: return `Critics say the plan was rushed through without consultation, and some observers believe it will be reversed.`;
    case 3: return `The project will cost more than ${i % 90 + 10} million euros and create ${i % 500 + 100} jobs by the end of the decade.`;
    default: return `${who}, a spokesperson for ${org}, said: “The figures speak for themselves.” Others were less sure.`;
  }
}

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>\n`;
}

/** ~`bytes` of article text in one <article>. */
export function oneMegArticle(bytes = 1_000_000): string {
  const parts: string[] = [`<article><h1>A very long report</h1>`];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const p = newsParagraph(i);
    size += Buffer.byteLength(p);
    parts.push(`<p>${p}</p>`);
  }
  parts.push('</article>');
  return page('A very long report', parts.join('\n'));
}

/** About `count` elements: word-level spans in the article plus a huge link list beside it. */
export function manyElements(count = 100_000): string {
  const parts: string[] = ['<nav><ul>'];
  const navItems = Math.floor(count * 0.2 / 2);
  for (let i = 0; i < navItems; i++) parts.push(`<li><a href="/section/${i}">Section ${i}</a></li>`);
  parts.push('</ul></nav><article><h1>Every word in its own element</h1>');
  let elements = navItems * 2 + 4;
  for (let i = 0; elements < count; i++) {
    const words = newsParagraph(i).split(' ');
    parts.push(`<p>${words.map((w) => `<span>${w}</span>`).join(' ')}</p>`);
    elements += words.length + 1;
  }
  parts.push('</article>');
  return page('Every word in its own element', parts.join('\n'));
}

/** The article wrapped in `depth` nested divs, and one sentence inside `depth` nested spans. */
export function deepNesting(depth = 2000): string {
  const paragraphs = Array.from({ length: 40 }, (_, i) => `<p>${newsParagraph(i)}</p>`).join('\n');
  const deepSentence = `${'<span>'.repeat(depth)}${newsParagraph(0)}${'</span>'.repeat(depth)}`;
  const article = `<article><h1>Deep inside</h1>${paragraphs}<p>${deepSentence}</p></article>`;
  return page('Deep inside', `${'<div>'.repeat(depth)}${article}${'</div>'.repeat(depth)}`);
}

/** File names of the generated pages, relative to the folder they were written to. */
export const HUGE_PAGES = { oneMegArticle: 'huge-1mb-article.html', manyElements: 'huge-100k-elements.html', deepNesting: 'huge-2000-deep.html' } as const;

/** Writes the three pages into `dir`; serve it with `startServer({ roots: { '/generated/': dir } })`. */
export async function writeHugePages(dir: string): Promise<typeof HUGE_PAGES> {
  await writeFile(join(dir, HUGE_PAGES.oneMegArticle), oneMegArticle());
  await writeFile(join(dir, HUGE_PAGES.manyElements), manyElements());
  await writeFile(join(dir, HUGE_PAGES.deepNesting), deepNesting());
  return HUGE_PAGES;
}
