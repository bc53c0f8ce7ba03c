/**
 * Ties each cue of a sentence to its source: the subject before it (`Zelensky argued`), the
 * subject after it (`,” said Smith`), the main subject for a participle (`Putin ..., emphasizing`),
 * the agent of a passive (`released by the Kremlin`) or the object of `according to`.
 */
import { isPossessive, stripPossessive, type Token } from '../text/tokens.ts';
import { PASSIVE_BY, VAGUE_NOUNS, TITLE_SET, SPEECH_NOUN_SET, LEX } from '../lexicon/lookup.ts';
import { findCues, type Cue } from './cues.ts';
import { subjectBefore, phraseAfter, mainSubject, clauseSubjectBefore, nounPhraseLeft, type Range } from './phrases.ts';
import { classifySource, type Source } from './source.ts';
import type { Entities } from './entities.ts';
import { words } from '../lexicon/words.ts';

export type Via = 'subject' | 'inverted' | 'participle' | 'by' | 'according-to' | 'speech';

/** One attribution found in a sentence. `source` is null when the cue has no identifiable source. */
export interface Attribution {
  via: Via;
  /** Token index of the cue word ("said", "according", "released"). */
  cueIndex: number;
  /** The cue's words as written ("said", "according to", "released by"). */
  cueText: string;
  cueStart: number;
  cueEnd: number;
  /** Whether the cue can introduce a quotation by itself (said, told) rather than a stance. */
  speech: boolean;
  source: Source | null;
}

/** Links that give a document's author ("the tweet from X", "a letter by Y"). */
const AUTHOR_LINKS = new Set(words('from by of'));
/** Conjunctions that may open a sentence before its subject ("But Mr. Autor and his colleagues found"). */
const COORDINATING = new Set(words('and but yet so still now then'));
/** Possessive pronouns that name a document's owner ("her note reads"). */
const OWNER_PRONOUNS = new Set(words('his her its their'));
/** "by saying", "after telling": the gerund's subject is the clause's. */
const GERUND_LEADS = new Set(words('by after before while when without in for since upon also'));

export function attribute(
  text: string, tokens: Token[], entities: Entities, pronoun: (index: number) => string | null,
  /** Union of the tokens' Token.lex bits: a pass is skipped when the sentence has none of its words. */
  lexAll = -1,
): Attribution[] {
  const out: Attribution[] = [];
  const classify = (r: Range | null): Source | null => {
    if (!r) return null;
    const t = tokens[r.first]!;
    if (r.first === r.last && (t.lower === 'he' || t.lower === 'she')) {
      const named = pronoun(r.first);
      // A namesake only for the name that opens the sentence, its subject ("Gille recalls …; she
      // said"), not for one in an opening phrase ("Of the scrutiny over Melania Trump, he said").
      const local = named === null ? null : entities.fits(named, t.lower) ? named : opensWith(tokens, named) ? entities.namesakeFitting(named, t.lower) : null;
      if (local !== null) return { kind: 'named', name: local, person: true, start: t.start, end: t.end };
    }
    if (r.first === r.last && t.lower === 'they') return resolveThey(r.first);
    return classifySource(text, tokens, r, entities);
  };
  /**
   * "they" as a source: the group that spoke earlier in the sentence ("The Pentagon said that
   * they had found", "many analysts say they believe"); else the sentence's plural subject before
   * it ("Investors see …, implying that they expect"); else a group that spoke in the previous
   * sentence ("Police said …. They added"); else the previous sentence's plural subject ("The
   * attendees were skeptical. They booed …"). Never an organisation merely mentioned ("on one
   * Facebook page an unidentified poster wrote they found").
   */
  const resolveThey = (at: number): Source | null => {
    const t = tokens[at]!;
    for (let k = out.length - 1; k >= 0; k--) {
      const g = out[k]!.source;
      if (g && !g.person) return { ...g, start: t.start, end: t.end };
    }
    const here = pluralSubject(text, tokens, at, entities);
    if (here) return { ...here, start: t.start, end: t.end };
    const spoke = classifySource(text, tokens, { first: at, last: at }, entities);
    if (spoke) return spoke;
    const prev = entities.previous;
    const before = prev && prev.tokens !== tokens ? pluralSubject(prev.text, prev.tokens, prev.tokens.length, entities) : null;
    return before ? { ...before, start: t.start, end: t.end } : null;
  };
  // Token indexes of the cues, in increasing order (a sentence has a few at most).
  const cueAt: number[] = [];
  for (const cue of (lexAll & LEX.cue) !== 0 ? findCues(tokens) : []) {
    // "Hollande said Tuesday, noting …": a participle continues the previous reporting clause.
    const prevSourced = out.find((a) => a.source?.kind === 'named' && a.speech);
    const a = tokens[cue.index]!.lower.endsWith('ing') && afterComma(tokens, cue.index) && prevSourced
      ? make(tokens, cue.index, cue.index, 'participle', cue.strength === 'speech', prevSourced.source)
      : attributeCue(text, tokens, cue, classify);
    out.push(a);
    cueAt.push(cue.index);
  }
  const byBits = LEX.according | LEX.passiveBy | LEX.speechNoun;
  for (let i = 0; (lexAll & byBits) !== 0 && i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.quoted || t.kind !== 'word' || (t.lex & byBits) === 0) continue;
    if (t.lower === 'according' && tokens[i + 1]!.lower === 'to') {
      const r = phraseAfter(tokens, i + 2);
      // "according to a court document filed by state attorney Dave Aronberg"
      const filed = r ? tokens[r.last + 1] : undefined;
      const author = filed && filed.lower.endsWith('ed') && tokens[r!.last + 2]?.lower === 'by' ? classify(phraseAfter(tokens, r!.last + 3)) : null;
      out.push(make(tokens, i, i + 1, 'according-to', false, author?.kind === 'named' ? author : classify(r)));
    } else if ((PASSIVE_BY.has(t.lower) || SPEECH_NOUN_SET.has(t.lower)) && tokens[i + 1]!.lower === 'by' && !cueAt.includes(i)) {
      out.push(make(tokens, i, i + 1, 'by', false, classify(phraseAfter(tokens, i + 2))));
    }
  }
  return out;
}

