/**
 * The hover/focus card and the screen-reader announcer. They live in a shadow root on a host
 * element attached to document.documentElement, outside <body>, so the page's text
 * (body.innerText) and layout never change; page text goes in with textContent only. The host
 * is created on first use and removed when the session's signal aborts.
 */
import { CARD_HOST_TAG } from '../names.ts';
import type { MarkLabel } from '../names.ts';
// The card's stylesheet as text (minified in the build), for the shadow root.
import CARD_CSS from './card.css?inline';
import type { CardText } from './describe.ts';
import { placeCard, type Box } from './position.ts';
import { CARD_ROLE_NAME } from './strings.ts';
import { onAbort } from '../on-abort.ts';

/** The host's styles: inline and all !important, so page rules for unknown elements cannot hide or move it. */
const HOST_STYLE = ['all: initial', 'position: fixed', 'top: 0', 'left: 0', 'width: 0', 'height: 0', 'z-index: 2147483647', 'pointer-events: none', 'display: block']
  .map((declaration) => `${declaration} !important;`)
  .join(' ');

/** How long an announcement stays in the live region. */
const LIVE_CLEAR_MS = 5000;

/** The card of one session. */
export interface Card {
  /** Shows `text` beside the sentence drawn by `rects` (viewport coordinates). */
  show(text: CardText, label: MarkLabel, rects: readonly Box[], nearX?: number): void;
  /** Moves the open card to follow its sentence (after a scroll). */
  reposition(rects: readonly Box[]): void;
  hide(): void;
  isOpen(): boolean;
  /** The label colours of the current palette, so the card's swatch matches the marks. */
  setColours(colours: Record<MarkLabel, string>): void;
  /** Says `message` to screen readers through the aria-live region. */
  announce(message: string): void;
  /** The host element, once created (tests and diagnostics). */
  host(): HTMLElement | null;
}

interface Parts {
  host: HTMLElement;
  card: HTMLElement;
  swatch: HTMLElement;
  title: HTMLElement;
  pos: HTMLElement;
  caption: HTMLElement;
  who: HTMLElement;
  reason: HTMLElement;
  live: HTMLElement;
}

function el(doc: Document, tag: string, className: string, parent: Node): HTMLElement {
  const e = doc.createElement(tag);
  e.className = className;
  parent.appendChild(e);
  return e;
}

/** Styles the shadow root with a constructed sheet where possible (no <style> text to read back), else a <style>. */
function adoptCss(doc: Document, root: ShadowRoot): void {
  const Sheet = doc.defaultView?.CSSStyleSheet;
  try {
    if (Sheet && 'adoptedStyleSheets' in root) {
      const sheet = new Sheet();
      sheet.replaceSync(CARD_CSS);
      root.adoptedStyleSheets = [sheet];
      return;
    }
  } catch {
    /* fall back to a <style> element */
  }
  const style = doc.createElement('style');
  style.textContent = CARD_CSS;
  root.appendChild(style);
}

function build(doc: Document): Parts {
  const host = doc.createElement(CARD_HOST_TAG);
  host.style.cssText = HOST_STYLE;
  const root = host.attachShadow({ mode: 'open' });
  adoptCss(doc, root);
  const card = el(doc, 'div', 'card', root);
  card.setAttribute('role', 'tooltip');
  card.setAttribute('aria-label', CARD_ROLE_NAME);
  card.hidden = true;
  const head = el(doc, 'div', 'head', card);
  const swatch = el(doc, 'span', 'swatch', head);
  const title = el(doc, 'span', 'title', head);
  const pos = el(doc, 'span', 'pos', head);
  const source = el(doc, 'div', 'source', card);
  const caption = el(doc, 'span', 'caption', source);
  source.appendChild(doc.createTextNode(': '));
  const who = el(doc, 'span', 'who', source);
  const reason = el(doc, 'div', 'reason', card);
  const live = el(doc, 'div', 'live', root);
  live.setAttribute('role', 'status');
  live.setAttribute('aria-live', 'polite');
  doc.documentElement.appendChild(host);
  return { host, card, swatch, title, pos, caption, who, reason, live };
}

/** Creates the (lazy) card of a session; removed with everything else when `signal` aborts. */
export function createCard(doc: Document, signal: AbortSignal): Card {
  let parts: Parts | null = null;
  let open = false;
  let lastNearX: number | undefined;
  let liveTimer: ReturnType<typeof setTimeout> | undefined;
  let colours: Record<MarkLabel, string> | null = null;
  const get = (): Parts | null => {
    if (signal.aborted) return null;
    if (!parts) parts = build(doc);
    else if (!parts.host.isConnected) doc.documentElement.appendChild(parts.host);
    return parts;
  };
  onAbort(signal, () => {
    clearTimeout(liveTimer);
    parts?.host.remove();
    parts = null;
    open = false;
  });

  const place = (p: Parts, rects: readonly Box[]) => {
    const view = doc.defaultView;
    const size = p.card.getBoundingClientRect();
    const viewport = { width: view?.innerWidth ?? 1024, height: view?.innerHeight ?? 768 };
    const at = placeCard(rects, { width: size.width, height: size.height }, viewport, lastNearX);
    p.card.style.left = `${at.left}px`;
    p.card.style.top = `${at.top}px`;
    p.card.dataset.side = at.side;
  };

  return {
    show(text, label, rects, nearX) {
      const p = get();
      if (!p) return;
      lastNearX = nearX;
      p.swatch.className = `swatch ${label}`;
      const colour = colours?.[label] ?? '';
      p.swatch.style.backgroundColor = label === 'unsourced' ? '' : colour;
      p.swatch.style.borderColor = colour;
      p.title.textContent = text.title;
      p.pos.textContent = text.position;
      p.caption.textContent = text.sourceCaption;
      p.who.textContent = text.source;
      p.reason.textContent = text.reason;
      p.card.dataset.label = label;
      p.card.style.visibility = 'hidden';
      p.card.hidden = false;
      place(p, rects);
      p.card.style.visibility = '';
      open = true;
    },
    reposition(rects) {
      if (!open || !parts) return;
      place(parts, rects);
    },
    hide() {
      if (!open || !parts) return;
      parts.card.hidden = true;
      // Empty the fields too: a hidden card keeps no page text around.
      for (const field of [parts.title, parts.pos, parts.caption, parts.who, parts.reason]) field.textContent = '';
      open = false;
    },
    isOpen: () => open,
    setColours(next) {
      colours = next;
    },
    announce(message) {
      const p = get();
      if (!p) return;
      // Clear first so repeating the same text is announced again.
      p.live.textContent = '';
      p.live.textContent = message;
      // Screen readers have read it by then; do not leave it lying around.
      clearTimeout(liveTimer);
      liveTimer = setTimeout(() => {
        if (parts) parts.live.textContent = '';
      }, LIVE_CLEAR_MS);
    },
    host: () => parts?.host ?? null,
  };
}
