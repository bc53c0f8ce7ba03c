/**
 * The card's own styles, scoped by its shadow root so the page's CSS cannot reach in and ours
 * cannot leak out. Light by default, dark when the reader's system prefers it.
 */
export const CARD_CSS = `
:host { all: initial; }
.card {
  position: fixed; top: 0; left: 0; box-sizing: border-box;
  max-width: min(360px, calc(100vw - 8px)); padding: 8px 10px;
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: #1b1b1f; background: #ffffff; border: 1px solid #b8b8c4; border-radius: 6px;
  box-shadow: 0 2px 10px rgba(0, 0, 0, 0.18); pointer-events: none; z-index: 2147483647;
  overflow-wrap: anywhere; text-align: left; direction: ltr;
}
.card[hidden] { display: none; }
.head { display: flex; gap: 6px; align-items: baseline; }
.title { font-weight: 600; }
.pos { margin-left: auto; color: #5c5c66; font-size: 12px; }
.swatch { display: inline-block; width: 10px; height: 10px; border-radius: 2px; align-self: center; }
.swatch.quote { background: #f5b000; }
.swatch.attributed { background: #2878f0; }
.swatch.vague { background: #e8541e; border-radius: 50%; }
.swatch.unsourced { border: 2px dotted #808090; box-sizing: border-box; }
.source { margin-top: 2px; }
.caption { color: #5c5c66; }
.reason { margin-top: 2px; color: #3a3a44; font-size: 12px; }
.reason:empty { display: none; }
.live { position: fixed; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
@media (prefers-color-scheme: dark) {
  .card { color: #ececf1; background: #23232a; border-color: #4a4a55; }
  .pos, .caption { color: #a9a9b6; }
  .reason { color: #cfcfda; }
}
`;
