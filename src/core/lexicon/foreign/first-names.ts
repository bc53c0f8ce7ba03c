/**
 * Common French, Spanish, German and Portuguese first names with their usual gender, for pages
 * in those languages: in German, where every noun is capitalised, a known first name is what
 * tells a person's name from a noun phrase; in all four, it tells whether "elle", "ella", "sie",
 * "ela" can be that person. Read by attribution/foreign-names.ts only, so English pages keep
 * their own lists (lexicon/first-names.ts).
 */
import { words } from '../words.ts';

export const FOREIGN_FEMALE_FIRST_NAMES: readonly string[] = words(
  'annalena saskia katrin petra sabine monika ulrike birgit heike andrea claudia susanne nicole '
  + 'stefanie julia lena lea hannah sophie marie anne christine brigitte françoise isabelle '
  + 'nathalie valérie sylvie catherine élisabeth élise camille manon chloé léa inès agnès '
  + 'aurélie christiane anne-marie marie-france carmen lucía isabel cristina pilar dolores '
  + 'rocío mercedes teresa beatriz patricia soraya yolanda begoña irene elena ana paula '
  + 'dilma gleisi marina simone tereza luiza luísa fernanda gabriela juliana mariana adriana '
  + 'michelle conceição graça fátima joana inês',
);

export const FOREIGN_MALE_FIRST_NAMES: readonly string[] = words(
  'markus lars karl wolfgang horst olaf friedrich hubertus christian jens jürgen günter '
  + 'gerhard helmut heinz klaus dieter uwe thomas stefan michael andreas matthias frank '
  + 'pierre françois jacques nicolas emmanuel édouard gérald bruno jean-luc jean-marie '
  + 'jean-pierre jean-michel laurent olivier éric philippe alain bernard gérard patrice '
  + 'benoît sébastien mathieu yves hervé gabriel manuel pedro pablo javier josé juan luis '
  + 'carlos alberto sergio mauricio gustavo andrés alejandro fernando felipe santiago '
  + 'mariano raúl jorge ricardo rodrigo diego enrique ignacio íñigo joão luiz luís lula jair '
  + 'geraldo fernando flávio eduardo paulo marcelo rogério sérgio antônio antónio henrique '
  + 'ciro tarcísio rui',
);
