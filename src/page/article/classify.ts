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
  HIDDEN_NAME_TOKENS,
  POSITIVE_NAME_TOKENS,
  WEAK_CHROME_NAME_TOKENS,
} from './patterns.ts';

const WEAK = new Set(WEAK_CHROME_NAME_TOKENS);
const CHROME = new Set([...CHROME_NAME_TOKENS, ...WEAK_CHROME_NAME_TOKENS]);
const POSITIVE = new Set(POSITIVE_NAME_TOKENS);
const MODIFIERS = new Set(CHROME_NAME_MODIFIERS);
const HIDDEN = new Set(HIDDEN_NAME_TOKENS);
const NAME_ATTRIBUTES = ['id', 'aria-label', 'data-component', 'data-testid'] as const;

/** Splits one name ("MostRead__list", "article-body") into lower-case word tokens. */
export function nameTokens(name: string): string[] {
  return name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((t) => t !== '' && !/^\d+$/.test(t));
}

/** The separate names an element carries: each class, its id, aria-label and component names. */
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

/** Whether one name, by its tokens and joined token pairs, hits a set (modifiers such as "has-" cancel). */
function nameHits(tokens: string[], set: ReadonlySet<string>): string[] {
  const hits: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as string;
    const prev = i > 0 ? (tokens[i - 1] as string) : '';
    if (MODIFIERS.has(prev)) continue;
    if (set.has(t)) hits.push(t);
    const next = tokens[i + 1];
    if (next !== undefined && set.has(t + next)) hits.push(t + next);
  }
  return hits;
}

/** True when one name marks chrome: a strong token, or weak tokens without a content word. */
function nameIsChrome(name: string): boolean {
  const tokens = nameTokens(name);
  const hits = nameHits(tokens, CHROME);
  if (hits.length === 0) return false;
  if (hits.some((h) => !WEAK.has(h))) return true;
  return !tokens.some((t) => POSITIVE.has(t));
}

/** Editable areas are the reader's own text, never the article's. */
export function isEditable(el: Element): boolean {
  const ce = el.getAttribute('contenteditable');
  return ce !== null && ce.toLowerCase() !== 'false';
}

/** True for visually hidden helper text ("sr-only", "visually-hidden") that browsers still report as visible. */
export function isHiddenHelper(el: Element): boolean {
  for (const name of elementNames(el)) if (nameHits(nameTokens(name), HIDDEN).length > 0) return true;
  return false;
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
  for (const name of elementNames(el)) if (nameIsChrome(name)) return true;
  return false;
}

/** True for a short block that is furniture by its words: "Advertisement", "Read more: ...", a byline. */
export function isChromeText(text: string): boolean {
  if (text.length > CHROME_TEXT_MAX_LENGTH) return false;
  return CHROME_TEXT_PATTERNS.some((re) => re.test(text));
}