function attributeCue(text: string, tokens: Token[], cue: Cue, classify: (r: Range | null) => Source | null): Attribution {
  const i = cue.index;
  const speech = cue.strength === 'speech';
  if (cue.passive && cue.lemma === 'call') return make(tokens, i, i, 'by', speech, null);
  if (cue.passive) {
    if (tokens[i + 1]?.lower !== 'by') {
      // "has been described as “heartbreaking” by the department": the agent after the complement.
      const k = agentAfterComplement(tokens, i);
      if (k >= 0) {
        const agent = classify(phraseAfter(tokens, k + 1));
        if (agent) return make(tokens, i, i, 'by', speech, agent);
      }
      return make(tokens, i, i, 'by', speech, null);
    }
    const by = classify(phraseAfter(tokens, i + 2));
    return make(tokens, i, by ? i + 1 : i, 'by', speech, by);
  }
  const prev = tokens[i - 1];
  const gerund = tokens[i]!.lower.endsWith('ing');
  if (gerund && afterComma(tokens, i)) {
    const main = classify(mainSubject(tokens)) ?? classify(clauseSubjectBefore(tokens, i));
    return make(tokens, i, i, 'participle', speech, main);
  }
  // "Pence went on to say …": the subject of "went".
  const wentOn = tokens[i - 1]?.lower === 'to' && tokens[i - 2]?.lower === 'on' && i >= 3;
  const subject = subjectBefore(tokens, wentOn ? i - 3 : i);
  const before = cue.lemma === 'read' ? documentSource(text, tokens, subject, classify) : classify(subject) ?? withTheirOwn(text, tokens, subject, classify);
  if (before) return make(tokens, i, i, 'subject', speech, before);
  // "with both leaders expressing optimism": people nobody names; the speaker stays unknown.
  if (subject && isPeopleNoun(tokens[subject.last]!.lower)) return make(tokens, i, i, 'subject', speech, null);
  if (prev && !prev.quoted && (gerund || prev.lower === 'and' || prev.lower === 'but' || prev.lower === 'then' || prev.lower === 'or')) {
    const clause = classify(clauseSubjectBefore(tokens, i)) ?? classify(mainSubject(tokens));
    if (clause) return make(tokens, i, i, 'subject', speech, clause);
  }
  // `,” said Smith` / `“…” said the minister.`
  if (!prev || prev.quoted || prev.kind === 'punct') {
    const after = classify(phraseAfter(tokens, i + 1));
    if (after) return make(tokens, i, i, 'inverted', speech, after);
  }
  return make(tokens, i, i, 'subject', speech, null);
}

/**
 * The source of a document that reads out a quotation (findCues checked it is one): its owner
 * ("Smith’s statement reads"), its author ("the tweet from X reads") or, with no author given,
 * the document itself ("a sign that read").
 */
