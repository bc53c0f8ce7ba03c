/**
 * The ordered list of label rules. The first rule that returns a result labels the sentence,
 * which encodes the label priority of docs/labels.md (quote > attributed > vague > unsourced >
 * other). `other.*` guards return `other` early so that headings, captions and questions are
 * never called unsourced. On pages in a language without word lists only QUOTE_RULES run.
 */
import type { Rule } from './types.ts';
import { quoteRule } from './quote.ts';
import { attributedCue } from './attributed-cue.ts';
import { attributedAccordingTo } from './attributed-according-to.ts';
import { attributedBy } from './attributed-by.ts';
import { attributedSpeech } from './attributed-speech.ts';
import { attributedLink } from './attributed-link.ts';
import { attributedList } from './attributed-list.ts';
import { vagueSource } from './vague-source.ts';
import { vaguePhrase } from './vague-phrase.ts';
import { otherHeading, otherCaption, otherQuestion, otherByline, otherShort } from './other-guards.ts';
import { unsourcedSignal } from './unsourced-signal.ts';

export const RULES: readonly Rule[] = [
  quoteRule,
  otherQuestion,
  attributedCue,
  attributedAccordingTo,
  attributedBy,
  attributedSpeech,
  attributedLink,
  attributedList,
  vagueSource,
  vaguePhrase,
  otherHeading,
  otherCaption,
  otherByline,
  otherShort,
  unsourcedSignal,
];

export const QUOTE_RULES: readonly Rule[] = [quoteRule];

/**
 * For languages whose word lists cover speakers, `attributed` and `vague` but not the
 * check-worthiness signals of `unsourced` (French, Spanish, German, Portuguese): every rule but
 * that one, so a sentence without a source stays `other` rather than being called unsourced.
 */
export const NO_UNSOURCED_RULES: readonly Rule[] = RULES.filter((r) => r !== unsourcedSignal);

export type { Rule, SentenceFacts, RuleResult, QuoteSpeaking } from './types.ts';
