/**
 * Element and text classifiers shared by the article finder and the text map: what is page
 * chrome (navigation, comments, share bars, ads...), what is visually hidden helper text, what is
 * an editable area, and which short blocks are furniture by their words.
 */
import { BLOCK_TAGS, CHROME_ROLES, CHROME_TAGS } from './tags.ts';
import {
  CHROME_NAME_MODIFIERS,
  CHROME_NAME_TOKENS,
  CHROME_TEXT_MAX_LENGTH,
  CHROME_TEXT_PATTERNS,
  GENERIC_NAME_TOKENS,
  HIDDEN_NAME_TOKENS,
  INLINE_MEDIA_NAME,
  POSITIVE_NAME_TOKENS,
  WEAK_CHROME_NAME_TOKENS,
} from './patterns.ts';

const WEAK = new Set(WEAK_CHROME_NAME_TOKENS);
const CHROME = new Set([...CHROME_NAME_TOKENS, ...WEAK_CHROME_NAME_TOKENS]);
const POSITIVE = new Set(POSITIVE_NAME_TOKENS);
const MODIFIERS = new Set(CHROME_NAME_MODIFIERS);
const HIDDEN = new Set(HIDDEN_NAME_TOKENS);
const GENERIC = new Set(GENERIC_NAME_TOKENS);
const LAYOUT_MARKERS = 'article, main, h1, [role="main"], [itemprop="articleBody"]';
const NAME_ATTRIBUTES = ['id', 'aria-label', 'data-component', 'data-testid', 'itemprop'] as const;

/** Splits one name ("MostRead__list", "article-body") into lower-case word tokens. */
export function nameTokens(name: string): string[] {
  return name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((t) => t !== '' && !/^\d+$/.test(t));
}

/** The separate names an element carries: each class, its id, aria-label, itemprop and component names. */
function elementNames(el: Element): string[] {
  const names: string[] = [];
  const cls = el.getAttribute('class');
  if (cls) for (const c of cls.split(/\s+/)) if (c !== '') names.push(c);
  for (const attr of NAME_ATTRIBUTES) {
    const v = el.getAttribute(attr);
    if (v) names.push(v);
  }
  return names;
}

/** A chrome token found in a name, and whether only generic words ("list", "wrapper") follow it. */
interface Hit {
  token: string;
  last: boolean;
}

/** Chrome tokens of one name, by token and joined token pairs ("most"+"read"); modifiers such as "has-" cancel. */
function nameHits(tokens: string[], set: ReadonlySet<string>): Hit[] {
  const hits: Hit[] = [];
  const lastAt = (i: number): boolean => tokens.slice(i + 1).every((t) => GENERIC.has(t));
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as string;
    const prev = i > 0 ? (tokens[i - 1] as string) : '';
    if (MODIFIERS.has(prev)) continue;
    if (set.has(t)) hits.push({ token: t, last: lastAt(i) });
    const next = tokens[i + 1];
    if (next !== undefined && set.has(t + next)) hits.push({ token: t + next, last: lastAt(i + 1) });
  }
  return hits;
}

/** Strong chrome words long enough to be recognised at the end of a compound ("storytimestamp"). */
const SUFFIXES = [...CHROME].filter((t) => t.length >= 6 && !WEAK.has(t));

/** True when a single token is a compound ending in a strong chrome word. */
function compoundHit(token: string): boolean {
  if (token.length < 9) return false;
  for (const s of SUFFIXES) if (token.length > s.length + 2 && token.endsWith(s)) return true;
  return false;
}

/** Names repeat across a page (and pages), so each is classified once. */
const memo = new Map<string, boolean>();
const MEMO_LIMIT = 20_000;

/**
 * True when one name marks chrome: a strong token anywhere (alone, joined with its neighbour, or
 * ending a compound), or a weak token as the name's head word ("article-tags", not WordPress's
 * "tag-amazon") in a name without a content word.
 */
function nameIsChrome(name: string): boolean {
  const known = memo.get(name);
  if (known !== undefined) return known;
  const tokens = nameTokens(name);
  const hits = nameHits(tokens, CHROME);
  let chrome: boolean;
  if (hits.some((h) => !WEAK.has(h.token))) chrome = true;
  else if (hits.length > 0) chrome = hits.some((h) => h.last) && !tokens.some((t) => POSITIVE.has(t));
  else chrome = tokens.some(compoundHit);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(name, chrome);
  return chrome;
}

/** Editable areas are the reader's own text, never the article's. */
export function isEditable(el: Element): boolean {
  const ce = el.getAttribute('contenteditable');
  return ce !== null && ce.toLowerCase() !== 'false';
}

/**
 * True for text that is never the article's, even inline: visually hidden helper text ("sr-only")
 * that browsers report as visible, photo credits, and inline wrappers around an image (whose
 * text is a caption inside a paragraph, as on msn.com).
 */
export function isHiddenHelper(el: Element): boolean {
  for (const name of elementNames(el)) if (nameHits(nameTokens(name), HIDDEN).length > 0) return true;
  if (BLOCK_TAGS.has(el.localName)) return false;
  const cls = el.getAttribute('class');
  return cls !== null && INLINE_MEDIA_NAME.test(cls) && el.querySelector('img, picture, video') !== null;
}

/**
 * True for page chrome: nav/aside/footer tags, landmark roles of chrome, editable areas, and
 * block-level or custom elements named like comments, related lists, share bars, ads or bylines.
 * `html`, `body` and `main` are never chrome, whatever their class says.
 */
export function isChrome(el: Element): boolean {
  const tag = el.localName;
  if (tag === 'html' || tag === 'body' || tag === 'main') return false;
  if (CHROME_TAGS.has(tag)) return true;
  const role = el.getAttribute('role');
  if (role !== null && CHROME_ROLES.has(role.toLowerCase())) return true;
  if (isEditable(el)) return true;
  if (!BLOCK_TAGS.has(tag) && !tag.includes('-')) return false;
  if (!elementNames(el).some(nameIsChrome)) return false;
  // A container that holds the page's article, main region or headline is layout, whatever its name.
  return el.getAttribute('itemprop') !== 'articleBody' && el.querySelector(LAYOUT_MARKERS) === null;
}

/** True for a short block that is furniture by its words: "Advertisement", "Read more: ...", a byline. */
export function isChromeText(text: string): boolean {
  if (text.length > CHROME_TEXT_MAX_LENGTH) return false;
  return CHROME_TEXT_PATTERNS.some((re) => re.test(text));
}
