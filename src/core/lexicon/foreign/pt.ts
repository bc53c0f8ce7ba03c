/** Portuguese word lists for speakers, `attributed` and `vague` (see types.ts for what each list is for). */
import type { LanguageWords } from './types.ts';

export const PT: LanguageWords = {
  code: 'pt',
  conjugation: 'pt',
  speechVerbs:
    'dizer/diz/dizem/disse/disseram/dizia/diziam/dito/dizendo afirmar declarar explicar acrescentar '
    + 'ressaltar destacar salientar informar anunciar contar responder/responde/respondem/respondeu/responderam/respondido/respondia '
    + 'completar comentar criticar acusar negar admitir/admite/admitem/admitiu/admitiram/admitido '
    + 'reconhecer/reconhece/reconhecem/reconheceu/reconheceram/reconhecido garantir/garante/garantem/garantiu/garantiram/garantido '
    + 'defender/defende/defendem/defendeu/defenderam/defendido perguntar falar '
    + 'escrever/escreve/escrevem/escreveu/escreveram/escrito postar alertar avisar '
    + 'prometer/promete/prometem/prometeu/prometeram/prometido insistir/insiste/insistem/insistiu/insistiram '
    + 'lembrar relatar argumentar pontuar frisar reforçar/reforça/reforçam/reforçou/reforçaram/reforçado '
    + 'confirmar desabafar ironizar rebater/rebate/rebatem/rebateu/rebateram emendar observar apontar '
    + 'concluir/conclui/concluem/concluiu/concluíram/concluído opinar exclamar lamentar '
    + 'reclamar exigir/exige/exigem/exigiu/exigiram revelar reiterar sustentar cravar disparar chamar '
    + 'resumir/resume/resumem/resumiu/resumiram classificar qualificar '
    + 'descrever/descreve/descrevem/descreveu/descreveram/descrito',
  stanceVerbs:
    'mostrar avaliar considerar acreditar estimar pensar julgar temer/teme/temem/temeu/temiam '
    + 'crer/crê/creem/creu/acreditava',
  clauseVerbs: 'garantir defender apontar destacar lembrar observar completar pontuar contar chamar reforçar escrever reconhecer admitir revelar considerar avaliar estimar cravar disparar sustentar responder mostrar',
  clauseWords: 'que como porque se quanto quantos',
  auxiliaries: 'tem têm tinha tinham havia teria',
  passiveAuxiliaries: 'foi foram é são era eram sido será serão',
  agentMarkers: 'por pelo pela pelos pelas',
  fillers:
    'também já ainda não nunca depois ontem hoje se lhe lhes me nos recentemente publicamente '
    + 'novamente então segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo nesta neste',
  invertedEndings: 'se:impersonal',
  he: 'ele',
  she: 'ela',
  they: 'eles elas',
  anaphors: 'este último:he|esta última:she|o último:he|a última:she',
  impersonal: 'se',
  proDrop: true,
  capitalisedNouns: false,
  determiners:
    'o a os as um uma uns umas este esta estes estas esse essa esses essas seu sua seus suas do da '
    + 'dos das no na nos nas ao à aos às pelo pela pelos pelas',
  femaleArticles: 'a uma esta essa da na à pela',
  maleArticles: 'o um este esse do no ao pelo',
  links: 'de do da dos das ao aos à às',
  nameParticles: 'de do da dos das e',
  stops:
    'que e ou mas porque se quando como onde quem em com sem sobre para por ante após desde até '
    + 'durante segundo entre contra',
  relatives: 'quem',
  femaleHonorifics: 'sra sra. senhora dona',
  maleHonorifics: 'sr sr. senhor dom',
  otherHonorifics: 'dr dr. dra dra.',
  roles:
    'mandatário mandatária presidente presidenta ministro ministra porta-voz secretário secretária diretor diretora chefe '
    + 'prefeito prefeita governador governadora promotor promotora procurador procuradora juiz juíza '
    + 'advogado advogada deputado deputada senador senadora técnico treinador comandante general '
    + 'coronel embaixador embaixadora dirigente líder vice-presidente fundador fundadora assessor '
    + 'assessora relator relatora candidato candidata delegado delegada',
  femaleRoles:
    'presidenta ministra secretária diretora prefeita governadora promotora procuradora juíza '
    + 'advogada deputada senadora embaixadora fundadora assessora relatora candidata delegada',
  roleEndings: '',
  institutions:
    'sociedade associação federação confederação conselho universidade governo polícia ministério justiça tribunal supremo exército empresa partido sindicato oposição '
    + 'comissão congresso senado câmara prefeitura procuradoria presidência agência instituto banco '
    + 'fundação organização',
  institutionEndings: '',
  documents: 'texto relatório estudo pesquisa levantamento documento comunicado nota análise balanço sentença decisão parecer investigação',
  definiteArticles: 'o a os as este esta estes estas esse essa do da dos das no na ao à pelo pela',
  vagueNouns:
    'fontes fonte especialistas analistas observadores críticos opositores apoiadores funcionários '
    + 'testemunhas moradores pesquisadores cientistas economistas diplomatas ativistas relatos estudos '
    + 'rumores aliados interlocutores pessoas alguns muitos vários outros especialista analista',
  quantifiers: 'alguns algumas muitos muitas vários várias outros outras certos certas diversos diversas uns umas',
  accordingTo: 'segundo|de acordo com|conforme|na avaliação de|nas palavras de|na opinião de|na visão de',
  accordingAfter: '',
  accordingAfterQuote: '',
  vaguePhrases:
    'diz-se|segundo fontes|de acordo com fontes|segundo relatos|fontes próximas|fontes ouvidas|'
    + 'fontes ligadas ao|fontes ligadas à|sob condição de anonimato|pediu para não ser identificado|'
    + 'pediu para não ser identificada|pediu anonimato|em caráter reservado|nos bastidores|'
    + 'segundo especialistas|segundo analistas|segundo a imprensa|segundo interlocutores',
  vagueModifiers: 'supostamente alegadamente suposto suposta supostos supostas',
  speechNouns:
    'declaração declarações discurso entrevista comunicado nota mensagem carta resposta tuíte '
    + 'anúncio depoimento palavras críticas acusação acusações alerta apelo',
  scareMarkers:
    'chamado chamada chamados chamadas denominado denominada apelidado apelidada intitulado '
    + 'intitulada batizado batizada termo palavra expressão slogan lema hashtag título '
    + 'jornal revista livro romance filme série programa documentário canção música álbum',
  gerundEndings: 'ando endo indo',
};
