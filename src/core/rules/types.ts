/**
 * What the label rules see about one sentence, computed once, and the shape of a rule. Each rule
 * is a small pure function with a stable id; the first rule in the ordered list that returns a
 * result labels the sentence (the label priority of docs/labels.md).
 */
import type { BlockKind, Label, Quote, Reason } from '../types.ts';
import type { Token } from '../text/tokens.ts';
import type { Attribution } from '../attribution/attribute.ts';
import type { PhraseMatch } from '../text/phrases.ts';
import type { SignalKind } from '../lexicon/signals.ts';
import type { Source } from '../attribution/source.ts';

/** How the speaker of a quotation in this sentence was found. */
export interface QuoteSpeaking {
  quote: Quote;
  /** 'cue': a reporting verb in the sentence; 'colon': the previous sentence ends "X said:"; 'carried': the previous quotation's speaker; 'chain': the same multi-paragraph quotation; 'none'. */
  how: 'cue' | 'vague' | 'introduced' | 'colon' | 'carried' | 'chain' | 'none';
  cue: Attribution | null;
}

export interface SentenceFacts {
  /** The block text (offsets below index it). */
  text: string;
  start: number;
  end: number;
  kind: BlockKind;
  tokens: Token[];
  /** Quotations that overlap this sentence, with how their speaker was found. */
  quotes: QuoteSpeaking[];
  attributions: Attribution[];
  /** "Zelensky’s remarks carried a warning": the possessor of a noun of speech that is the subject. */
  speechOwner: { source: Source; noun: Token } | null;
  vaguePhrases: PhraseMatch<string>[];
  signals: PhraseMatch<SignalKind>[];
  /** External links inside the sentence (a linked document can be a source). */
  links: { start: number; end: number; href: string }[];
  /** People named in the sentence (outside quotations), by token index, resolved. */
  persons: { index: number; name: string }[];
  /** For a list item: the sentence that introduced the list ("President Obama also said:"). */
  listIntro: Attribution | null;
}

export interface RuleResult {
  source: string | null;
  reason: Reason;
}

export interface Rule {
  /** Stable id, also the reason's rule id unless the rule gives a more specific one. */
  id: string;
  label: Label;
  apply(f: SentenceFacts): RuleResult | null;
}
