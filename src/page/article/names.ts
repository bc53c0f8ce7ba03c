/**
 * Reads what an element's names say about it (class, id, aria-label, itemprop, component names):
 * page chrome ("comments", "most-read", "share-bar"), or text that is never the article's even
 * inline ("sr-only", photo "credit"). Each distinct attribute value is classified once and
 * remembered, because pages repeat the same class strings thousands of times.
 */
import {
  CHROME_NAME_MODIFIERS,
  CHROME_NAME_TOKENS,
  GENERIC_NAME_TOKENS,
  HIDDEN_NAME_TOKENS,
  POSITIVE_NAME_TOKENS,
  WEAK_CHROME_NAME_TOKENS,
} from './patterns.ts';

/** Flag: the name marks page chrome (applies to block-level and custom elements). */
export const NAME_CHROME = 1;
/** Flag: the name marks text that is never the article's (applies to any element). */
export const NAME_HIDDEN = 2;

const WEAK = new Set(WEAK_CHROME_NAME_TOKENS);
const CHROME = new Set([...CHROME_NAME_TOKENS, ...WEAK_CHROME_NAME_TOKENS]);
const POSITIVE = new Set(POSITIVE_NAME_TOKENS);
const MODIFIERS = new Set(CHROME_NAME_MODIFIERS);
const HIDDEN = new Set(HIDDEN_NAME_TOKENS);
const GENERIC = new Set(GENERIC_NAME_TOKENS);
/** Strong chrome words long enough to be recognised at the end of a compound ("storytimestamp"). */
const COMPOUND = new RegExp(`.{3,}(?:${[...CHROME].filter((t) => t.length >= 6 && !WEAK.has(t)).join('|')})$`);
const NAME_ATTRIBUTES = ['id', 'aria-label', 'data-component', 'data-testid', 'itemprop'] as const;
/** Any chrome or hidden word inside a name squashed to letters and digits: names without one need no tokenising. */
const ANY_WORD = new RegExp([...CHROME, ...HIDDEN].sort((a, b) => b.length - a.length).join('|'));

/** Splits one name ("MostRead__list", "article-body") into lower-case word tokens. */
export function nameTokens(name: string): string[] {
  return name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((t) => t !== '' && !/^\d+$/.test(t));
}

/** A token of `set` found in a name, and whether only generic words ("list", "wrapper") follow it. */
interface Hit {
  token: string;
  last: boolean;
}

/** Tokens of `set` in a name, alone or joined with the next ("most"+"read"); modifiers such as "has-" cancel. */
function nameHits(tokens: string[], set: ReadonlySet<string>): Hit[] {
  const hits: Hit[] = [];
  const lastAt = (i: number): boolean => tokens.slice(i + 1).every((t) => GENERIC.has(t));
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as string;
    if (i > 0 && MODIFIERS.has(tokens[i - 1] as string)) continue;
    if (set.has(t)) hits.push({ token: t, last: lastAt(i) });
    const next = tokens[i + 1];
    if (next !== undefined && set.has(t + next)) hits.push({ token: t + next, last: lastAt(i + 1) });
  }
  return hits;
}

/**
 * Flags of one name. Chrome: a strong token anywhere (alone, joined with its neighbour, or ending
 * a compound), or a weak token as the name's head word ("article-tags", not WordPress's
 * "tag-amazon") in a name without a content word ("article-body-commercial-selector" is kept).
 */
function classifyName(name: string): number {
  if (!ANY_WORD.test(name.toLowerCase().replace(/[^a-z0-9]+/g, ''))) return 0;
  const tokens = nameTokens(name);
  let flags = nameHits(tokens, HIDDEN).length > 0 ? NAME_HIDDEN : 0;
  const hits = nameHits(tokens, CHROME);
  const chrome = hits.some((h) => !WEAK.has(h.token))
    ? true
    : hits.length > 0
      ? hits.some((h) => h.last) && !tokens.some((t) => POSITIVE.has(t))
      : tokens.some((t) => COMPOUND.test(t));
  if (chrome) flags |= NAME_CHROME;
  return flags;
}

/** Flags per whole class attribute, and per single name (a class name, an id...): pages repeat both. */
const classMemo = new Map<string, number>();
const nameMemo = new Map<string, number>();
const MEMO_LIMIT = 20_000;

function remember(memo: Map<string, number>, key: string, flags: number): number {
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, flags);
  return flags;
}

/** Flags of one name, memoised: class lists that differ in one class share all the others. */
function nameFlags(name: string): number {
  return nameMemo.get(name) ?? remember(nameMemo, name, classifyName(name));
}

/** Flags of an attribute value; for `class`, the union over its class names. Memoised. */
function valueFlags(value: string, isClass: boolean): number {
  if (!isClass) return nameFlags(value);
  const known = classMemo.get(value);
  if (known !== undefined) return known;
  let flags = 0;
  const names = value.split(/\s+/);
  for (let i = 0; i < names.length; i++) {
    const c = names[i] as string;
    if (c !== '') flags |= nameFlags(c);
  }
  return remember(classMemo, value, flags);
}

/**
 * NAME_CHROME / NAME_HIDDEN flags of an element, from all of its names. The page scan asks this
 * of every element while the code is still cold, hence an indexed loop rather than for-of.
 */
export function elementNameFlags(el: Element): number {
  if (!el.hasAttributes()) return 0;
  const cls = el.getAttribute('class');
  let flags = cls ? valueFlags(cls, true) : 0;
  for (let i = 0; i < NAME_ATTRIBUTES.length; i++) {
    const v = el.getAttribute(NAME_ATTRIBUTES[i] as string);
    if (v) flags |= valueFlags(v, false);
  }
  return flags;
}