function documentSource(text: string, tokens: Token[], r: Range | null, classify: (r: Range | null) => Source | null): Source | null {
  if (!r) return null;
  for (let k = r.first; k < r.last; k++) {
    // "Smith’s statement", "her note", "its release".
    if (!isPossessive(tokens[k]!.text) && !(k === r.first && OWNER_PRONOUNS.has(tokens[k]!.lower))) continue;
    const owner = classify({ first: r.first, last: k });
    if (owner?.kind === 'named') return owner;
    break;
  }
  // "The tweet from X", "a statement from the Kremlin": the author, as classifySource finds it.
  let authored = false;
  for (let k = r.first + 1; k < r.last && !authored; k++) authored = AUTHOR_LINKS.has(tokens[k]!.lower);
  if (authored) {
    const author = classify(r);
    if (author) return author;
  }
  // "Trump posted a message reading “…”", "Henry added the caption which reads": the document is
  // the object of a verb, and the named subject of the sentence put it out.
  const verb = tokens[r.first - 1];
  if (verb && verb.kind === 'word' && !verb.cap && !verb.quoted) {
    const subject = classify(mainSubject(tokens)) ?? classify(clauseSubjectBefore(tokens, r.first));
    if (subject?.kind === 'named') return subject;
  }
  const named = classify(r);
  if (named) return named;
  // "wearing a sign": a gerund before the document is not part of its name.
  let first = r.first;
  while (first < r.last && !tokens[first]!.cap && tokens[first]!.lower.endsWith('ing')) first++;
  const start = tokens[first]!.start;
  const end = tokens[r.last]!.end;
  return { kind: 'named', name: text.slice(start, end), person: false, start, end };
}

/** Words that end the complement of a passive cue: the clause goes on without an agent. */
const COMPLEMENT_ENDS = new Set(words('and but or that which who because while when after before if since'));
const MAX_COMPLEMENT = 9;

/**
 * The "by" of a passive cue's agent after its complement ("described as “heartbreaking” by",
 * "confirmed as a passenger by"), within the clause; -1 when there is none. Another participle
 * ("in an interview published Monday by", "expected to be filled by") has the "by" for itself,
 * and a quotation is skipped only as the complement itself ("called it “X” by", not "reported in
 * a “hit piece” by").
 */
function agentAfterComplement(tokens: Token[], i: number): number {
  const next = tokens[i + 1];
  const quotedComplement = next !== undefined && (next.quoted || next.lower === 'as' || (next.kind === 'punct' && tokens[i + 2]?.quoted === true));
  for (let k = i + 1; k < tokens.length && k - i <= MAX_COMPLEMENT; k++) {
    const t = tokens[k]!;
    if (t.quoted) {
      if (quotedComplement) continue;
      return -1;
    }
    if (t.kind === 'punct') {
      if ('“”"‘’\''.includes(t.text)) continue;
      return -1;
    }
    if (t.lower === 'by') return k;
    if (COMPLEMENT_ENDS.has(t.lower) || (t.lex & LEX.cue) !== 0 || (!t.cap && t.lower.length > 4 && t.lower.endsWith('ed'))) return -1;
  }
  return -1;
}

/**
 * "Parata and his family believe", "Smith and her lawyers said": a named person and their own
 * people speak together; the source reads as written, and a later he/she is the person.
 */
function withTheirOwn(text: string, tokens: Token[], r: Range | null, classify: (r: Range | null) => Source | null): Source | null {
  if (!r || r.first < 2 || !OWNER_PRONOUNS.has(tokens[r.first]!.lower) || tokens[r.first - 1]!.lower !== 'and') return null;
  const name = tokens[r.first - 2]!;
  if (!name.cap || name.quoted || name.kind !== 'word') return null;
  const np = nounPhraseLeft(tokens, r.first - 2);
  // The pair opens its clause ("But Mr. Autor and his colleagues found"), not "against Grayson and his wife".
  const lead = np ? tokens[np.first - 1] : undefined;
  if (!np || (lead !== undefined && lead.kind === 'word' && !lead.quoted && !(np.first === 1 && COORDINATING.has(lead.lower)))) return null;
  const person = classify(np);
  if (person?.kind !== 'named' || !person.person) return null;
  const end = tokens[r.last]!.end;
  return { kind: 'named', name: `${person.name} and ${text.slice(tokens[r.first]!.start, end)}`, person: false, lastMember: person.name, start: person.start, end };
}

