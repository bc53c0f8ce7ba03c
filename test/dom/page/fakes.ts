/**
 * Test doubles for the page layer: the Highlight API (happy-dom has none), a tiny engine that
 * labels sentences by keyword, a reader that treats each <p> of <article> as one block, and a
 * fake extension runtime. Small enough to reason about, real enough to exercise the session.
 */
import type { Analysis, ArticleInput, Label, Quote, Sentence } from '../../../src/core/types.ts';
import type { Engine, MapLike, ReadResult } from '../../../src/page/contracts.ts';
import type { Platform } from '../../../src/page/messages.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/settings/schema.ts';
import type { ContentToBackground } from '../../../src/messaging/schemas.ts';

/** A Highlight stand-in: a Set of ranges with a priority. */
export class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
  type = 'highlight';
  constructor(...ranges: AbstractRange[]) {
    super(ranges);
  }
}

/** Installs CSS.highlights and Highlight on the global window; returns the registry. */
export function installHighlightApi(): Map<string, FakeHighlight> {
  const registry = new Map<string, FakeHighlight>();
  const g = globalThis as unknown as { CSS: Record<string, unknown>; Highlight: unknown };
  g.CSS = Object.assign(g.CSS ?? {}, { highlights: registry });
  g.Highlight = FakeHighlight;
  return registry;
}

/** The words inside a sentence's quotation marks, as Quote spans. */
function quotesIn(block: number, text: string, start: number, end: number): Quote[] {
  const out: Quote[] = [];
  const re = /“([^”]+)”/g;
  const slice = text.slice(start, end);
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const s = start + m.index + 1;
    out.push({ block, start: s, end: s + m[1]!.length, text: m[1]!, speaker: /Ana/.test(slice) ? 'Ana Diaz' : null });
  }
  return out;
}

function labelOf(text: string): { label: Label; source: string | null } {
  if (text.includes('“')) return { label: 'quote', source: /Ana/.test(text) ? 'Ana Diaz' : null };
  if (/according to the ministry/i.test(text)) return { label: 'attributed', source: 'the ministry' };
  if (/critics/i.test(text)) return { label: 'vague', source: 'critics' };
  if (/^Hello/.test(text)) return { label: 'other', source: null };
  return { label: 'unsourced', source: null };
}

/** The source words as block offsets, the way the engine reports them (twice, as it sometimes does). */
function triggersIn(text: string, start: number, end: number, label: Label, source: string | null): NonNullable<Sentence['reason']>['triggers'] {
  if (!source || label === 'unsourced') return [];
  const at = text.slice(start, end).toLowerCase().indexOf(source.toLowerCase());
  if (at === -1) return [];
  const kind = label === 'quote' ? 'speaker' : label === 'vague' ? 'vague' : 'source';
  const t = { kind, text: source, start: start + at, end: start + at + source.length } as const;
  return [t, { ...t }, { kind: 'cue', text: 'said', start, end: start + 1 }];
}

/** A fake engine: sentences end at ". ", labels by keyword; yields once per block. */
export function* fakeAnalyzeSteps(input: ArticleInput): Generator<void, Analysis> {
  const sentences: Sentence[] = [];
  const quotes: Quote[] = [];
  input.blocks.forEach((b, block) => {
    const re = /[^.]+(?:\.|$)/g;
    for (let m = re.exec(b.text); m && m[0].length; m = re.exec(b.text)) {
      const lead = m[0].length - m[0].trimStart().length;
      const start = m.index + lead;
      const end = m.index + m[0].trimEnd().length;
      if (end <= start) continue;
      const text = b.text.slice(start, end);
      const { label, source } = labelOf(text);
      const s: Sentence = { block, start, end, text, label, source };
      if (label !== 'other') s.reason = { rule: `fake.${label}`, text: `because ${label}`, triggers: triggersIn(b.text, start, end, label, source) };
      sentences.push(s);
      quotes.push(...quotesIn(block, b.text, start, end));
    }
    return undefined;
  });
  for (let i = 0; i < input.blocks.length; i++) yield;
  const counts = { quote: 0, attributed: 0, vague: 0, unsourced: 0, other: 0 };
  for (const s of sentences) counts[s.label] += 1;
  return { language: 'en', supported: true, coverage: 'full', sentences, quotes, counts };
}

