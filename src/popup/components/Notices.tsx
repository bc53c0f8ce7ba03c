/**
 * The two live regions under the popup's and the options page's content: a polite status line
 * and an assertive error line. Both pages say every success and failure here, so the regions
 * and their one-notice-at-a-time rule live in one place.
 */

/** A transient line: a status (read politely) or an error (read at once). */
export type Notice = { kind: 'status' | 'error'; text: string } | null;

/** Renders both regions; the one that does not match the notice stays empty but present for screen readers. */
export function Notices({ notice }: { notice: Notice }) {
  return (
    <>
      <p class="notice" role="status">
        {notice?.kind === 'status' ? notice.text : ''}
      </p>
      <p class="notice error" role="alert">
        {notice?.kind === 'error' ? notice.text : ''}
      </p>
    </>
  );
}
