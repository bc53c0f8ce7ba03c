/**
 * `attributed` to a linked document: a sentence whose source phrase is a link, or that links a
 * document next to a reporting verb with no named source (`a report published last week
 * found ...`, `studies show ...`, the words linked to the study).
 */
import type { Rule, SentenceFacts } from './types.ts';

const DOCUMENT = /\b(report|study|survey|poll|analysis|data|paper|filing|documents?|statement|letter|memo|ruling|audit|review|investigation|research|findings|transcript|records?)\b/i;

export const attributedLink: Rule = {
  id: 'attributed.link',
  label: 'attributed',
  apply(f: SentenceFacts) {
    if (f.links.length === 0) return null;
    for (const a of f.attributions) {
      if (a.source?.kind === 'named') continue;
      const link = f.links.find((l) => {
        const text = f.text.slice(l.start, l.end);
        const onSource = a.source !== null && l.start < a.source.end && l.end > a.source.start;
        return onSource || (DOCUMENT.test(text) && Math.abs(l.start - a.cueStart) < 60);
      });
      if (!link) continue;
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
    }
    return null;
  },
};
