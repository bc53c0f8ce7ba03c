import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createSession, type Session } from '../../../src/page/page-session.ts';
import { ALL_HIGHLIGHTS, CARD_HOST_TAG, FLASH_HIGHLIGHT, FOCUS_HIGHLIGHT, highlightName, LABEL_HIGHLIGHT, QUOTATION_HIGHLIGHT } from '../../../src/page/names.ts';
import type { PageSummary } from '../../../src/messaging/schemas.ts';
import { ARTICLE_HTML, engineOf, fakeAnalyzeSteps, fakeEngine, fakePlatform, fakeRead, installHighlightApi, rangeTexts, type FakeHighlight } from './fakes.ts';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Polls until `check` passes (the machine is shared and slow at times); rethrows its last failure. */
async function eventually(check: () => void, timeout = 3000): Promise<void> {
  const end = Date.now() + timeout;
  for (;;) {
    try {
      check();
      return;
    } catch (error) {
      if (Date.now() > end) throw error;
      await wait(20);
    }
  }
}
const frame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));

let registry: Map<string, FakeHighlight>;
let sessions: Session[] = [];

function start(fake = fakePlatform(), extra: Partial<Parameters<typeof createSession>[0]> = {}) {
  const session = createSession({ win: window, platform: fake.platform, readArticle: fakeRead, engine: fakeEngine, tickMs: 25, debounce: { wait: 20, maxWait: 60 }, ...extra });
  sessions.push(session);
  return { session, fake };
}
/** Sentence marks only (speaker and source words repeat across sentences by design). */
const marked = () => Object.values(LABEL_HIGHLIGHT).filter((n) => registry.has(n)).flatMap((n) => rangeTexts(registry, n));
const lastSummary = (sent: ReturnType<typeof fakePlatform>['sent']): PageSummary | undefined => {
  const s = sent.filter((m) => m.type === 'page-summary').at(-1);
  return s && s.type === 'page-summary' ? s.summary : undefined;
};

beforeEach(() => {
  registry = installHighlightApi();
  document.body.innerHTML = ARTICLE_HTML;
  document.adoptedStyleSheets = [];
  history.replaceState(null, '', '/news/story-1');
  performance.clearMeasures();
});
afterEach(() => {
  for (const s of sessions) s.stop();
  sessions = [];
});

