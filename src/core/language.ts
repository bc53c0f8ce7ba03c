/**
 * The page's language: its `lang` attribute wins; otherwise a cheap stopword count over the
 * first few thousand characters. Only languages with word lists get attributed/vague labels, and
 * only English gets unsourced (coverageOf).
 */
import { STOPWORDS, SUPPORTED_LANGUAGES } from './lexicon/stopwords.ts';
import type { Block } from './types.ts';
import { isGeneralPunctuation } from './text/chars.ts';
import { foreignLexicon, type LanguageLexicon } from './lexicon/foreign.ts';

const SAMPLE = 4000;
const WORD = /\p{L}/uy;

function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  if (isGeneralPunctuation(c)) return false;
  WORD.lastIndex = i;
  return WORD.test(text);
}
const MAX_STOPWORD = 7;

/** Each stopword with the languages it belongs to: one lookup per sampled word. */
const LANGS_OF = new Map<string, string[]>();
for (const [lang, words] of Object.entries(STOPWORDS)) for (const w of words) LANGS_OF.set(w, [...(LANGS_OF.get(w) ?? []), lang]);

/** Primary subtag, lowercased ("en-GB" -> "en"). */
export function primaryLanguage(tag: string): string {
  return tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

export function detectLanguage(blocks: Block[]): string {
  let sample = '';
  for (const b of blocks) {
    sample += b.text.length > SAMPLE ? b.text.slice(0, SAMPLE) : b.text;
    sample += ' ';
    if (sample.length > SAMPLE) break;
  }
  const counts = new Map<string, number>();
  const text = sample.slice(0, SAMPLE).toLowerCase();
  // Words are runs of letters; ASCII letters are told by char code, others by WORD (\p{L}).
  let i = 0;
  while (i < text.length) {
    if (!isLetterAt(text, i)) { i++; continue; }
    const start = i;
    while (i < text.length && isLetterAt(text, i)) i++;
    const langs = i - start <= MAX_STOPWORD ? LANGS_OF.get(text.slice(start, i)) : undefined;
    if (langs) for (const lang of langs) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  }
  let best = 'und';
  let bestCount = 2;
  for (const [lang, n] of counts) if (n > bestCount) { best = lang; bestCount = n; }
  return best;
}

/** The language to report: the page's declared tag if any, else the detected one. */
export function pageLanguage(declared: string | undefined, blocks: Block[]): string {
  if (declared && declared.trim() !== '' && primaryLanguage(declared) !== 'und') return declared.trim();
  return detectLanguage(blocks);
}

export function isSupported(language: string): boolean {
  return coverageOf(language).lists !== 'none';
}

/**
 * What the engine labels on a page in this language: 'full' (English: every label), 'no-unsourced'
 * (French, Spanish, German, Portuguese: quotations with speakers, `attributed`, `vague`, but no
 * `unsourced`), 'none' (quotations only, speakers unknown). `foreign` is the word lists of a
 * 'no-unsourced' language.
 */
export interface Coverage {
  lists: 'full' | 'no-unsourced' | 'none';
  foreign: LanguageLexicon | null;
}

export function coverageOf(language: string): Coverage {
  const primary = primaryLanguage(language);
  if (SUPPORTED_LANGUAGES.includes(primary)) return { lists: 'full', foreign: null };
  const foreign = foreignLexicon(primary);
  return foreign ? { lists: 'no-unsourced', foreign } : { lists: 'none', foreign: null };
}
