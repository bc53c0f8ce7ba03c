import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { NON_NEWS_PAGES, SHARED_DIR } from '../../test/e2e/harness/paths.ts';

/** Folder of the real pages the bench and the e2e tests load (never copied into the repo). */
export const CORPUS_DIR = join(SHARED_DIR, 'corpus/readability');

/** One corpus page: its name (file name without .html) and HTML size in bytes. */
export interface CorpusPage {
  name: string;
  bytes: number;
}

/** All corpus pages, by name. */
export function corpusPages(): CorpusPage[] {
  return readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => ({ name: f.slice(0, -5), bytes: statSync(join(CORPUS_DIR, f)).size }));
}

/** The news pages the targets are judged on: every corpus page but the non-articles. */
export function newsPages(): CorpusPage[] {
  const skip = new Set<string>(NON_NEWS_PAGES);
  return corpusPages().filter((p) => !skip.has(p.name));
}
