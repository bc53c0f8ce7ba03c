/**
 * The word lists a language other than English needs for quotation speakers, `attributed` and
 * `vague`: one object of space-separated strings per language (fr.ts, es.ts, de.ts, pt.ts),
 * expanded once into Sets and Maps by ../foreign.ts. Data only: the algorithm that reads them
 * (attribution/foreign-*.ts) is the same for every language.
 */

/** How a language conjugates the regular reporting verbs given as bare lemmas. */
export type Conjugation = 'fr' | 'es' | 'pt' | 'de';

export interface LanguageWords {
  /** Primary subtag ("fr"). */
  code: string;
  conjugation: Conjugation;
  /**
   * Reporting verbs that introduce words by themselves ("a déclaré", "dijo", "sagte"): entries
   * as in lexicon/reporting-verbs.ts, a bare regular lemma ("déclarer") standing for its usual
   * forms, or `lemma/form/form` spelling out every form (irregular verbs).
   */
  speechVerbs: string;
  /** Verbs of opinion or finding ("estime", "cree", "glaubt"): they report, but do not quote. */
  stanceVerbs: string;
  /**
   * Lemmas that report only before a clause, a colon or a quotation, or right after one
   * ("soutient que", "asegura que": yes; "soutient les agriculteurs", "asegura la zona": no).
   */
  clauseVerbs: string;
  /** Words that open a reported clause ("que", "dass"); an elided "qu'" counts too. */
  clauseWords: string;
  /** Auxiliaries and clitics between a subject and its participle ("a", "ha", "hat", "tem"). */
  auxiliaries: string;
  /** Forms of the passive auxiliary ("a été", "fue", "foi", "wurde"): "X a été critiqué" is said of X, not by X. */
  passiveAuxiliaries: string;
  /** What introduces a passive's agent ("par", "por", "pelo", "von"): the agent is the source. */
  agentMarkers: string;
  /** Adverbs and particles that may sit between a subject and its verb ("également", "también"). */
  fillers: string;
  /** Pronoun endings of a clitic-inverted verb ("dit-il", "a-t-elle", "diz-se"), with the pronoun they stand for. */
  invertedEndings: string;
  /** Subject pronouns, by what they refer to. */
  he: string;
  she: string;
  they: string;
  /** Phrases that point back to the person just named ("ce dernier", "esta última", "Letzterer"), phrase:he|phrase:she. */
  anaphors: string;
  /** Impersonal subjects ("on dit", "man sagt", "se dice"): the source is nobody in particular. */
  impersonal: string;
  /** Does the language drop subject pronouns ("—No —dijo.")? Then a verb alone after a quotation is the last person's. */
  proDrop: boolean;
  /** German capitalises every noun: a capitalised word after an article is a noun, not a name. */
  capitalisedNouns: boolean;
  /** Articles, demonstratives, possessives. */
  determiners: string;
  /** Articles that tell a following role noun's gender ("la ministre", "der Sprecher"). */
  femaleArticles: string;
  maleArticles: string;
  /** Prepositions that link a noun to its complement inside a source ("du gouvernement", "del Gobierno"). */
  links: string;
  /** Particles inside people's names ("da Silva", "von der Leyen", "de la Raudière"). */
  nameParticles: string;
  /** Words that end a source phrase: conjunctions, relative and clause words. */
  stops: string;
  /** Relative pronouns that hand the subject back to the noun before them ("les experts, qui estiment"). */
  relatives: string;
  /** Honorifics before a name ("M.", "Mme", "Herr", "Sra."), by gender; `other` tells none. */
  femaleHonorifics: string;
  maleHonorifics: string;
  otherHonorifics: string;
  /** Roles that identify a person or an office ("président", "porte-parole", "ministra"). */
  roles: string;
  /** Feminine role forms ("ministra", "présidente", "Ministerin"): a role word that tells the gender. */
  femaleRoles: string;
  /** German-style compound roles are recognised by their ending ("Bundesinnenministerin"). */
  roleEndings: string;
  /** Institutions that speak as one ("gouvernement", "police", "Staatsanwaltschaft"). */
  institutions: string;
  institutionEndings: string;
  /**
   * Documents that can be a source ("le rapport", "una encuesta", "die Studie"): named when
   * definite or when their author is named ("une étude de l'Inserm"), otherwise vague.
   */
  documents: string;
  /** Definite articles and demonstratives: "le rapport" is a specific one, "un rapport" is not. */
  definiteArticles: string;
  /** Nouns that, as the source, leave it unnamed ("experts", "fuentes", "Kritiker"). */
  vagueNouns: string;
  /** Quantifiers that keep a noun unnamed ("certains", "algunos", "einige"). */
  quantifiers: string;
  /** Phrases that hand a claim to the named phrase after them ("selon", "según", "laut"), |-separated. */
  accordingTo: string;
  /** The same after the source ("Merz zufolge"). */
  accordingAfter: string;
  /** The same only right after a quotation ("„…“, so Merz"). */
  accordingAfterQuote: string;
  /** Phrases that attribute a claim to nobody in particular, |-separated, lowercase. */
  vaguePhrases: string;
  /** Adverbs and adjectives that attribute without a source ("présumé", "supuestamente", "angeblich"). */
  vagueModifiers: string;
  /** Nouns of speech: quoted words near them are someone's ("déclaration", "discurso", "Interview"). */
  speechNouns: string;
  /** Words before a quotation that make it a title, a name or a word used as a word ("intitulé", "sogenannte", "le journal", "die Zeitung"). */
  scareMarkers: string;
  /** Endings of the present participle / gerund ("-ant", "-ando", "-end"). */
  gerundEndings: string;
}
