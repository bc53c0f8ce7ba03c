/**
 * Migrations from older stored shapes to the current one, one step per version. Each step is
 * a pure function from the old record to the next; parseSettings runs them in order. Steps
 * never throw: a field they cannot translate is left for the field-by-field parse to reject.
 */

type Stored = Record<string, unknown>;

/**
 * Version 1 (the first release) stored `enabled` (boolean) instead of `highlights`, and
 * `hiddenLabels` (a list) instead of the `labels` map, and `blockedSites` for `disabledSites`.
 */
function v1ToV2(old: Stored): Stored {
  const next: Stored = { ...old, version: 2 };
  if ('enabled' in old && !('highlights' in old)) next.highlights = old.enabled;
  delete next.enabled;
  if (Array.isArray(old.hiddenLabels) && !('labels' in old)) {
    const hidden = new Set(old.hiddenLabels.filter((x): x is string => typeof x === 'string'));
    next.labels = {
      quote: !hidden.has('quote'),
      attributed: !hidden.has('attributed'),
      vague: !hidden.has('vague'),
      unsourced: !hidden.has('unsourced'),
    };
  }
  delete next.hiddenLabels;
  if ('blockedSites' in old && !('disabledSites' in old)) next.disabledSites = old.blockedSites;
  delete next.blockedSites;
  return next;
}

/** Steps indexed by the version they start from. */
export const MIGRATIONS: Record<number, (old: Stored) => Stored> = { 1: v1ToV2 };

/**
 * The version a stored record claims. Missing, non-integer or below 1 counts as version 1 (the
 * first release wrote no version); a version above the current one (written by a newer
 * release through sync) is kept, and no step runs on it.
 */
export function storedVersion(record: Stored): number {
  const v = record.version;
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 ? v : 1;
}

/** Brings a stored record to the current version; a record without a version counts as version 1. */
export function migrate(record: Stored): Stored {
  let current = record;
  let version = storedVersion(record);
  while (MIGRATIONS[version]) {
    current = MIGRATIONS[version]!(current);
    version += 1;
  }
  return current;
}
