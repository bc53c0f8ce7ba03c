/**
 * Common first names with their usual gender, used only to choose between two recent people
 * when the text says "he" or "she" (Ginsburg vs Trump). A name not listed is compatible with
 * both pronouns. Titles (Mr, Mrs, Ms) and role words also tell the gender.
 */
import { words } from './words.ts';

export const FEMALE_FIRST_NAMES: readonly string[] = words(
  'mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty '
  + 'margaret sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah '
  + 'stephanie rebecca sharon laura cynthia kathleen amy shirley angela helen anna brenda '
  + 'pamela nicole emma samantha katherine christine debra rachel catherine carolyn janet ruth '
  + 'maria heather diane virginia julie joyce victoria olivia kelly christina lauren joan '
  + 'evelyn judith megan cheryl andrea hannah martha jacqueline frances gloria ann teresa '
  + 'kathryn sara janice jean alice madison doris abigail julia judy grace denise amber '
  + 'marilyn beverly danielle theresa sophia marie diana brittany natalie isabella charlotte '
  + 'rose alexis kayla hillary nikki elena sonia kamala condoleezza madeleine ursula kellyanne '
  + 'huma chelsea melania ivanka michele carly sheryl oprah megyn ellen fiona eloise vanessa '
  + 'lupita ilhan alexandria liz kate anne claire sophie lucy ella chloe zoe marta ana sofia '
  + 'yulia olga tatiana irina svetlana natalia marine ségolène giorgia jacinda nicola priti',
);

export const MALE_FIRST_NAMES: readonly string[] = words(
   'james robert john michael david william richard joseph thomas charles christopher daniel '
   + 'matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy '
   + 'ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin '
   + 'scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry '
   + 'tyler aaron jose adam nathan henry douglas zachary peter kyle ethan walter noah jeremy '
   + 'christian keith roger terry gerald harold sean austin carl arthur lawrence dylan jesse '
   + 'jordan bryan billy joe bruce gabriel logan albert willie alan juan wayne elijah randy roy '
   + 'vincent ralph eugene russell bobby mason philip louis barack bernie ted marco jeb ben '
   + 'mike chris rand bill mitt hugh jim tim tom bob rick newt rudy vladimir volodymyr emmanuel '
   + 'boris xi recep narendra jair sergei dmitry yuri igor alexei viktor olaf friedrich keir '
   + 'rishi nigel kim mohammed muhammad ali ahmed omar hassan abdel bashar jared steve josh '
   + 'elon jeff sundar satya sam pete',
 );

/** Titles and role words that tell a person's gender. */
export const FEMALE_WORDS: readonly string[] = words(
  'mrs ms miss madam dame lady queen princess wife mother daughter sister actress chairwoman '
  + 'spokeswoman congresswoman businesswoman widow grandmother aunt niece girlfriend',
);
export const MALE_WORDS: readonly string[] = words(
  'mr sir lord king prince husband father son brother actor chairman spokesman congressman '
  + 'businessman widower grandfather uncle nephew boyfriend',
);
