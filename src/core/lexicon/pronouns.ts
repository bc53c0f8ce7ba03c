/** Personal pronouns that can stand for a speaker, with what they can refer to. */
import { words } from './words.ts';

export const PERSON_PRONOUNS: Readonly<Record<string, 'he' | 'she' | 'they' | 'it' | 'first' | 'you'>> = {
  he: 'he', him: 'he', his: 'he', himself: 'he',
  she: 'she', her: 'she', hers: 'she', herself: 'she',
  they: 'they', them: 'they', their: 'they', themselves: 'they',
  it: 'it', its: 'it',
  i: 'first', me: 'first', my: 'first', we: 'first', us: 'first', our: 'first',
  you: 'you', your: 'you',
};

/** Relative pronouns that hand the subject back to the noun before them ("insiders, who allege"). */
export const RELATIVE_PRONOUNS: readonly string[] = words('who which that whom');

/** Words that sit between a subject and its reporting verb without changing the subject. */
export const SUBJECT_VERB_FILLERS: readonly string[] = words(
  'has have had also later then again once repeatedly previously recently long publicly '
  + 'privately will would could may might did does do is was were are been being not never '
  + 'just already still often even further only first initially subsequently shall should can '
  + 'must yesterday today tonight always quickly immediately flatly firmly openly reportedly '
  + 'allegedly apparently meanwhile however too now separately sharply both all himself '
  + 'herself themselves itself',
);
