/**
 * A dozen or so of the most frequent words of each language, enough for a cheap language guess
 * when the page declares none (count hits over the first few thousand characters). Only the
 * languages in SUPPORTED_LANGUAGES have the word lists that vague/unsourced labelling needs.
 */
import { words } from './words.ts';

export const STOPWORDS: Readonly<Record<string, readonly string[]>> = {
  en: words('the and of to in is that it was for with he said on as by has have are this'),
  fr: words('le la les et des est une du que dans pour qui pas sur au il avec ce ont aux'),
  de: words(
    'der die und das ist nicht mit den von zu ein eine auf sich dem auch es im wird für',
  ),
  es: words('el los las y que del en una por con para es se su al lo como más pero sus'),
  pt: words('o os as e que do da em um uma para com não dos das se na no ao mais'),
  it: words(
    'il lo gli e che di della per una non sono con del nel alla anche questo più ha le',
  ),
  nl: words(
    'de het een en van dat niet zijn op voor met ook maar wordt bij er naar om dit heeft',
  ),
};

/** Languages (primary subtags) that have full word lists; elsewhere only quotations are labelled. */
export const SUPPORTED_LANGUAGES: readonly string[] = ['en'];
