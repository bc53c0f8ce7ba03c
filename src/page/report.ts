/**
 * Builds the PageSummary the background and the popup see, and sends it only when it changed,
 * so a page that is rescanned often does not flood the background with identical messages.
 */
import type { PageStatus, PageSummary } from '../messaging/schemas.ts';
import type { ScanResult } from './scan.ts';
import { summarize } from './summary.ts';

const NO_COUNTS = { quote: 0, attributed: 0, vague: 0, unsourced: 0, other: 0 };

/** The summary of the page in its current state. */
export function pageSummary(doc: Document, status: PageStatus, scan: ScanResult | null): PageSummary {
  const parts = scan ? summarize(scan.analysis, scan.claims) : null;
  return {
    url: doc.location?.href ?? '',
    title: scan?.read.article.title || doc.title || '',
    language: parts?.language ?? scan?.read.article.language ?? doc.documentElement.lang ?? '',
    status,
    counts: parts?.counts ?? { ...NO_COUNTS },
    speakers: parts?.speakers ?? [],
    claims: parts?.claims ?? [],
    updatedAt: Date.now(),
    ...(scan ? { coverage: scan.analysis.coverage } : {}),
  };
}

/** Remembers the last summary sent and says whether a new one differs (ignoring its timestamp). */
export function changeTracker(): (summary: PageSummary) => boolean {
  let last = '';
  return (summary) => {
    const key = JSON.stringify({ ...summary, updatedAt: 0 });
    if (key === last) return false;
    last = key;
    return true;
  };
}