/** Does the sentence open with a capitalised run (after marks and a conjunction) holding the surname of `name`? */
function opensWith(tokens: Token[], name: string): boolean {
  const surname = name.slice(name.lastIndexOf(' ') + 1).toLowerCase();
  let k = 0;
  while (k < tokens.length && (tokens[k]!.kind === 'punct' || COORDINATING.has(tokens[k]!.lower))) k++;
  for (; k < tokens.length && k < 6 && tokens[k]!.cap && !tokens[k]!.quoted; k++) {
    if (tokens[k]!.lower === surname || stripPossessive(tokens[k]!.lower) === surname) return true;
  }
  return false;
}

/** Plural nouns of people that do not end in -s ("police said … they"). */
const PLURAL_PEOPLE = new Set(words('police people staff men women children'));

/**
 * The subject of a sentence when it is plural and ends before token `before`: "Lorenz and
 * Fetter", "Investors", "The attendees at the party". As classifySource names it, else as an
 * unnamed group in the text's words (vague). Null for a singular or pronoun subject.
 */
function pluralSubject(text: string, tokens: Token[], before: number, entities: Entities): Source | null {
  const m = mainSubject(tokens);
  if (!m || m.last >= before || PRONOUN_SET.has(tokens[m.first]!.lower)) return null;
  const r = { first: m.first, last: m.last };
  // "Lorenz and Fetter plotted": mainSubject stops at "and"; a second name goes on with the pair.
  if (tokens[r.last + 1]?.lower === 'and' && r.last + 2 < before && capName(tokens[r.last + 2])) {
    r.last += 2;
    while (r.last + 1 < before && capName(tokens[r.last + 1])) r.last++;
  }
  // The head: the word before the first link ("The attendees at the party"), or a plural
  // followed by a lowercase word, its verb ("Investors see" -> "Investors"); else the last.
  let head = r.last;
  for (let k = r.first + 1; k <= r.last; k++) {
    const t = tokens[k]!;
    if (!t.cap && NP_HEAD_LINKS.has(t.lower)) { head = k - 1; break; }
    if (!t.cap && isPluralWord(tokens[k - 1]!)) { head = k - 1; r.last = k - 1; break; }
  }
  const h = tokens[head]!;
  let pair = false;
  for (let k = r.first + 1; k <= head && !pair; k++) pair = tokens[k]!.lower === 'and' && tokens[k - 1]!.cap && tokens[k + 1]!.cap;
  if (!pair && !isPluralWord(h)) return null;
  const named = classifySource(text, tokens, r, entities);
  if (named) return named.person ? null : named;
  const start = tokens[r.first]!.start;
  const end = tokens[r.last]!.end;
  return { kind: 'vague', name: text.slice(start, end), person: false, start, end };
}

const NP_HEAD_LINKS = new Set(words('of at from in on for with who which that'));

/** A capitalised word outside quotations. */
const capName = (t: Token | undefined): boolean => t !== undefined && t.kind === 'word' && t.cap && !t.quoted;

/** A plural noun by its ending or one of PLURAL_PEOPLE ("investors", "police"; not "press", "status", "analysis", "Trump's"). */
function isPluralWord(h: Token): boolean {
  if (PLURAL_PEOPLE.has(h.lower)) return true;
  const w = h.lower;
  return h.kind === 'word' && !isPossessive(h.text) && w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is');
}
const PRONOUN_SET = new Set(words('i you he she it we they this that these those there'));

/** Nouns for people (who could speak), as opposed to things ("a pitch to voters saying"). */
function isPeopleNoun(lower: string): boolean {
  return VAGUE_NOUNS.has(lower) || TITLE_SET.has(lower) || /(?:ers|ors|ists|ians|ants|ents|men|women|people|folks)$/.test(lower);
}

/** The cue follows a comma, possibly one inside a closing quotation (`“New York values,” saying`). */
function afterComma(tokens: Token[], i: number): boolean {
  const p = tokens[i - 1];
  if (p?.text === ',') return true;
  return p !== undefined && p.kind === 'punct' && '”’"\''.includes(p.text) && tokens[i - 2]?.text === ',';
}

/** The attribution of the cue tokens[first..last] (its words joined as written), shared with foreign-attribute.ts. */
export function make(tokens: Token[], first: number, last: number, via: Via, speech: boolean, source: Source | null): Attribution {
  const a = tokens[first]!;
  const b = tokens[last]!;
  let cueText = a.text;
  for (let k = first + 1; k <= last; k++) cueText += ' ' + tokens[k]!.text;
  return { via, cueIndex: first, cueText, cueStart: a.start, cueEnd: b.end, speech, source };
}
