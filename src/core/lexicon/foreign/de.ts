/** German word lists for speakers, `attributed` and `vague` (see types.ts for what each list is for). */
import type { LanguageWords } from './types.ts';

export const DE: LanguageWords = {
  code: 'de',
  conjugation: 'de',
  speechVerbs:
    'sagen erklären betonen meinen warnen kritisieren berichten/berichtet/berichtete/berichteten '
    + 'schreiben/schreibt/schrieb/schrieben/geschrieben erzählen antworten/antwortet/antwortete/antworteten/geantwortet '
    + 'fragen ergänzen/ergänzt/ergänzte/ergänzten fügte/fügten versichern behaupten/behauptet/behauptete/behaupteten '
    + 'bestätigen dementieren verkünden kündigte/kündigten unterstreichen/unterstreicht/unterstrich/unterstrichen '
    + 'bekräftigen beklagen klagen twittern kommentieren argumentieren mahnen fordern äußern '
    + 'räumte/räumten sprach/sprachen versprechen/verspricht/versprach/versprachen/versprochen '
    + 'rief/riefen verwies/verwiesen zitieren nennen/nennt/nannte/nannten bezeichnen '
    // Separable verbs: only the participle, whose particle is attached ("hat mitgeteilt").
    + 'mitteilen/mitgeteilt ankündigen/angekündigt hinzufügen/hinzugefügt einräumen/eingeräumt vorwerfen/vorgeworfen',
  stanceVerbs:
    'entscheiden/entschied/entschieden zeigen glauben schätzen vermuten befürchten hoffen bezweifeln zweifeln/zweifelt/zweifelte',
  clauseVerbs: 'schätzen erklären halten finden schreiben bezeichnen nennen zitieren bestätigen zeigen entscheiden',
  clauseWords: 'dass ob wie warum wieso weshalb',
  auxiliaries: 'hat haben hatte hatten habe hätte hätten ist sind war waren wird werden wurde',
  passiveAuxiliaries: 'wurde wurden wird werden worden',
  agentMarkers: 'von vom durch',
  fillers:
    'auch bereits schon noch nun nicht nie jetzt zudem außerdem später dann gestern heute '
    + 'ebenfalls erneut weiter zuletzt öffentlich sogar jedoch aber allerdings mehrfach wiederholt',
  invertedEndings: '',
  he: 'er',
  she: 'sie',
  they: '',
  anaphors: 'letzterer:he|letztere:she',
  impersonal: 'man',
  proDrop: false,
  capitalisedNouns: true,
  determiners:
    'der die das den dem des ein eine einen einem einer eines dieser diese dieses diesen diesem '
    + 'sein seine seinen seinem seiner seines ihr ihre ihren ihrem ihrer ihres unser unsere unseres kein keine keinen keinem keiner keines zum zur vom im am beim',
  femaleArticles: 'die eine diese seine ihre',
  maleArticles: 'der ein dieser',
  links: 'der des von vom',
  nameParticles: 'von van der de zu',
  stops:
    'dass und oder aber weil wenn als wie ob denn doch sondern damit nachdem bevor während mit '
    + 'ohne für gegen über unter in an auf aus bei nach seit vor zu um bis durch',
  relatives: '',
  femaleHonorifics: 'frau',
  maleHonorifics: 'herr herrn',
  otherHonorifics: 'dr dr. prof prof.',
  roles:
    'kanzler kanzlerin bundeskanzler bundeskanzlerin minister ministerin präsident präsidentin '
    + 'sprecher sprecherin chef chefin vorsitzende vorsitzender direktor direktorin leiter leiterin '
    + 'bürgermeister bürgermeisterin abgeordnete abgeordneter sekretär sekretärin botschafter '
    + 'botschafterin trainer trainerin gründer gründerin richter richterin staatsanwalt '
    + 'staatsanwältin anwalt anwältin general kommissar kommissarin regierungschef regierungschefin '
    + 'ministerpräsident ministerpräsidentin',
  femaleRoles:
    'kanzlerin bundeskanzlerin ministerin präsidentin sprecherin chefin direktorin leiterin '
    + 'bürgermeisterin sekretärin botschafterin trainerin gründerin richterin staatsanwältin '
    + 'anwältin kommissarin regierungschefin ministerpräsidentin',
  roleEndings:
    'minister ministerin präsident präsidentin kanzler kanzlerin sprecher sprecherin chef chefin '
    + 'vorsitzende vorsitzender direktor direktorin leiter leiterin bürgermeister bürgermeisterin',
  institutions:
    'gesellschaft verein universität regierung bundesregierung polizei staatsanwaltschaft ministerium gericht behörde bundestag '
    + 'unternehmen konzern partei kommission verwaltung bundeswehr armee firma hersteller verband '
    + 'gewerkschaft opposition',
  institutionEndings: 'ministerium behörde gericht amt regierung polizei verband partei kommission konzern',
  documents: 'text bericht studie umfrage analyse dokument mitteilung erklärung urteil gutachten untersuchung',
  definiteArticles: 'der die das den dem des dieser diese dieses diesem diesen',
  vagueNouns:
    'experten expertinnen kritiker kritikerinnen beobachter analysten quellen insider kreise kreisen '
    + 'fachleute wissenschaftler forscher ökonomen diplomaten gegner befürworter anwohner zeugen '
    + 'augenzeugen medien berichte berichten einige viele manche mehrere andere',
  quantifiers: 'einige viele manche mehrere zahlreiche andere etliche verschiedene',
  accordingTo:
    'laut|nach angaben von|nach angaben der|nach angaben des|nach ansicht von|nach worten von|'
    + 'nach aussage von|nach auskunft von|nach einschätzung von|nach angaben|nach einschätzung|nach ansicht|nach worten',
  accordingAfter: 'zufolge',
  accordingAfterQuote: 'so',
  vaguePhrases:
    'es heißt|heißt es|berichten zufolge|medienberichten zufolge|insidern zufolge|kreisen zufolge|'
    + 'aus kreisen|nach medienberichten|wie verlautete|hinter vorgehaltener hand|'
    + 'aus gut unterrichteten kreisen|aus regierungskreisen|aus parteikreisen|aus sicherheitskreisen|'
    + 'nicht namentlich genannt|namentlich nicht genannt',
  vagueModifiers: 'angeblich angebliche angeblichen angeblicher mutmaßlich mutmaßliche mutmaßlichen mutmaßlicher vermeintlich vermeintliche',
  speechNouns:
    'erklärung rede interview mitteilung stellungnahme aussage aussagen worte brief antwort '
    + 'ankündigung kritik vorwurf vorwürfe warnung appell tweet',
  scareMarkers:
    'sogenannte sogenannten sogenannter sogenanntes genannt genannte genannten titel '
    + 'begriff wort ausdruck stichwort motto slogan hashtag namens '
    + 'zeitung magazin buch roman film serie sendung dokumentation lied album',
  gerundEndings: 'end',
};
