/**
 * Words that make a capitalised name an organisation or a place rather than a person
 * ("White House", "State Department", "Abu Dhabi" is caught by the place starters), and lowercase
 * nouns that name an identifiable institution on their own ("police", "the company").
 */
import { words, phrases } from './words.ts';

export const ORG_WORDS: readonly string[] = words(
  'house department ministry office agency bureau council committee commission court party '
  + 'parliament congress senate assembly government administration university college school '
  + 'institute institution foundation center centre association union federation league '
  + 'organization organisation group bank fund company corporation corp inc ltd llc co plc '
  + 'times post news journal herald tribune press magazine review network television radio '
  + 'media forum airport street avenue square city county state states kingdom republic '
  + 'emirates island islands river mountains sea ocean gulf army navy force forces police '
  + 'service services church hospital club team campaign project program programme initiative '
  + 'board authority reserve exchange market markets war world cup games olympics festival '
  + 'awards day week act bill treaty accord agreement plan report pentagon kremlin politburo '
  + 'cabinet security intelligence hall palace building tower station port park valley coast '
  + 'region province district international global national federal economic labs laboratory '
  + 'systems technologies motors airlines records studios pictures foods energy',
);

/**
 * Head words of institutions whose names go on with "of", "for" or "on" ("Bank of England",
 * "Centers for Disease Control", "Council on Foreign Relations"): a name run keeps going there.
 */
export const ORG_HEADS: readonly string[] = words(
  'department departments ministry office agency bureau council committee commission court university '
  + 'college institute institution foundation center centre centers centres association union federation '
  + 'league organization organisation bank fund board authority academy society chamber school museum '
  + 'coalition alliance party',
);

/** First words of multi-word place names ("New York", "Abu Dhabi", "Los Angeles"). */
export const PLACE_STARTERS: readonly string[] = words(
  'new north south east west san santa los las el la saint st fort port mount lake cape abu '
  + 'hong sri buenos rio sao são tel costa puerto great united middle central upper lower',
);

/** Single words that are places (US states and their abbreviations, common countries). */
export const PLACE_NAMES: readonly string[] = words(
  'alabama alaska arizona arkansas california colorado connecticut delaware florida georgia '
  + 'hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts '
  + 'michigan minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon '
  + 'pennsylvania tennessee texas utah vermont virginia washington wisconsin wyoming ala. '
  + 'ariz. ark. calif. colo. conn. del. fla. ga. ill. ind. kan. ky. la. md. mass. mich. minn. '
  + 'miss. mo. mont. neb. nev. n.h. n.j. n.m. n.y. n.c. n.d. okla. ore. pa. r.i. s.c. s.d. '
  + 'tenn. tex. vt. va. wash. w.va. wis. wyo. d.c. america britain england france germany '
  + 'russia ukraine china japan india iran iraq israel syria turkey egypt mexico canada brazil '
  + 'europe africa asia moscow kyiv kiev beijing london paris berlin tokyo brussels davos gaza',
);

/** Single words that are organisations when capitalised, with or without "the" ("the Kremlin"). */
export const ORG_NAMES: readonly string[] = words(
  'kremlin pentagon vatican congress parliament senate nato un eu fbi cia nsa imf opec '
  + 'reuters bloomberg politico interpol europol hamas hezbollah taliban downing whitehall '
  + 'bundestag knesset duma google apple microsoft amazon facebook meta twitter tesla openai',
);

/**
 * Lowercase institution nouns that identify a source well enough for `attributed`
 * ("police said", "the ministry said", "prosecutors allege", "the report found").
 */
export const INSTITUTION_NOUNS: readonly string[] = phrases(
  'police|prosecutors|prosecutor|government|ministry|department|company|firm|court|courts|judge|'
  + 'judges|justices|tribunal|panel|office|'
  + 'jury|committee|commission|agency|administration|campaign|council|authorities|military|'
  + 'army|navy|report|study|survey|poll|analysis|audit|review|investigation|inquiry|indictment|'
  + 'lawsuit|complaint|filing|memo|document|documents|letter|statement|ruling|white house|'
  + 'kremlin|pentagon|regulator|regulators|watchdog|board|university|hospital|school|district|'
  + 'coroner|medical examiner|fire department|group|organization|organisation|newspaper|'
  + 'newspapers|party|union|association|coalition|network|outlet|results|count|tally|data|'
  + 'figures|estimates|records|projections|census|polls|paper|magazine|statistics|polling|'
  + 'emails|spokesman|spokeswoman|spokesperson|prime minister|president|minister|secretary|'
  + 'governor|mayor|senator|chancellor|leader|chairman|ceo',
);
