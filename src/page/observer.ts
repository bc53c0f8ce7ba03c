/**
 * Notices new article content (infinite scroll, "load more", late hydration) with one
 * MutationObserver scoped to the article root, debounced so a burst of changes costs one
 * rescan, with a maximum wait so a page that changes every 200 ms still gets rescanned.
 */
import { onAbort } from './on-abort.ts';

/** Debounce knobs, in milliseconds. */
export interface DebounceOptions {
  wait?: number;
  maxWait?: number;
}

/** A trailing debounce with a maximum wait, cancelled when `signal` aborts. */
export function debounce(fn: () => void, signal: AbortSignal, { wait = 300, maxWait = 1000 }: DebounceOptions = {}): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstCall = 0;
  const fire = () => {
    timer = undefined;
    firstCall = 0;
    if (!signal.aborted) fn();
  };
  onAbort(signal, () => clearTimeout(timer));
  return () => {
    if (signal.aborted) return;
    const now = Date.now();
    if (!firstCall) firstCall = now;
    clearTimeout(timer);
    const remaining = Math.max(0, Math.min(wait, maxWait - (now - firstCall)));
    timer = setTimeout(fire, remaining);
  };
}

/** Elements whose arrival or removal never changes the article's text (ad slots, media, scripts). */
const TEXTLESS = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'img', 'picture', 'source', 'video', 'audio', 'canvas', 'svg', 'link', 'meta']);

function carriesText(node: Node): boolean {
  if (node.nodeType === 3) return /\S/.test((node as Text).data);
  if (node.nodeType !== 1 || TEXTLESS.has((node as Element).localName)) return false;
  return /\S/.test(node.textContent ?? '');
}

/**
 * True when a batch of mutations may change the article's text: text edited, or nodes with text
 * added or removed. Ads, images and scripts coming and going do not cost a rescan.
 */
export function changesText(records: readonly MutationRecord[]): boolean {
  for (const r of records) {
    if (r.type === 'characterData') return true;
    for (const n of Array.from(r.addedNodes)) if (carriesText(n)) return true;
    for (const n of Array.from(r.removedNodes)) if (carriesText(n)) return true;
  }
  return false;
}

/** Calls `onChange` (debounced) when text or elements change under `root`; stops when `signal` aborts. */
export function observeContent(root: Node, onChange: () => void, signal: AbortSignal, options?: DebounceOptions): void {
  const view = (root.ownerDocument ?? (root as Document)).defaultView as (Window & { MutationObserver?: typeof MutationObserver }) | null;
  const Observer = view?.MutationObserver ?? globalThis.MutationObserver;
  if (typeof Observer !== 'function' || signal.aborted) return;
  const later = debounce(onChange, signal, options);
  const observer = new Observer((records) => {
    if (changesText(records)) later();
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  onAbort(signal, () => observer.disconnect());
}
