/** Starts the page session: placeholder that marks the document as seen by the content script. */
export function startSession(): void {
  performance.mark('says-who:start');
}
