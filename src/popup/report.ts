/**
 * "Copy report": a Markdown summary of the page (title, URL, counts, speakers, the unsourced and
 * vague claims) that reads well pasted into a note, an issue or a chat. Pure, so its exact text
 * is tested; page text is escaped so a snippet cannot break the Markdown around it.
 */
import type { PageSummary } from '../messaging/schemas.ts';
import type { Translate } from './i18n.ts';
import { SHOWN_LABELS } from './labels.ts';
import { sourcingOf } from './sourcing.ts';
import { sortedSpeakers } from './speakers.ts';

/** Escapes Markdown syntax in page text and folds it onto one line. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/([\\`*_[\]<>#|!~])/g, '\\$1');
}

/** The sourcing sentence, shared by the popup and the report. */
export function sourcingSentence(summary: PageSummary, t: Translate): string {
  const s = sourcingOf(summary);
  if (s.total === 0) return t('sourcingNone');
  // "1 of 1 claims name a source; 0 rely on..." reads badly: one claim gets a sentence of its own.
  if (s.total === 1) return t(s.named === 1 ? 'sourcingOneNamed' : s.vague === 1 ? 'sourcingOneVague' : 'sourcingOneNone');
  return t('sourcingLine', [s.named, s.total, s.vague, s.none]);
}

/** Builds the report. */
export function buildReport(summary: PageSummary, t: Translate): string {
  const lines: string[] = [];
  lines.push(`# ${escapeMarkdown(summary.title || summary.url)}`, '', `<${summary.url.replace(/[<>\s]/g, encodeURIComponent)}>`, '');
  lines.push(sourcingSentence(summary, t), '');
  lines.push(`| ${t('reportLabel')} | ${t('reportCount')} |`, '| --- | ---: |');
  for (const { label, name } of SHOWN_LABELS) lines.push(`| ${t(name)} | ${summary.counts[label]} |`);
  const speakers = sortedSpeakers(summary.speakers);
  if (speakers.length) {
    lines.push('', `## ${t('speakersHeading')}`, '');
    for (const s of speakers) {
      lines.push(`- ${escapeMarkdown(s.name)}: ${s.quotes === 1 ? t('speakerQuoteCountOne') : t('speakerQuoteCount', [s.quotes])}`);
    }
  }
  for (const label of ['unsourced', 'vague'] as const) {
    const claims = summary.claims.filter((c) => c.label === label);
    if (!claims.length) continue;
    lines.push('', `## ${t(label === 'unsourced' ? 'reportUnsourcedHeading' : 'reportVagueHeading')}`, '');
    for (const c of claims) lines.push(`- ${escapeMarkdown(c.snippet)}${c.source ? ` (${escapeMarkdown(c.source)})` : ''}`);
  }
  lines.push('', `_${t('reportFooter')}_`);
  return `${lines.join('\n')}\n`;
}
