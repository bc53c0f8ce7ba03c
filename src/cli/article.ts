/**
 * Turns loaded input into the engine's input. HTML goes through the same article detection as
 * the extension (`readArticle` of src/page/read.ts on a document parsed by linkedom, hidden
 * elements judged by markup alone); plain text is split into paragraphs (see plain-text.ts).
 */
import { parseHTML } from 'linkedom';
import type { ArticleInput } from '../core/index.ts';
import { readArticle } from '../page/read.ts';
import { isHiddenByMarkup } from '../page/visibility.ts';
import { plainTextBlocks } from './plain-text.ts';
import type { Loaded } from './load.ts';

export interface CliArticle {
  title: string | null;
  /** The page's declared language (`lang`), if any. */
  declaredLanguage: string | null;
  input: ArticleInput;
}

/** Null when an HTML page has no article (a home page, a product page). */
export function toArticle(loaded: Loaded): CliArticle | null {
  if (loaded.kind === 'text') {
    const plain = plainTextBlocks(loaded.content);
    return { title: plain.title, declaredLanguage: null, input: { blocks: plain.blocks } };
  }
  const { document } = parseHTML(loaded.content);
  const read = readArticle(document as unknown as Document, { isHidden: isHiddenByMarkup });
  if (!read) return null;
  return { title: read.article.title || null, declaredLanguage: read.article.language, input: read.input };
}
