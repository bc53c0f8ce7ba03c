/**
 * Speakers named without a reporting verb, right before the opening mark:
 *   `Clinton talked up her “50-state strategy”`            -> her (Clinton)
 *   `pushed his promise of “free college”`                  -> his
 *   `doesn’t surprise Republican pollster Daron Shaw: “...”` -> Daron Shaw
 * and, failing those, the named subject of a sentence that quotes a fragment without a cue:
 *   `Clinton supports “appropriate pay raises”`             -> Clinton
 */
import type { Token } from '../text/tokens.ts';
import { isPossessive, tokenIndexAt } from '../text/tokens.ts';
import { SPEECH_NOUN_SET } from '../lexicon/lookup.ts';
import { nounPhraseLeft, mainSubject } from '../attribution/phrases.ts';
import { classifySource, type Source } from '../attribution/source.ts';
import type { Entities } from '../attribution/entities.ts';

export function introducer(
  text: string, tokens: Token[], quoteStart: number, entities: Entities, personBefore: (i: number) => string | null,
): Source | null {
  const k = tokenIndexAt(tokens, quoteStart);
  // k: first token inside the quotation; k-1 is the opening mark.
  let j = k - 2;
  const t = tokens[j];
  if (!t || t.quoted) return null;
  if (t.text === ':') {
    // "… in his introduction: “…”", "Smith’s statement: “…”"
    const noun = tokens[j - 1];
    const owner = tokens[j - 2];
    if (noun && owner && SPEECH_NOUN_SET.has(noun.lower) && !owner.quoted) {
      if (owner.lower === 'its' && entities.lastOrg && entities.sentence - entities.lastOrgSentence <= 1) {
        return { kind: 'named', name: entities.lastOrg, person: false, start: owner.start, end: owner.end };
      }
      if (owner.lower === 'his' || owner.lower === 'her') {
        const local = personBefore(j - 2);
        const name = local !== null && entities.fits(local, owner.lower) ? local : entities.personFor(owner.lower);
        if (name) return { kind: 'named', name, person: true, start: owner.start, end: owner.end };
      }
    }
    const n = tokens[j - 1];
    if (n && n.cap && n.kind === 'word' && !n.quoted) {
      const r = nounPhraseLeft(tokens, j - 1);
      const s = r ? classifySource(text, tokens, r, entities) : null;
      return s && s.kind === 'named' ? s : null;
    }
    return null;
  }
  // "his promise of “…”", "her “…”"
  if (t.lower === 'of') j--;
  if (tokens[j] && SPEECH_NOUN_SET.has(tokens[j]!.lower)) j--;
  const p = tokens[j];
  if (!p || p.quoted || p.kind !== 'word') return null;
  if (p.lower === 'his' || p.lower === 'her') {
    const local = personBefore(j);
    const name = local !== null && entities.fits(local, p.lower) ? local : entities.personFor(p.lower);
    return name ? { kind: 'named', name, person: true, start: p.start, end: p.end } : null;
  }
  if (p.cap && isPossessive(p.text)) {
    const r = nounPhraseLeft(tokens, j);
    const s = r ? classifySource(text, tokens, r, entities) : null;
    return s && s.kind === 'named' ? s : null;
  }
  return null;
}

/** Words of the sentence before a fragment's opening mark: at least this many, outside quotations. */
const MIN_WORDS_BEFORE = 2;

/**
 * `Donald Trump attacked Mitt Romney for being a “failed candidate.”`: a quoted fragment inside a
 * sentence with no reporting verb is the words of the sentence's subject, when that subject is
 * named and comes before the fragment.
 */
export function subjectOfFragment(text: string, tokens: Token[], quoteStart: number, entities: Entities): Source | null {
  const k = tokenIndexAt(tokens, quoteStart);
  let words = 0;
  for (let i = 0; i < k; i++) {
    const t = tokens[i]!;
    if (t.quoted) return null;
    if (t.kind === 'word') words++;
  }
  if (words < MIN_WORDS_BEFORE) return null;
  const r = mainSubject(tokens);
  if (!r || tokens[r.last]!.end > quoteStart) return null;
  // Words of the sentence come between: the quotation is neither the predicate ("Abbas “has put
  // aside efforts …”", the writer's or an earlier speaker's words about Abbas) nor inside an
  // appositive of the subject ("Emery, a writer for “fact-checking” site Snopes").
  const after = tokens[r.last + 1];
  if (!after || after.quoted || after.start >= quoteStart) return null;
  if (after.text === ',' || after.text === '(') {
    const close = after.text === ',' ? ',' : ')';
    let k = r.last + 2;
    while (k < tokens.length && tokens[k]!.start < quoteStart && tokens[k]!.text !== close) k++;
    if (k >= tokens.length || tokens[k]!.start >= quoteStart) return null;
  } else if (after.kind !== 'word') return null;
  // All-capitals words are a heading or a dateline run into the text ("JACKSON, Miss. —"), not a subject.
  for (let i = r.first; i <= r.last; i++) if (isAllCaps(tokens[i]!.text)) return null;
  const s = classifySource(text, tokens, r, entities);
  return s && s.kind === 'named' ? s : null;
}

function isAllCaps(w: string): boolean {
  return w.length > 1 && w === w.toUpperCase() && w !== w.toLowerCase();
}
