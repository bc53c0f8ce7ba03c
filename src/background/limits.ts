/**
 * Bounds on what one tab may store. A content script's summary is trusted in shape (it was
 * parsed) but not in size: a huge page could otherwise fill storage.session (10 MB for all
 * tabs) and slow every popup. Cutting here keeps the popup fast and the worker's writes small.
 */
import type { PageSummary } from '../messaging/schemas.ts';

/** The caps; the popup says "and N more" from the counts when claims were cut. */
export const LIMITS = { claims: 1000, speakers: 200, claimIdsPerSpeaker: 500, snippet: 280, text: 500, url: 2048 } as const;

function cut(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** The summary within LIMITS (a copy; the input is not changed). */
export function fitSummary(summary: PageSummary): PageSummary {
  return {
    ...summary,
    url: summary.url.slice(0, LIMITS.url),
    title: cut(summary.title, LIMITS.text),
    language: summary.language.slice(0, 35),
    speakers: summary.speakers.slice(0, LIMITS.speakers).map((s) => ({
      ...s,
      name: cut(s.name, LIMITS.text),
      claimIds: s.claimIds.slice(0, LIMITS.claimIdsPerSpeaker),
    })),
    claims: summary.claims.slice(0, LIMITS.claims).map((c) => ({
      ...c,
      snippet: cut(c.snippet, LIMITS.snippet),
      source: c.source === null ? null : cut(c.source, LIMITS.text),
    })),
  };
}
