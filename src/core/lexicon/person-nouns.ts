/**
 * Which singular nouns name one unnamed person ("a programmer", "an aide", "one resident"), the
 * vague source of "according to a computer programmer". Most are known by their ending (-er, -or,
 * -ist, -ian, -man: attribution/source.ts); these lists add the people nouns without such an
 * ending and take out the things and adjectives that have one. Kept as data so that editors can
 * extend them.
 */
import { words } from './words.ts';

/** People nouns without a person ending ("resident", "aide", "witness"). */
export const PERSON_NOUN_WORDS: readonly string[] = words(
  'resident student agent correspondent respondent opponent parent dependent participant '
  + 'attendant consultant assistant accountant applicant claimant defendant informant lieutenant '
  + 'merchant migrant immigrant emigrant peasant servant sergeant tenant aide activist witness '
  + 'user reader caller viewer voter woman man source insider official expert critic '
  + 'nurse patient victim deputy surgeon colleague neighbour friend spouse relative veteran '
  + 'candidate delegate advocate graduate nominee employee refugee retiree athlete fan analyst '
  // Metaphors for people by stance: "deficit hawks have warned", "the doves on the committee".
  + 'hawk dove',
);

/** Nouns and adjectives with a person ending that are not people ("a letter", "a former", "a major"). */
export const NOT_PERSON_WORDS: readonly string[] = words(
  'letter paper order number center centre computer filter border corner matter quarter chapter '
  + 'register poster banner flyer flier folder server browser trailer cluster meter minister '
  + 'motor sector factor error mirror monitor indicator elevator calculator generator reactor '
  + 'former latter major minor larger smaller bigger older younger higher lower greater better '
  + 'other further earlier later power tower water answer cancer disaster manner member-state '
  + 'communist socialist capitalist marxist leninist utopian christian civilian list twist mist '
  + 'fist wrist roster',
);

/**
 * Family and close-relation words that introduce a person by name in apposition ("her father,
 * Brad, 39, worried"): the name is a person even when no list knows it, and these words tell
 * whether a later "he" or "she" can be them. Neutral words make a person of unknown gender.
 */
export const FAMILY_HE_WORDS: readonly string[] = words(
  'father dad husband son brother grandfather grandson uncle nephew boyfriend stepfather stepson widower fiancé',
);
export const FAMILY_SHE_WORDS: readonly string[] = words(
  'mother mom mum wife daughter sister grandmother granddaughter aunt niece girlfriend stepmother stepdaughter widow fiancée',
);
export const FAMILY_ANY_WORDS: readonly string[] = words(
  'parent child spouse partner cousin sibling friend neighbor neighbour roommate grandchild',
);


/**
 * Adjectives that often open a sentence before a group of people ("Former employees said", "Local
 * farmers say", "Angry protesters said"): capitalised there only because the sentence starts, so
 * they do not make the group a named one ("Apple employees", "Sanders supporters").
 */
export const GROUP_ADJECTIVES: readonly string[] = words(
  'former current young younger old older elderly new local fellow longtime senior junior '
  + 'angry furious frustrated worried concerned anxious disgruntled striking retired undecided '
  + 'ordinary rural urban poor wealthy rich female male independent conservative liberal '
  + 'progressive moderate religious devout foreign sick injured displaced grieving '
  + 'unidentified unnamed anonymous other several numerous countless',
);
