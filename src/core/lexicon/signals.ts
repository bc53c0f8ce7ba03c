/**
 * Check-worthiness signals: what makes an unattributed sentence a claim a reader could ask
 * "says who?" about. Grouped by kind; the kind is shown in the reason ("accusation: accused of").
 * Single words are matched as lowercase tokens, phrases as token sequences.
 */
import { words, phrases } from './words.ts';

export type SignalKind = 'number' | 'date' | 'event' | 'cause' | 'accusation' | 'conduct';

export const SIGNAL_WORDS: Readonly<Record<SignalKind, readonly string[]>> = {
  number: phrases(
    'million|millions|billion|billions|trillion|trillions|thousand|thousands|hundreds|dozens|'
    + 'percent|per cent|percentage|half of|doubled|tripled|majority of|countless|'
    + 'tens of thousands|more than|less than|fewer than|outnumber|outnumbered|largest|'
    + 'biggest|highest|lowest|first time|'
    // "record" as an amount, not someone's record ("his record", "a voting record", "on the record").
    + 'record high|record highs|record low|record lows|record number|record numbers|record level|'
    + 'record levels|record year|record-high|record-low|record-breaking|record-setting|new record|'
    + 'all-time record|broke the record|broke a record|set a record|set the record|a record number',
  ),
  date: phrases(
    'january|february|march|april|june|july|august|september|october|november|december|monday|'
    + 'tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|last week|last month|'
    + 'last year|earlier this year|next week|next month|next year|this week|this month|this year|'
    + 'last fall|last spring|last summer|last winter|tomorrow|tonight',
  ),
  event: phrases(
    'killed|died|dead|injured|wounded|arrested|detained|charged|convicted|sentenced|indicted|'
    + 'jailed|elected|reelected|re-elected|sworn in|signed|launched|arrived|visited|invaded|'
    + 'attacked|bombed|shelled|captured|seized|fired|resigned|won|lost|voted|passed|approved|'
    + 'vetoed|banned|displaced|fled|destroyed|collapsed|rose|fell|increased|decreased|surged|'
    + 'plunged|soared|imposed|deployed|withdrew|crashed|exploded|erupted|protested|evacuated|'
    + 'raided|sued|fined|hired|acquired|merged|closed|opened|shut|cancelled|canceled|postponed|'
    + 'struck down|overturned|ruled|met with|sent shockwaves|garnered|prepared to travel|'
    + 'bombardments|bombardment|airstrikes|casualties|deaths|victims|refugees|sanctions|tariffs|'
    + 'executed|murdered|shot|stabbed|kidnapped|hacked|leaked|founded|born|appointed|nominated|'
    + 'confirmed|defeated|beat|recession|inflation|unemployment|picked|tumbled|dropped|gained|'
    + 'raised|spent|donated|endorsed|campaigned|trailed|filed|joined|quit|left office|'
    + 'took office|sworn|impeached|acquitted|pardoned',
  ),
  cause: phrases(
    'caused|because of|due to|led to|resulted in|as a result|driven by|fueled|fuelled|'
    + 'triggered|sparked|exacerbated|contributed to|blamed for|responsible for|'
    + 'brought devastation|in exchange for|at the behest of',
  ),
  accusation: phrases(
    'accused of|sabotaged|sabotage|the revelation that|corruption|corrupt|fraud|fraudulent|'
    + 'siphoning|siphoned|embezzled|embezzlement|bribe|bribes|bribery|cover-up|covered up|lied|'
    + 'rigged|undermined|manipulation|manipulated|stole|stolen|illegal|illegally|unlawful|'
    + 'unlawfully|violated|violation|abuse|abused|scandal|collusion|colluded|crimes|war crimes|'
    + 'genocide|atrocities|propaganda|misconduct|impropriety|extortion|laundering|conspiracy|'
    + 'conspired|plotted|betrayed|deceived|misled|cheated|exploited|harassed|assaulted|threats|'
    + 'intimidation|censorship|obstruction|obstructed|falsely|misleading|fabricated|forged|'
    + 'plagiarized|plagiarised',
  ),
  conduct: phrases(
    'subsidizing|subsidising|funding|financing|enabling|bear the brunt|shadow of|'
    + 'systematically|deliberately|secretly|covertly|repeatedly|failed to|refused to|ignored|'
    + 'neglected|mismanaged|squandered|risked|endangered|devastation|catastrophe|crisis',
  ),
};
