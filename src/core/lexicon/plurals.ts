/**
 * How a capitalised word ending in -s that opens a sentence ("Critics said", "Jones said") shows
 * itself to be a plural noun rather than a surname: its ending, or its being a plural the other
 * lists do not hold. Kept as data so that editors can extend it.
 */
import { words } from './words.ts';

/** Endings of plural nouns for people and things ("Protesters", "Parents", "Relatives", "Families"). */
export const PLURAL_ENDINGS: readonly string[] = words(
  'ers ors ists ians ents ants ies ees ics ives ings ions ures ties als eers ites',
);

/**
 * Plurals that open sentences before a reporting verb: those without one of those endings, and
 * people nouns whose -ers/-ors ending surnames share ("Protesters said" is a group, "Sanders
 * said" a person), which are the only ones an opening capital does not make a name.
 */
export const PLURAL_NOUNS: readonly string[] = words(
  'friends fans kids girls boys guys locals folks pros cops fbi vets docs feds dems gops '
  + 'polls surveys emails texts tweets posts records papers files notes memos minutes results '
  + 'numbers figures data stats charts maps photos videos images sites groups unions firms '
  + 'banks funds clubs teams cities towns states nations countries courts judges panels boards '
  + 'agencies schools colleges hospitals churches companies makers owners users voters '
  + 'aides allies rivals foes hosts guests witnesses nurses doctors parents relatives colleagues '
  + 'attendees donors sponsors insiders outsiders sources associates partisans politicos thirds '
  + 'quarters halves protesters farmers workers teachers reporters supporters lawmakers '
  + 'researchers organizers organisers demonstrators investigators prosecutors inspectors '
  + 'observers commentators employers shoppers customers passengers soldiers officers '
  + 'firefighters rescuers volunteers members leaders managers founders drivers players',
);
