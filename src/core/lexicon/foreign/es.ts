/** Spanish word lists for speakers, `attributed` and `vague` (see types.ts for what each list is for). */
import type { LanguageWords } from './types.ts';

export const ES: LanguageWords = {
  code: 'es',
  conjugation: 'es',
  speechVerbs:
    'decir/dice/dicen/dijo/dijeron/decía/decían/dicho/diciendo afirmar declarar explicar/explica/explican/explicó/explicaron/explicado/explicaba/explicando '
    + 'agregar/agrega/agregan/agregó/agregaron/agregado/agregaba/agregando añadir/añade/añaden/añadió/añadieron/añadido/añadía '
    + 'señalar indicar/indica/indican/indicó/indicaron/indicado/indicaba/indicando '
    + 'sostener/sostiene/sostienen/sostuvo/sostuvieron/sostenido/sostenía asegurar '
    + 'advertir/advierte/advierten/advirtió/advirtieron/advertido/advertía subrayar destacar/destaca/destacan/destacó/destacaron/destacado/destacaba '
    + 'remarcar/remarca/remarcó/remarcaron/remarcado manifestar/manifiesta/manifiestan/manifestó/manifestaron/manifestado '
    + 'expresar comentar responder/responde/responden/respondió/respondieron/respondido/respondía contestar '
    + 'anunciar informar denunciar criticar/critica/critican/criticó/criticaron/criticado acusar '
    + 'negar/niega/niegan/negó/negaron/negado/negaba admitir/admite/admiten/admitió/admitieron/admitido '
    + 'reconocer/reconoce/reconocen/reconoció/reconocieron/reconocido/reconocía insistir/insiste/insisten/insistió/insistieron/insistido '
    + 'recordar/recuerda/recuerdan/recordó/recordaron/recordado/recordaba relatar '
    + 'escribir/escribe/escriben/escribió/escribieron/escrito tuitear preguntar confirmar aclarar '
    + 'precisar apuntar enfatizar prometer/promete/prometen/prometió/prometieron/prometido alertar '
    + 'argumentar sentenciar concluir/concluye/concluyen/concluyó/concluyeron/concluido opinar '
    + 'exclamar lamentar reclamar exigir/exige/exigen/exigió/exigieron replicar/replica/replicó/replicaron '
    + 'revelar contar/contó/contaron ironizar reiterar puntualizar aseverar confesar/confiesa/confesó '
    + 'llamar resumir calificar/califica/califican/calificó/calificaron/calificado/calificaba tildar '
    + 'describir/describe/describen/describió/describieron/descrito/describía',
  stanceVerbs:
    'mostrar/muestra/muestran/mostró/mostraron/mostrado/mostraba considerar creer/cree/creen/creyó/creyeron/creía/creían estimar pensar/piensa/piensan/pensó/pensaba '
    + 'sospechar temer/teme/temen/temió/temían evaluar calcular juzgar/juzga/juzgó',
  clauseVerbs: 'sostener asegurar señalar indicar destacar apuntar contar recordar llamar garantizar precisar remarcar observar escribir reconocer admitir revelar considerar calcular evaluar contestar responder mostrar',
  clauseWords: 'que cómo por qué si cuánto cuántos',
  auxiliaries: 'ha han había habían habría hubo',
  passiveAuxiliaries: 'fue fueron es son era eran sido será serán',
  agentMarkers: 'por',
  fillers:
    'lo le les se me nos también ya además no nunca luego después incluso hoy ayer recientemente '
    + 'públicamente finalmente entonces este esta lunes martes miércoles jueves viernes sábado domingo',
  invertedEndings: '',
  he: 'él',
  she: 'ella',
  they: 'ellos ellas',
  anaphors: 'este último:he|esta última:she|el último:he|la última:she',
  impersonal: 'se',
  proDrop: true,
  capitalisedNouns: false,
  determiners: 'el la los las un una unos unas lo este esta estos estas ese esa esos esas su sus al del',
  femaleArticles: 'la una esta esa',
  maleArticles: 'el un este ese al del',
  links: 'de del al la',
  nameParticles: 'de del la las los y da',
  stops:
    'que y e o u pero porque si cuando como donde quien quienes cual cuales en con sin sobre para '
    + 'por ante tras desde hasta durante según entre hacia contra a',
  relatives: 'quien quienes',
  femaleHonorifics: 'sra sra. srta srta. señora señorita doña',
  maleHonorifics: 'sr sr. señor don',
  otherHonorifics: 'dr dr. dra dra.',
  roles:
    'mandatario mandataria presidente presidenta ministro ministra portavoz vocero vocera secretario secretaria director '
    + 'directora jefe jefa alcalde alcaldesa gobernador gobernadora fiscal juez jueza abogado abogada '
    + 'diputado diputada senador senadora canciller embajador embajadora general coronel comandante '
    + 'entrenador técnico dirigente líder titular rey reina papa vicepresidente vicepresidenta '
    + 'intendente fundador fundadora asesor asesora candidato candidata legislador legisladora '
    + 'funcionario funcionaria delegado delegada',
  femaleRoles:
    'presidenta ministra vocera secretaria directora jefa alcaldesa gobernadora jueza abogada '
    + 'diputada senadora embajadora reina vicepresidenta fundadora asesora candidata legisladora '
    + 'funcionaria delegada',
  roleEndings: '',
  institutions:
    'sociedad asociación federación confederación cámara consejo universidad gobierno policía fiscalía justicia tribunal corte ministerio ejército empresa compañía partido '
    + 'sindicato oposición comisión congreso senado ayuntamiento municipio intendencia cancillería '
    + 'presidencia agencia instituto banco fundación organización',
  institutionEndings: '',
  documents: 'texto informe estudio encuesta sondeo documento comunicado análisis balance sentencia fallo resolución dictamen investigación',
  definiteArticles: 'el la los las este esta estos estas ese esa del al',
  vagueNouns:
    'fuentes fuente expertos especialistas analistas observadores críticos detractores opositores '
    + 'partidarios funcionarios testigos vecinos investigadores científicos economistas diplomáticos '
    + 'activistas medios informes estudios rumores allegados algunos muchos varios otros personas '
    + 'experto especialista analista',
  quantifiers: 'algunos algunas muchos muchas varios varias unos unas diversos diversas ciertos ciertas otros otras numerosos numerosas',
  accordingTo: 'según|de acuerdo con|de acuerdo a|conforme a|a juicio de|en palabras de|a decir de|a criterio de',
  accordingAfter: '',
  accordingAfterQuote: '',
  vaguePhrases:
    'se dice|se cree|se afirma|se rumorea|se especula|según fuentes|según algunas fuentes|'
    + 'según distintas fuentes|según diversas fuentes|según trascendió|trascendió que|fuentes cercanas|'
    + 'fuentes consultadas|fuentes oficiales|según versiones|según medios|'
    + 'según la prensa|según expertos|según especialistas|al parecer|bajo condición de anonimato|'
    + 'pidió no ser identificado|pidió no ser identificada|pidió el anonimato|pidió reserva de su nombre',
  vagueModifiers: 'supuestamente presuntamente presunto presunta presuntos presuntas',
  speechNouns:
    'declaraciones declaración discurso entrevista comunicado mensaje carta respuesta tuit anuncio '
    + 'testimonio palabras críticas acusación acusaciones advertencia llamado',
  scareMarkers:
    'llamado llamada llamados llamadas denominado denominada apodado apodada titulado titulada '
    + 'bautizado bautizada término palabra expresión eslogan lema hashtag título '
    + 'periódico diario semanario revista libro novela película serie programa documental canción disco álbum',
  gerundEndings: 'ando iendo',
};
