/**
 * Speakers in the order the popup and the report list them: most quotations first, then by
 * name, so the main voices of the article lead.
 */
import type { SpeakerSummary } from '../messaging/schemas.ts';

/** A sorted copy of the speakers. */
export function sortedSpeakers(speakers: readonly SpeakerSummary[]): SpeakerSummary[] {
  return [...speakers].sort((a, b) => b.quotes - a.quotes || a.name.localeCompare(b.name));
}

/** The next claim to show when a speaker is chosen again: cycles through their quotations. */
export function nextPosition(current: number | undefined, length: number): number {
  if (length <= 0) return -1;
  return current === undefined ? 0 : (current + 1) % length;
}
