/**
 * Titles, roles and descriptors that precede a name and are not part of it
 * ("Russian presidential aide Yuri Ushakov" -> "Yuri Ushakov", "Gov. Gavin Newsom" -> "Gavin Newsom").
 * Lowercase, without the final full stop.
 */
import { words } from './words.ts';

export const TITLES: readonly string[] = words(
  'mr mrs ms miss mx dr prof professor sir dame lord lady president vice prime minister '
  + 'secretary senator sen rep representative congressman congresswoman gov governor lt mayor '
  + 'judge justice chancellor king queen prince princess pope sheikh emir general gen col '
  + 'colonel capt captain sgt sergeant adm admiral major maj cmdr commander rev reverend '
  + 'father sister brother bishop archbishop cardinal rabbi imam chief director ceo cfo coo '
  + 'chairman chairwoman chair speaker leader ambassador envoy commissioner attorney sheriff '
  + 'officer detective coach deputy acting former foreign defense defence health finance '
  + 'interior home economy trade energy education transport labour labor state treasury '
  + 'homeland security executive press first senior presidential aide adviser advisor '
  + 'spokesman spokeswoman spokesperson candidate nominee hopeful frontrunner republican '
  + 'democrat democratic majority minority whip assemblyman assemblywoman councilman '
  + 'councilwoman councillor councilor delegate lawmaker premier president-elect ex special '
  + 'counsel envoys son-in-law daughter son wife husband mother widow billionaire businessman '
  + 'businesswoman tycoon star actor actress singer rapper host anchor columnist author '
  + 'novelist director-general secretary-general founder co-founder owner manager head boss '
  + 'rival challenger incumbent',
);

/** Nationality adjectives and country abbreviations that precede titles ("Ukrainian President ..."). */
export const NATIONALITIES: readonly string[] = words(
  'american russian ukrainian british french german chinese japanese korean north south '
  + 'indian pakistani iranian iraqi israeli palestinian syrian turkish saudi egyptian italian '
  + 'spanish portuguese dutch belgian polish hungarian czech swedish norwegian danish finnish '
  + 'irish scottish welsh english canadian mexican brazilian argentine argentinian chilean '
  + 'colombian venezuelan cuban australian european african asian arab afghan belarusian '
  + 'georgian lebanese jordanian qatari emirati nigerian kenyan ethiopian greek austrian swiss '
  + 'romanian bulgarian serbian croatian taiwanese vietnamese thai indonesian filipino '
  + 'malaysian western eastern us u.s. uk u.k. eu un u.n. gop federal state local',
);
