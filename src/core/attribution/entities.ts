/**
 * The people and organisations an article has named so far, so that later mentions resolve to
 * the fullest earlier name ("Zelensky" -> "Volodymyr Zelensky", "Mr Obama" -> "Barack Obama",
 * "the Kremlin" -> "The Kremlin") and pronouns to the person the text is about. State lives for
 * one analysis and carries across blocks.
 */
import type { NameRun } from './names.ts';
import type { Token } from '../text/tokens.ts';
import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES } from '../lexicon/first-names.ts';

const FEMALE: ReadonlySet<string> = new Set(FEMALE_FIRST_NAMES);
const MALE: ReadonlySet<string> = new Set(MALE_FIRST_NAMES);
const RECENT = 8;

/** Which personal pronoun fits a person, when the text lets us tell. */
export type Gender = 'he' | 'she';

export class Entities {
  private bySurname = new Map<string, string>();
  private orgs = new Map<string, string>();
  private genders = new Map<string, Gender>();
  /** People the text was about, most recent last. */
  private recent: string[] = [];

  /** Most recent person the text is about (subject or speaker), resolved. */
  get lastPerson(): string | null {
    return this.recent[this.recent.length - 1] ?? null;
  }

  set lastPerson(name: string | null) {
    if (name !== null) this.lastPersonSentence = this.sentence;
    if (name === null || this.recent[this.recent.length - 1] === name) return;
    const i = this.recent.indexOf(name);
    if (i >= 0) this.recent.splice(i, 1);
    this.recent.push(name);
    if (this.recent.length > RECENT) this.recent.shift();
  }

  /**
   * The sentence that last named or resolved a person. French, Spanish, German and Portuguese
   * pronouns also stand for things (grammatical gender), so attribution/foreign-source.ts
   * resolves "il", "ella", "er" to a person only when one was named this recently.
   */
  lastPersonSentence = -10;

  /** Records the gender the text tells for a known person ("his wife, Jane," -> she), unless one is known. */
  setGender(name: string, gender: Gender): void {
    if (!this.genders.has(name)) this.genders.set(name, gender);
  }

  /** The gender a name tells (first name or title), if known. */
  genderOf(name: string): Gender | null {
    const known = this.genders.get(name);
    if (known) return known;
    let byFirst = this.firstNameGender.get(name);
    if (byFirst === undefined) {
      const first = name.split(' ')[0]?.toLowerCase() ?? '';
      byFirst = FEMALE.has(first) ? 'she' : MALE.has(first) ? 'he' : null;
      this.firstNameGender.set(name, byFirst);
    }
    return byFirst;
  }

  /** What each name's first word tells of its gender: personFor asks it of every recent person. */
  private firstNameGender = new Map<string, Gender | null>();
  /** The words of each known full name (resolvePerson compares them for every mention). */
  private nameWords = new Map<string, string[]>();

  private wordsOf(name: string): string[] {
    let w = this.nameWords.get(name);
    if (w === undefined) {
      w = name.split(' ');
      this.nameWords.set(name, w);
    }
    return w;
  }

  /** Can this pronoun refer to this person? Unknown genders fit both. */
  fits(name: string, pronoun: string): boolean {
    const p = pronoun === 'he' || pronoun === 'him' || pronoun === 'his' || pronoun === 'himself' ? 'he'
      : pronoun === 'she' || pronoun === 'her' || pronoun === 'hers' || pronoun === 'herself' ? 'she' : null;
    if (p === null) return true;
    const g = this.genderOf(name);
    return g === null || g === p;
  }

  /** The most recent person "he" or "she" can refer to. */
  personFor(pronoun: string): string | null {
    for (let i = this.recent.length - 1; i >= 0; i--) {
      const name = this.recent[i]!;
      if (this.fits(name, pronoun)) return name;
    }
    return null;
  }
  /** Most recent organisation named, with the index of the sentence that named it. */
  lastOrg: string | null = null;
  lastOrgSentence = -10;
  /**
   * The last organisation or group that a sentence gave as a source ("Police said", "Smith and
   * Brown found", "Several Democrats cautioned"), with the index of that sentence: what a later
   * "they" can be. Unlike lastOrg, an organisation only mentioned ("on one Facebook page", "sued
   * Google", "the Lorenz attractor") is not one: "they" there means people.
   */
  lastGroupSource: { kind: 'named' | 'vague'; name: string } | null = null;
  lastGroupSourceSentence = -10;
  /**
   * The previous sentence's block text and tokens (references, nothing copied), for a "they"
   * that opens the next sentence with its plural subject as antecedent ("The attendees were
   * skeptical. They booed …").
   */
  previous: { text: string; tokens: Token[] } | null = null;
  /** Running index of sentences over the whole article. */
  sentence = 0;

