/**
 * Not every pair of quotation marks is a quotation. Titles of works (`on “Saturday Night Live”`),
 * words used as words (`the term ‘shadow fleet’`), nicknames and scare quotes that nobody is
 * said to have said (`the so-called ‘shadow fleet’`, `the earlier “undercard” debate`) are not.
 * A short quoted fragment counts only when the sentence presents it as someone's words
 * (a reporting verb or a noun of speech outside the quotation: `described the meeting as ‘useful’`).
 */
import type { Token } from '../text/tokens.ts';
import { CUE_FORMS, SPEECH_NOUN_SET } from '../lexicon/lookup.ts';
import { words } from '../lexicon/words.ts';
import { WORK_NOUNS } from '../lexicon/works.ts';

const MARKERS = ['so-called', 'titled', 'entitled', 'nicknamed', 'named', 'headlined', 'captioned', 'hashtag', 'slogan', 'term', 'word', 'words', 'phrase', 'label', 'labelling', 'labeling', 'called', 'means', 'meaning', 'spelled'];
const TWO_WORD_MARKERS = ['known as', 'so called', 'referred to as', 'translates as', 'name of', 'term for', 'word for', 'stands for'];
const SMALL = new Set(words('of the a an and in on for to at or with from by is & vs'));
const WORK_NOUN_SET: ReadonlySet<string> = new Set(WORK_NOUNS);

export interface QuoteContext {
  /** Tokens of the sentence holding the opening mark. */
  tokens: Token[];
  /** Index of the first token inside the quotation, and one past the last. */
  first: number;
  end: number;
  /** Does the sentence present words as someone's (a cue or a noun of speech outside quotations)? */
  speechContext: boolean;
  /** Did the block continue a quotation from the previous paragraph, or leave one open? */
  multiParagraph: boolean;
  /** Words of the page's language (other than English) that make a quotation after them a title or a word used as a word ("intitulé", "sogenannte"). */
  markers?: ReadonlySet<string> | undefined;
  /** The page's language capitalises every noun (German): a capitalised quotation is not therefore a title. */
  capitalisedNouns?: boolean | undefined;
}

export function isQuotation(c: QuoteContext): boolean {
  if (c.multiParagraph) return true;
  // Count the words inside (up to 9: only "short" and "title-length" matter) without allocating.
  let words = 0;
  let allTitle = true;
  let anyCap = false;
  let exclaims = false;
  let innerStop = false;
  let lastPunct = '';
  for (let k = c.first; k < c.end && words <= 8; k++) {
    const t = c.tokens[k]!;
    if (t.kind === 'punct') {
      if (t.text === '!' || t.text === '?') exclaims = true;
      if ('.!?,;:'.includes(t.text)) {
        if (k < c.end - 1) innerStop = true;
        else lastPunct = t.text;
      }
      continue;
    }
    words++;
    if (t.cap) anyCap = true;
    else if (!SMALL.has(t.lower) && t.kind !== 'num') allTitle = false;
  }
  if (words === 0) return false;
  // The two words before the opening mark.
  let b1 = '';
  let b2 = '';
  for (let k = c.first - 1; k >= 0 && c.first - k <= 3; k--) {
    const t = c.tokens[k]!;
    if (t.kind === 'punct') continue;
    if (b1 === '') b1 = t.lower;
    else { b2 = `${t.lower} ${b1}`; break; }
  }
  if (MARKERS.includes(b1) && !(b1 === 'called' && precededBySpeaker(c.tokens, c.first))) return false;
  if (c.markers?.has(b1)) return false;
  if (TWO_WORD_MARKERS.includes(b2)) return false;
  // "her book “A Paradise Built in Hell: …”": a capitalised quotation right after a work is its title.
  const mark = c.tokens[c.first - 1];
  const work = c.tokens[c.first - 2];
  if (mark?.kind === 'punct' && work && !work.quoted && WORK_NOUN_SET.has(work.lower) && c.tokens[c.first]!.cap) return false;
  // Titles of shows, books and slogans: every word capitalised ("Meet the Press," "New Day,").
  // (Not in German, which capitalises every noun, when the sentence presents words as someone's: "sprach von einem „Wortbruch“".)
  if (words <= 8 && !innerStop && !exclaims && c.first > 1 && allTitle && anyCap && !(c.capitalisedNouns && c.speechContext)) return false;
  // A sentence that is nothing but the quotation ("“It is over.”") is someone's words.
  let whole = c.first <= 1;
  for (let k = c.end; whole && k < c.tokens.length; k++) if (c.tokens[k]!.kind !== 'punct') whole = false;
  if (whole) return true;
  // A short quoted modifier between a determiner and a noun ("the “a-ha!” moment",
  // "a “direction discrimination” task") is a label, unless a cue stands right before it.
  if (words <= 4 && attributive(c, words)) return false;
  // Punctuated as speech inside the marks: "“Go back to Univision,” he …", "“USA!"
  if (lastPunct !== '' || exclaims || innerStop) return true;
  if (words <= 4 && !c.speechContext) return false;
  return true;
}

