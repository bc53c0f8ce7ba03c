/** French word lists for speakers, `attributed` and `vague` (see types.ts for what each list is for). */
import type { LanguageWords } from './types.ts';

export const FR: LanguageWords = {
  code: 'fr',
  conjugation: 'fr',
  speechVerbs:
    'dire/dit/disent/disait/disaient/dirent/disant déclarer affirmer ajouter expliquer souligner '
    + 'indiquer préciser annoncer/annonce/annoncent/annoncé/annonça/annonçait/annonçant assurer raconter '
    + 'répondre/répond/répondent/répondu/répondit/répondait/répondant '
    + 'rappeler/rappelle/rappellent/rappelé/rappela/rappelait/rappelant confier insister '
    + 'avertir/avertit/avertissent/averti/avertissait marteler/martèle/martèlent/martelé/martelait '
    + 'commenter confirmer démentir/dément/démentent/démenti/démentait '
    + 'reconnaître/reconnaît/reconnaissent/reconnu/reconnut/reconnaissait admettre/admet/admettent/admis/admit '
    + 'dénoncer/dénonce/dénoncent/dénoncé/dénonça/dénonçait/dénonçant critiquer accuser regretter déplorer '
    + 'demander interroger exclamer témoigner écrire/écrit/écrivent/écrivait/écrivit tweeter plaider '
    + 'promettre/promet/promettent/promis/promit prévenir/prévient/préviennent/prévenu/prévint '
    + 'relever noter observer poursuivre/poursuit/poursuivent/poursuivi/poursuivit '
    + 'conclure/conclut/concluent/conclu résumer nuancer reprendre/reprend/reprennent/repris/reprit '
    + 'réagir/réagit/réagissent/réagi renchérir/renchérit/renchéri ironiser glisser lâcher détailler '
    + 'argumenter soutenir/soutient/soutiennent/soutenu/soutint/soutenait signaler mentionner '
    + 'réclamer exiger avouer fustiger protester lancer/lance/lancé/lança/lançait insister '
    + 'révéler/révèle/révèlent/révélé/révéla/révélait rapporter certifier garantir/garantit/garanti '
    + 'jurer/jure/jurent/juré/jura clamer proclamer réitérer/réitère/réitéré répliquer rétorquer '
    + 'objecter dévoiler confesser s\'indigner/indigne/indigné s\'inquiéter/inquiète/inquiété '
    + 'interpeller/interpelle/interpellé appeler/appelle/appellent/appelé/appela/appelait '
    + 'qualifier décrire/décrit/décrivent/décrivait/décrivit',
  stanceVerbs:
    'estimer penser croire/croit/croient/cru/croyait/croyaient juger '
    + 'considérer/considère/considèrent/considéré/considérait '
    + 'craindre/craint/craignent/craignait/craignaient espérer/espère/espèrent/espéré/espérait '
    + 'montrer/montre/montrent/montré/montrait/montraient constater calculer douter/doute/doutent/douté/doutait',
  clauseVerbs: 'soutenir assurer garantir poursuivre reprendre relever lancer glisser lâcher avancer noter observer rappeler confier détailler signaler mentionner répondre écrire reconnaître admettre révéler juger considérer calculer montrer',
  clauseWords: 'que qu\' comment pourquoi si combien',
  auxiliaries: 'a ont avait avaient aurait auraient est sont était étaient eu été va vont',
  passiveAuxiliaries: 'été est sont était étaient fut furent sera seront',
  agentMarkers: 'par',
  fillers:
    'ne n\' pas plus jamais également aussi encore alors ensuite déjà toujours notamment '
    + 'd\'ailleurs lui leur y en se s\' lundi mardi mercredi jeudi vendredi samedi dimanche '
    + 'hier aujourd\'hui récemment publiquement simplement clairement enfin même bien',
  invertedEndings: 'il:he elle:she ils:they elles:they on:impersonal',
  he: 'il lui',
  she: 'elle',
  they: 'ils elles eux',
  anaphors: 'ce dernier:he|cette dernière:she',
  impersonal: 'on',
  proDrop: false,
  capitalisedNouns: false,
  determiners:
    'le la les l\' un une des du au aux ce cet cette ces son sa ses leur leurs mon ma mes notre nos votre vos',
  femaleArticles: 'la une cette sa',
  maleArticles: 'le un ce cet son',
  links: 'de du des d\' à au aux la l\'',
  nameParticles: 'de du des d\' la le van von der',
  stops:
    'que qu\' qui et ou mais car donc si quand lorsque comme dont où puis pour par avec sans sur '
    + 'sous dans en contre vers chez après avant pendant depuis selon',
  relatives: 'qui',
  femaleHonorifics: 'mme mmes mlle madame mademoiselle',
  maleHonorifics: 'm. mm. monsieur',
  otherHonorifics: 'me dr pr maître',
  roles:
    'président présidente ministre premier première porte-parole secrétaire directeur directrice '
    + 'chef cheffe maire préfet préfète procureur procureure juge avocat avocate député députée '
    + 'sénateur sénatrice rapporteur rapporteure patron patronne dirigeant dirigeante commissaire '
    + 'ambassadeur ambassadrice général colonel commandant entraîneur sélectionneur pdg gouverneur '
    + 'chancelier chancelière roi reine pape cardinal évêque fondateur fondatrice conseiller '
    + 'conseillère présidente-directrice président-directeur vice-président vice-présidente '
    + 'leader candidat candidate délégué déléguée coordinateur coordinatrice',
  femaleRoles:
    'présidente ministre première directrice cheffe préfète procureure avocate députée sénatrice '
    + 'rapporteure patronne dirigeante ambassadrice chancelière reine fondatrice conseillère '
    + 'vice-présidente candidate déléguée coordinatrice',
  roleEndings: '',
  institutions:
    'université confédération chambre gouvernement police gendarmerie parquet justice tribunal cour ministère préfecture mairie '
    + 'armée état-major commission conseil assemblée sénat entreprise groupe société syndicat '
    + 'parti opposition majorité élysée matignon présidence direction agence autorité institut '
    + 'office fédération association ong banque',
  institutionEndings: '',
  documents: 'texte rapport étude enquête sondage document communiqué note analyse bilan décision arrêt jugement avis',
  definiteArticles: 'le la l\' les ce cet cette ces du des au aux',
  vagueNouns:
    'sources source experts expert spécialistes analystes observateurs commentateurs critiques '
    + 'détracteurs opposants partisans défenseurs responsables officiels proches témoins habitants '
    + 'riverains chercheurs scientifiques économistes diplomates militants médias rumeurs rapports '
    + 'études certains plusieurs beaucoup d\'aucuns personnes gens internautes observateurs '
    + 'spécialiste analyste',
  quantifiers: 'certains certaines plusieurs nombreux nombreuses quelques divers diverses des d\'autres beaucoup',
  accordingTo: 'selon|d\'après|de l\'avis de|aux dires de',
  accordingAfter: '',
  accordingAfterQuote: '',
  vaguePhrases:
    'on dit|on affirme|on estime|on murmure|on raconte|il paraît|il semblerait|selon des sources|'
    + 'selon plusieurs sources|selon certaines sources|selon nos informations|selon nos sources|'
    + 'de sources concordantes|de source sûre|une source proche|des sources proches|source proche|'
    + 'proches du dossier|selon des experts|selon certains|selon la presse|selon des médias|'
    + 'selon les médias|sous couvert d\'anonymat|sous le couvert de l\'anonymat|requis l\'anonymat|'
    + 'selon des rumeurs|selon des témoins|d\'après des sources|d\'après plusieurs sources',
  vagueModifiers: 'présumé présumée présumés présumées prétendument supposément',
  speechNouns:
    'déclaration déclarations propos discours entretien interview communiqué message lettre '
    + 'réponse tweet annonce témoignage aveu aveux critique critiques accusation accusations '
    + 'mot mots paroles formule avertissement appel plaidoyer',
  scareMarkers:
    'soi-disant dit dite dits dites appelé appelée appelés appelées surnommé surnommée baptisé '
    + 'baptisée intitulé intitulée intitulés nommé nommée terme mot mots expression slogan '
    + 'hashtag titre label '
    + 'journal quotidien hebdomadaire magazine revue livre ouvrage roman film série émission documentaire chanson album',
  gerundEndings: 'ant',
};
