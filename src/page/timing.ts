/**
 * The session's performance entries (`says-who:start`, `says-who:read`, `says-who:settings`,
 * `says-who:analyze`, `says-who:ranges`, `says-who:marks-painted`). The page can read them with
 * performance.getEntriesByType('measure'), which is how the bench and the e2e tests time us.
 */

/** Records a measure from `start` to now; timing is optional, so a replaced `performance` is ignored. */
export function measure(name: string, start: number): void {
  try {
    performance.measure(name, { start, end: performance.now() });
  } catch {
    /* a page that replaced performance */
  }
}

/** Records a mark; ignored where `performance` is unusable. */
export function mark(name: string): void {
  try {
    performance.mark(name);
  } catch {
    /* timing is optional */
  }
}
