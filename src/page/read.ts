/**
 * The page layer's single entry point: find the article, map its text, and shape the engine's
 * input. The content script and the CLI both call this, so they read pages the same way and
 * their counts agree.
 */
import type { ArticleInput } from '../core/types.ts';
import { findArticleAndTexts, type FindOptions, type FoundArticle } from './article.ts';
import { buildTextMapFrom, type TextMap } from './text-map.ts';

/** What reading a page gives: the article, its text map, and the engine input built from it. */
export interface ReadResult {
  article: FoundArticle;
  map: TextMap;
  input: ArticleInput;
}

/** Reads the article on `doc`; null when the page is not an article. */
export function readArticle(doc: Document, opts?: FindOptions): ReadResult | null {
  const found = findArticleAndTexts(doc, opts);
  if (found === null) return null;
  const { article, texts } = found;
  const map = buildTextMapFrom(article, doc, opts, texts);
  const input: ArticleInput = { blocks: map.blocks };
  if (article.language !== null) input.language = article.language;
  return { article, map, input };
}
