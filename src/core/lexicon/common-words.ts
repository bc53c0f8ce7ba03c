/**
 * Frequent English words that are capitalised only because they open a sentence or a heading
 * ("The", "Yet", "His"); a capitalised word from this list never starts a name.
 */
import { words } from './words.ts';

export const COMMON_CAPITALISED: readonly string[] = words(
  'the a an and but or yet so for nor as at by in on of to from with without after before '
  + 'during since until while when where why how what which who whose whom if though although '
  + 'because unless whether this that these those there here he she it they we i you his her '
  + 'its their our my your him them us me one some many most much more few all each every both '
  + 'either neither no not none any another other such however meanwhile still now then also '
  + 'even just only instead indeed moreover furthermore nevertheless nonetheless therefore '
  + 'thus amid among against about above across along around behind below beyond despite '
  + 'inside into like near over through under upon within last next first earlier later today '
  + 'yesterday tomorrow will would could should can may might must is was are were do does did '
  + 'has have had be been according asked said says exclusive update updated breaking watch '
  + 'read photo video image new civilians investigative critics experts officials sources '
  + 'analysts yes well oh too very perhaps maybe once again often never',
);

/**
 * Nouns ending in -ly, which are not adverbs: "his family believe" has a subject before the verb,
 * not an adverb to skip.
 */
export const LY_NOUNS: readonly string[] = words(
  'family ally rally assembly supply anomaly italy monopoly homily belly bully jelly lily folly '
  + 'holly tally emily kelly molly polly sally beverly kimberly shelly billy willy wally',
);