describe('page session', () => {
  test('scans, draws every label, reports the summary and records its timings', async () => {
    const { session, fake } = start();
    await session.ready;
    expect(rangeTexts(registry, LABEL_HIGHLIGHT.quote)).toEqual(['“We are ready,” said Ana Diaz.']);
    expect(rangeTexts(registry, LABEL_HIGHLIGHT.vague)).toEqual(['Critics say it failed.']);
    expect(ALL_HIGHLIGHTS.flatMap((n) => rangeTexts(registry, n)).some((t) => t.includes('Spam'))).toBe(false);
    const summary = lastSummary(fake.sent)!;
    expect(summary.status).toBe('ready');
    expect(summary.claims).toHaveLength(4);
    expect(summary.speakers).toEqual([{ name: 'Ana Diaz', quotes: 1, claimIds: [0] }]);
    expect(summary.url).toBe(location.href);
    await frame();
    await frame();
    const names = performance.getEntriesByType('measure').map((m) => m.name);
    expect(names).toEqual(expect.arrayContaining(['says-who:read', 'says-who:analyze', 'says-who:marks-painted']));
  });

  test('teardown removes every trace: entries, card host, listeners, timers (and adds no stylesheet)', async () => {
    const added: { target: string; signal?: AbortSignal }[] = [];
    const spy = (target: EventTarget, name: string) => {
      const own = Object.getOwnPropertyDescriptor(target, 'addEventListener');
      const original = target.addEventListener.bind(target);
      target.addEventListener = ((type: string, fn: EventListenerOrEventListenerObject, opts?: AddEventListenerOptions | boolean) => {
        added.push({ target: `${name}:${type}`, signal: typeof opts === 'object' ? opts.signal : undefined });
        original(type, fn, opts);
      }) as typeof target.addEventListener;
      return () => {
        if (own) Object.defineProperty(target, 'addEventListener', own);
        else delete (target as { addEventListener?: unknown }).addEventListener;
      };
    };
    const undo = [spy(window, 'window'), spy(document, 'document'), spy(document.documentElement, 'html')];
    const pageSheet = new CSSStyleSheet();
    document.adoptedStyleSheets = [pageSheet];
    const { session, fake } = start();
    await session.ready;
    fake.message({ type: 'step-claim', direction: 'next' });
    expect(document.querySelector(CARD_HOST_TAG)).not.toBeNull();
    // The ::highlight rules are the manifest's static content-script CSS: the page's sheets are untouched.
    expect(document.adoptedStyleSheets).toEqual([pageSheet]);
    expect(document.querySelectorAll('style')).toHaveLength(0);
    expect(registry.size).toBeGreaterThan(0);
    session.stop();
    undo.forEach((u) => u());
    expect(registry.size).toBe(0);
    expect(document.querySelector(CARD_HOST_TAG)).toBeNull();
    expect(document.adoptedStyleSheets).toEqual([pageSheet]);
    expect(fake.hasListeners()).toBe(false);
    expect(added.length).toBeGreaterThan(3);
    for (const a of added) expect(a.signal?.aborted, a.target).toBe(true);
    // Nothing comes back: no timer, no observer, no listener is left to redraw.
    document.querySelector('article')!.insertAdjacentHTML('beforeend', '<p>More news came in.</p>');
    history.pushState(null, '', '/news/story-2');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await wait(120);
    expect(registry.size).toBe(0);
  });

  test('a newer instance stops the older one', async () => {
    const a = start();
    await a.session.ready;
    const b = start();
    expect(a.session.signal.aborted).toBe(true);
    expect(b.session.signal.aborted).toBe(false);
    await b.session.ready;
    expect(rangeTexts(registry, LABEL_HIGHLIGHT.vague)).toEqual(['Critics say it failed.']);
  });

  test('stops when the extension context is invalidated', async () => {
    const { session, fake } = start();
    await session.ready;
    fake.state.id = undefined;
    await eventually(() => {
      expect(session.signal.aborted).toBe(true);
      expect(registry.size).toBe(0);
    });
  });

  test('drops a scan overtaken by a navigation: only the new page is marked', async () => {
    let calls = 0;
    const read = (doc: Document) => {
      calls += 1;
      if (calls === 1) {
        // While the first scan is analysing, the SPA swaps the article and the URL.
        setTimeout(() => {
          doc.querySelector('article')!.innerHTML = '<p>Critics doubt the second story.</p>';
          history.pushState(null, '', '/news/story-2');
          window.dispatchEvent(new PopStateEvent('popstate'));
        }, 0);
      }
      return fakeRead(doc);
    };
    const slow = function* (input: Parameters<typeof fakeAnalyzeSteps>[0]) {
      const gen = fakeAnalyzeSteps(input);
      for (;;) {
        const until = performance.now() + 10;
        while (performance.now() < until);
        const step = gen.next();
        if (step.done) return step.value;
        yield;
      }
    };
    const { session, fake } = start(fakePlatform(), { readArticle: read, engine: engineOf(slow) });
    await session.ready;
    expect(calls).toBe(2);
    expect(marked()).toEqual(['Critics doubt the second story.']);
    expect(lastSummary(fake.sent)!.url).toMatch(/story-2$/);
    expect(lastSummary(fake.sent)!.claims).toHaveLength(1);
  });

  test('new content in the article is picked up once, without duplicates', async () => {
    const { session } = start();
    await session.ready;
    const article = document.querySelector('article')!;
    for (let i = 0; i < 3; i++) {
      article.insertAdjacentHTML('beforeend', `<p>Critics fear update ${i}.</p>`);
      await wait(10);
    }
    await eventually(() =>
      expect(rangeTexts(registry, LABEL_HIGHLIGHT.vague)).toEqual(['Critics say it failed.', 'Critics fear update 0.', 'Critics fear update 1.', 'Critics fear update 2.']),
    );
    expect(new Set(marked()).size).toBe(marked().length);
  });

  test('SPA navigation seen by the slow tick starts a fresh scan', async () => {
    const { session, fake } = start();
    await session.ready;
    document.querySelector('article')!.replaceWith(Object.assign(document.createElement('article'), { innerHTML: '<p>Prices rose, according to the ministry.</p>' }));
    history.pushState(null, '', '/news/story-3');
    await eventually(() => {
      expect(marked()).toEqual(['Prices rose, according to the ministry.']);
      expect(lastSummary(fake.sent)!.url).toMatch(/story-3$/);
    });
  });

  test('settings apply at once: filters, toggle, palette, disabled site', async () => {
    const { session, fake } = start();
    await session.ready;
    fake.setSettings({ labels: { quote: false, attributed: true, vague: true, unsourced: true } });
    expect(registry.has(LABEL_HIGHLIGHT.quote)).toBe(false);
    expect(registry.has(QUOTATION_HIGHLIGHT)).toBe(false);
    expect(registry.has(LABEL_HIGHLIGHT.vague)).toBe(true);
    // A palette switch moves the same ranges to that palette's names; no stylesheet is written.
    fake.setSettings({ palette: 'high-contrast' });
    expect(registry.has(LABEL_HIGHLIGHT.vague)).toBe(false);
    expect(rangeTexts(registry, highlightName('vague', 'high-contrast'))).toEqual(['Critics say it failed.']);
    expect([...registry.keys()].every((n) => n.startsWith('says-who-hc-'))).toBe(true);
    expect(document.adoptedStyleSheets).toHaveLength(0);
    fake.setSettings({ highlights: false });
    expect(registry.size).toBe(0);
    fake.setSettings({ highlights: true });
    expect(registry.has(highlightName('vague', 'high-contrast'))).toBe(true);
    fake.setSettings({ palette: 'default' });
    expect(registry.has(LABEL_HIGHLIGHT.vague)).toBe(true);
    fake.setSettings({ disabledSites: [location.hostname] });
    expect(registry.size).toBe(0);
    expect(lastSummary(fake.sent)!.status).toBe('disabled');
    fake.setSettings({ disabledSites: [] });
    await eventually(() => {
      expect(registry.has(LABEL_HIGHLIGHT.vague)).toBe(true);
      expect(lastSummary(fake.sent)!.status).toBe('ready');
    });
  });

  test('messages: foreign and malformed ones are ignored; toggle, step, scroll, summary work', async () => {
    const { session, fake } = start();
    await session.ready;
    expect(fake.message({ type: 'toggle-marks' }, { id: 'another-extension' })).toBeUndefined();
    expect(fake.message({ type: 'toggle-marks' }, {})).toBeUndefined();
    expect(fake.message({ type: 'nope' })).toBeUndefined();
    expect(fake.message(null)).toBeUndefined();
    expect(registry.has(LABEL_HIGHLIGHT.vague)).toBe(true);
    const reply = (await fake.message({ type: 'get-summary' })) as PageSummary;
    expect(reply.status).toBe('ready');
    expect(reply.counts.vague).toBe(1);

    fake.message({ type: 'toggle-marks' });
    expect(registry.size).toBe(0);
    fake.message({ type: 'toggle-marks' });
    expect(rangeTexts(registry, LABEL_HIGHLIGHT.unsourced)).toEqual(['The bridge cost 4 million dollars.']);

    fake.message({ type: 'step-claim', direction: 'next' });
    expect(rangeTexts(registry, FOCUS_HIGHLIGHT)).toEqual(['“We are ready,” said Ana Diaz.']);
    const live = document.querySelector(CARD_HOST_TAG)!.shadowRoot!.querySelector('[aria-live]')!;
    expect(live.textContent).toBe('Quote 1 of 4: “We are ready,” said Ana Diaz., said by Ana Diaz');
    fake.message({ type: 'step-claim', direction: 'previous' });
    expect(rangeTexts(registry, FOCUS_HIGHLIGHT)).toEqual(['Critics say it failed.']);
    expect(live.textContent).toMatch(/^Vague source 4 of 4/);

    fake.message({ type: 'scroll-to-claim', id: 2 });
    expect(rangeTexts(registry, FOCUS_HIGHLIGHT)).toEqual(['Prices rose, according to the ministry.']);
    expect(rangeTexts(registry, FLASH_HIGHLIGHT)).toEqual(['Prices rose, according to the ministry.']);
    fake.message({ type: 'scroll-to-claim', id: 99 });
    expect(session.signal.aborted).toBe(false);

    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(registry.has(FOCUS_HIGHLIGHT)).toBe(false);
  });

  test('a page restored from the back/forward cache reports its summary again', async () => {
    const { session, fake } = start();
    await session.ready;
    const count = fake.sent.length;
    // happy-dom ignores `persisted` in the init dict; set it the way a browser would report it.
    const pageshow = (persisted: boolean) => Object.defineProperty(new Event('pageshow'), 'persisted', { value: persisted });
    window.dispatchEvent(pageshow(false));
    expect(fake.sent.length).toBe(count);
    window.dispatchEvent(pageshow(true));
    expect(fake.sent.length).toBe(count + 1);
    expect(lastSummary(fake.sent)!.status).toBe('ready');
  });

  test('on-demand mode waits for the toggle before scanning', async () => {
    const { session, fake } = start(fakePlatform({ mode: 'on-demand' }));
    await session.ready;
    expect(registry.size).toBe(0);
    expect(session.state().scan).toBeNull();
    fake.message({ type: 'toggle-marks' });
    await eventually(() => expect(rangeTexts(registry, LABEL_HIGHLIGHT.vague)).toEqual(['Critics say it failed.']));
    // Another article in the same SPA waits to be asked again.
    history.pushState(null, '', '/news/story-9');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(registry.size).toBe(0);
    expect(lastSummary(fake.sent)!.status).toBe('disabled');
  });

  test('a page without an article is reported and left alone', async () => {
    document.body.innerHTML = '<main><p>Search results</p></main>';
    const { session, fake } = start();
    await session.ready;
    expect(registry.size).toBe(0);
    expect(lastSummary(fake.sent)!.status).toBe('no-article');
    // Nothing of ours on a page that is not an article: no stylesheet, no card host.
    expect(document.adoptedStyleSheets).toHaveLength(0);
    expect(document.querySelector(CARD_HOST_TAG)).toBeNull();
  });

  test('an article revealed later by an attribute change (no childList mutation) is found by a timed retry', async () => {
    document.querySelector('article')!.setAttribute('hidden', '');
    const read = (doc: Document) => (doc.querySelector('article[hidden]') ? null : fakeRead(doc));
    const { session, fake } = start(fakePlatform(), { readArticle: read });
    await session.ready;
    expect(lastSummary(fake.sent)!.status).toBe('no-article');
    document.querySelector('article')!.removeAttribute('hidden');
    await eventually(() => {
      expect(rangeTexts(registry, LABEL_HIGHLIGHT.vague)).toEqual(['Critics say it failed.']);
      expect(lastSummary(fake.sent)!.status).toBe('ready');
    }, 4000);
  });

  test('the article is read and analysed while the settings travel, and the first scan uses that work', async () => {
    const fake = fakePlatform();
    let release: () => void = () => undefined;
    const arrived = new Promise<void>((r) => (release = r));
    const load = fake.platform.loadSettings;
    fake.platform.loadSettings = async () => {
      await arrived;
      return load();
    };
    let runs = 0;
    const analyzeSteps: typeof fakeAnalyzeSteps = (input) => {
      runs += 1;
      return fakeAnalyzeSteps(input);
    };
    const { session } = start(fake, { engine: engineOf(analyzeSteps) });
    // Nothing is drawn or sent before the settings say so, though the engine already ran.
    await eventually(() => expect(runs).toBe(1));
    await wait(20);
    expect(registry.size).toBe(0);
    expect(fake.sent).toHaveLength(0);
    release();
    await session.ready;
    expect(rangeTexts(registry, LABEL_HIGHLIGHT.vague)).toEqual(['Critics say it failed.']);
    expect(runs).toBe(1);
  });

  test('a disabled site stops the early work at its first pause once the settings arrive', async () => {
    const fake = fakePlatform({ disabledSites: [location.hostname] });
    const load = fake.platform.loadSettings;
    fake.platform.loadSettings = async () => {
      await wait(15);
      return load();
    };
    let steps = 0;
    let runs = 0;
    // A slow reader: 40 steps of 2 ms, far longer than the settings' trip.
    const readSteps = function* (doc: Document) {
      for (let i = 0; i < 40; i++) {
        const end = performance.now() + 2;
        while (performance.now() < end) {
          /* busy */
        }
        steps += 1;
        yield;
      }
      return fakeRead(doc);
    };
    const analyzeSteps: typeof fakeAnalyzeSteps = (input) => {
      runs += 1;
      return fakeAnalyzeSteps(input);
    };
    const { session } = start(fake, { readSteps, engine: engineOf(analyzeSteps) });
    await session.ready;
    await wait(150);
    expect(steps).toBeGreaterThan(0);
    expect(steps).toBeLessThan(40);
    expect(runs).toBe(0);
    expect(registry.size).toBe(0);
    expect(lastSummary(fake.sent)!.status).toBe('disabled');
  });

  test('the engine is woken ahead of the read only on a page that says it is an article', async () => {
    const warmed: string[] = [];
    const engine = (name: string) => ({ ...fakeEngine, warm: () => void warmed.push(name), cool: () => undefined });
    const { session } = start(fakePlatform(), { engine: engine('article') });
    await session.ready;
    session.stop();
    document.body.innerHTML = '<div><p>Critics say it failed.</p></div>';
    const second = start(fakePlatform(), { engine: engine('plain') });
    await second.session.ready;
    expect(warmed).toEqual(['article']);
  });

  test('a failure inside the session stops it quietly instead of throwing into the page', async () => {
    const { session } = start(fakePlatform(), {
      readArticle: () => {
        throw new Error('boom');
      },
    });
    await session.ready;
    expect(session.signal.aborted).toBe(true);
  });
});
