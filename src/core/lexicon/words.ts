/**
 * Word lists are stored as one string each (a few bytes per word in the content-script bundle
 * instead of quotes and commas around every word) and expanded once at load.
 */

/** A list of single words, space-separated. */
export function words(list: string): readonly string[] {
  return list.split(' ');
}

/** A list of phrases that may contain spaces ("it is believed"), |-separated. */
export function phrases(list: string): readonly string[] {
  return list.split('|');
}
