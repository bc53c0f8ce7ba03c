/**
 * Abbreviations that end in a full stop which usually does not end the sentence. Lowercase,
 * without the final stop. `TITLE_ABBREVIATIONS` precede a name and never end a sentence
 * ("Mr. Obama", "Gov. Newsom", "St. Louis"); `OTHER_ABBREVIATIONS` can end one when the next
 * word is a typical sentence opener ("... moved to the U.S. The next year ...").
 */
import { words } from './words.ts';

export const TITLE_ABBREVIATIONS: readonly string[] = words(
  'mr mrs ms mx dr prof gov sen rep st ste mt ft gen col lt capt cpt sgt adm maj cmdr rev '
  + 'hon pres supt det insp cpl pvt fr sr messrs mme mlle vs cf ca univ assn',
);

/** Abbreviations that are not a sentence end only before a number ("No. 5", "p. 12", "Vol. 3"). */
export const NUMBER_ABBREVIATIONS: readonly string[] = words('no nos vol art fig p pp ch sec para op nr');

export const OTHER_ABBREVIATIONS: readonly string[] = words(
   'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat '
   + 'sun inc ltd co corp jr etc esp est al ave blvd rd ph.d m.d b.a m.a a.m p.m u.s u.k u.n '
   + 'e.u d.c l.a n.y i.e e.g ph mass calif fla ill penn tex wash ariz colo conn del ga ky la '
   + 'md mich minn miss mo mont neb nev okla ore pa tenn va vt wis wyo ala ark kan dak ind '
   + 'approx dept govt intl natl',
 );

/**
 * Words that usually open a sentence; after an ambiguous abbreviation ("U.S.", "Inc.") the
 * sentence is taken to end only when one of these follows.
 */
export const SENTENCE_OPENERS: readonly string[] = words(
  'the a an he she it they we i you this that these those but and or so yet in on at as '
  + 'after before when while if there his her their its our my however meanwhile still now '
  + 'then for with without since although though because what who why how where one some many '
  + 'most no not last next earlier later today yesterday also both each every all',
);