const DETERMINERS = new Set(words('the a an that this these those its his her their our your my'));
const PREPOSITIONS = new Set(words('for of in on at by with from'));

function attributive(c: QuoteContext, words: number): boolean {
  let k = c.first - 1;
  while (k >= 0 && c.tokens[k]!.kind === 'punct') k--;
  let det = c.tokens[k];
  // "for partisan “fact-checking” website": one lowercase modifier between the determiner (or
  // preposition) and a quotation of one or two words.
  const before = c.tokens[k - 1];
  if (words <= 2 && det && !DETERMINERS.has(det.lower) && det.kind === 'word' && !det.cap && !det.quoted && !FUNCTION_WORDS.has(det.lower) && !SMALL.has(det.lower)
    && !CUE_FORMS.has(det.lower) && before && (DETERMINERS.has(before.lower) || PREPOSITIONS.has(before.lower))) {
    k -= 1;
    det = before;
  }
  if (!det || !(DETERMINERS.has(det.lower) || (PREPOSITIONS.has(det.lower) && k < c.first - 2))) return false;
  // Only the closing mark between the quotation and the next word, and no punctuation of
  // its own inside ("her “50-state strategy,” promising" is a quotation).
  const lastInside = c.tokens[c.end - 1];
  if (lastInside && lastInside.kind === 'punct' && (lastInside.text === ',' || lastInside.text === '.')) return false;
  const noun = c.tokens[c.end + 1];
  if (!noun || noun.kind !== 'word' || noun.cap || SMALL.has(noun.lower) || FUNCTION_WORDS.has(noun.lower) || noun.lower.endsWith('ing')) return false;
  for (let b = k - 1; b >= 0 && k - b <= 3; b--) {
    const t = c.tokens[b]!;
    if (!t.quoted && (CUE_FORMS.has(t.lower) || SPEECH_NOUN_SET.has(t.lower))) return false;
  }
  return true;
}

const FUNCTION_WORDS = new Set(words(
  'that which who as than but because if when while where is was are were has have had will '
  + 'would can could be been about over into after before through regarding against during '
  + 'without within since until among between toward towards despite like per some many any '
  + 'all so yet then there here now not also even just only',
));

/** "Trump called it ‘a disaster’" (a speaker calls) vs "a film called ‘Heat’" (a title). */
function precededBySpeaker(tokens: Token[], first: number): boolean {
  for (let k = first - 1; k >= 0 && first - k < 5; k--) {
    const t = tokens[k]!;
    if (t.lower === 'called') {
      const p = tokens[k - 1];
      return p !== undefined && (p.cap || ['he', 'she', 'they', 'it', 'i', 'we', 'also', 'has', 'have', 'had'].includes(p.lower));
    }
  }
  return false;
}