  /** Records a name run and returns its resolved display form (null when it is not a person/org). */
  observe(run: NameRun): string | null {
    if (run.words.length === 0) return null;
    if (run.kind === 'org') return this.observeOrg(run);
    if (run.kind === 'place') return null;
    const resolved = this.resolvePerson(run.words, run.lowers);
    if (run.honorific && resolved !== null && !this.genders.has(resolved)) this.genders.set(resolved, run.honorific);
    if (run.honorific && resolved === null && run.kind === 'person') this.genders.set(run.name, run.honorific);
    if (resolved !== null) return resolved;
    if (run.kind === 'person') {
      const key = run.lowers[run.lowers.length - 1]!;
      const first = this.bySurname.get(key);
      if (first !== undefined) {
        // Another person with a known surname ("Sarah Gille" after "John Gille"): a namesake.
        let list = this.namesakes.get(key);
        if (list === undefined) this.namesakes.set(key, list = [first]);
        const i = list.indexOf(run.name);
        if (i >= 0) list.splice(i, 1);
        list.push(run.name);
        return run.name;
      }
      this.bySurname.set(key, run.name);
      return run.name;
    }
    return null;
  }

  /**
   * Everyone named with a surname that several people share, keyed by that surname in lowercase,
   * most recently introduced by full name last ("John Gille", "Sarah Gille", "Ellen Gille").
   * A bare "Gille" resolves to the first (bySurname); namesakeFitting picks among them.
   */
  private namesakes = new Map<string, string[]>();

  /**
   * The person a pronoun can be when the sentence names `name` before it: that person when the
   * pronoun fits, else the namesake (same surname) named most recently whom it fits. "Gille
   * recalls …; she said" after "John Gille", "Sarah Gille" and "Ellen Gille": "Ellen Gille".
   */
  namesakeFitting(name: string, pronoun: string): string | null {
    if (this.fits(name, pronoun)) return name;
    const words = this.wordsOf(name);
    const list = this.namesakes.get(words[words.length - 1]!.toLowerCase());
    if (list === undefined) return null;
    for (let i = list.length - 1; i >= 0; i--) if (list[i] !== name && this.fits(list[i]!, pronoun)) return list[i]!;
    return null;
  }

  /** The fullest known name for these words, or the words themselves when they look like a name. */
  resolvePerson(words: string[], lowers: string[]): string | null {
    const last = lowers[lowers.length - 1];
    if (!last) return null;
    const known = this.bySurname.get(last);
    if (known === undefined) return null;
    if (words.length === 1) return known;
    const knownWords = this.wordsOf(known);
    if (words.every((w) => knownWords.includes(w))) return known;
    // "De Miranda", "Von der Leyen" opening a sentence: a particle capitalised there.
    if (lowers.every((l, k) => knownWords.includes(words[k]!) || knownWords.includes(l))) return known;
    if (knownWords.every((w) => words.includes(w)) && words.length > knownWords.length) {
      const full = words.join(' ');
      this.bySurname.set(last.toLowerCase(), full);
      return full;
    }
    return null;
  }

  /** The fullest name the article gives for a one-word name ("Obama" -> "Barack Obama"), else the name. */
  fullest(name: string): string {
    if (name.includes(' ')) return name;
    const cached = this.fullCache.get(name);
    if (cached !== undefined) return cached;
    const full = this.lookUpFullest(name);
    this.fullCache.set(name, full);
    return full;
  }

  private fullCache = new Map<string, string>();

  private lookUpFullest(name: string): string {
    const bySurname = this.bySurname.get(name.toLowerCase());
    if (bySurname) return bySurname;
    // A first name used alone ("Fiona") when exactly one known person has it.
    let found: string | null = null;
    for (const full of this.bySurname.values()) {
      if (full.split(' ')[0] !== name) continue;
      if (found !== null && found !== full) return name;
      found = full;
    }
    return found ?? name;
  }

  /**
   * Another word of a known full name that the text may use alone ("Lula" of "Luiz Inácio Lula
   * da Silva", "Sánchez" of "Pedro Sánchez Pérez-Castejón"): resolves to that name unless the
   * word already stands for someone. Used for names in French, Spanish, German and Portuguese
   * (attribution/foreign-names.ts), where the surname used is not always the last word.
   */
  alias(lower: string, full: string): void {
    if (!this.bySurname.has(lower)) this.bySurname.set(lower, full);
  }

  /** Is this single word (in lowercase) a surname we know? */
  isKnownSurname(lower: string): boolean {
    return this.bySurname.has(lower);
  }

  private observeOrg(run: NameRun): string {
    const key = run.name.toLowerCase();
    const known = this.orgs.get(key);
    const display = known ?? (run.definite ? `The ${run.name}` : run.name);
    if (!known) this.orgs.set(key, display);
    this.lastOrg = display;
    this.lastOrgSentence = this.sentence;
    return display;
  }

  /** Display form of an organisation named by these words, if seen before. */
  knownOrg(name: string): string | null {
    return this.orgs.get(name.toLowerCase()) ?? null;
  }
}
