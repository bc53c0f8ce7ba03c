/**
 * `attributed` to a linked document: a sentence with a reporting verb (whatever its subject) that
 * links to an outside document (`a report published last week found ...`, the words linked).
 */
import type { Rule, SentenceFacts } from './types.ts';

export const attributedLink: Rule = {
  id: 'attributed.link',
  label: 'attributed',
  apply(f: SentenceFacts) {
    if (f.links.length === 0 || f.attributions.length === 0) return null;
    const link = f.links[0]!;
    const a = f.attributions[0]!;
    const linked = f.text.slice(link.start, link.end);
    return {
      source: linked,
      reason: {
        rule: 'attributed.link',
        text: `cue: ${a.cueText}; source: linked document (${link.href})`,
        triggers: [
          { kind: 'cue', text: a.cueText, start: a.cueStart, end: a.cueEnd },
          { kind: 'source', text: linked, start: link.start, end: link.end },
        ],
      },
    };
  },
};