/**
 * An engine over `steps` shaped like the background's: asynchronous (the answer comes in a later
 * task; with `perStep`, every step is a task of its own, so the page can change meanwhile), and
 * resolving null once `signal` aborts (the remote engine's contract, see src/page/contracts.ts).
 */
export function engineOf(steps: (input: ArticleInput) => Generator<void, Analysis>, perStep = true): Engine {
  return {
    async analyze(input, signal) {
      const gen = steps(input);
      for (;;) {
        if (signal.aborted) return null;
        const step = gen.next();
        if (step.done) {
          if (!perStep) await new Promise((r) => setTimeout(r, 0));
          return signal.aborted ? null : step.value;
        }
        if (perStep) await new Promise((r) => setTimeout(r, 0));
      }
    },
  };
}

/** The fake engine as the session's engine: one task for the whole answer. */
export const fakeEngine: Engine = engineOf(fakeAnalyzeSteps, false);

/** Text map over <p> elements that each hold one text node. */
export function fakeMap(doc: Document, paragraphs: Element[]): MapLike & { blocks: { text: string }[] } {
  const texts = paragraphs.map((p) => p.firstChild as Text);
  const snapshot = texts.map((t) => t.data);
  return {
    blocks: texts.map((t) => ({ text: t.data })),
    rangeFor(block, start, end) {
      const node = texts[block];
      if (!node || !node.isConnected || end > node.data.length) return null;
      const r = doc.createRange();
      r.setStart(node, start);
      r.setEnd(node, end);
      return r;
    },
    locate(node, offset) {
      const block = texts.indexOf(node as Text);
      return block === -1 ? null : { block, offset };
    },
    isStale: () => texts.some((t, i) => !t.isConnected || t.data !== snapshot[i]),
  };
}

/** Reader: the <article>'s <p> children are the blocks. */
export function fakeRead(doc: Document): ReadResult | null {
  const root = doc.querySelector('article');
  if (!root) return null;
  const ps = Array.from(root.querySelectorAll('p')).filter((p) => p.firstChild?.nodeType === 3);
  const map = fakeMap(doc, ps);
  return { article: { title: 'Test article', language: 'en', root }, map, input: { blocks: map.blocks.map((b) => ({ kind: 'paragraph', text: b.text })) } };
}

/** A fake runtime: records sent messages, lets the test push settings and messages. */
export function fakePlatform(initial: Partial<Settings> = {}) {
  const sent: ContentToBackground[] = [];
  let settingsCb: ((s: Settings) => void) | null = null;
  let messageCb: ((m: unknown, sender: string | undefined) => Promise<unknown> | undefined) | null = null;
  const state = { id: 'own-extension-id' as string | undefined, settings: { ...structuredClone(DEFAULT_SETTINGS), ...initial } };
  const platform: Platform = {
    loadSettings: async () => structuredClone(state.settings),
    watchSettings: (cb, signal) => {
      settingsCb = cb;
      signal.addEventListener('abort', () => (settingsCb = null));
    },
    send: async (m) => {
      sent.push(m);
    },
    onMessage: (handler, signal) => {
      messageCb = handler;
      signal.addEventListener('abort', () => (messageCb = null));
    },
    runtimeId: () => state.id,
  };
  return {
    platform,
    sent,
    state,
    setSettings(patch: Partial<Settings>) {
      state.settings = { ...state.settings, ...patch };
      settingsCb?.(structuredClone(state.settings));
    },
    message(m: unknown, sender: { id?: string } = { id: 'own-extension-id' }) {
      return messageCb ? messageCb(m, sender.id) : 'no-listener';
    },
    hasListeners: () => settingsCb !== null || messageCb !== null,
  };
}

/** The seed of most tests: an article with one sentence per label, plus a comment section. */
export const ARTICLE_HTML = `
<h1>Headline</h1>
<article>
  <p>“We are ready,” said Ana Diaz. The bridge cost 4 million dollars.</p>
  <p>Hello there. Prices rose, according to the ministry. Critics say it failed.</p>
</article>
<section class="comments"><p>“Spam” in a comment.</p></section>`;

/** Texts of the ranges registered under `name`. */
export function rangeTexts(registry: Map<string, FakeHighlight>, name: string): string[] {
  return Array.from(registry.get(name) ?? []).map((r) => (r as Range).toString());
}
