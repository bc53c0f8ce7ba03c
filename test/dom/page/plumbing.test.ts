import { describe, expect, test, vi } from 'vitest';
import { looksLikeArticle } from '../../../src/page/article-hint.ts';
import { changesText, debounce, observeContent } from '../../../src/page/observer.ts';
import { stepIndex } from '../../../src/page/keyboard.ts';
import { claimPage, isContextGone } from '../../../src/page/lifecycle.ts';
import { pageKey } from '../../../src/page/navigation.ts';
import { runSliced } from '../../../src/page/scheduler.ts';
import { parseRgb, toneOf } from '../../../src/page/tone.ts';

describe('tone', () => {
  test('dark and light backgrounds', () => {
    document.body.innerHTML = '<div id="d" style="background-color: rgb(20, 20, 24)"><p id="p">x</p></div><div id="l" style="background-color: #fafafa"><p id="q">y</p></div>';
    expect(toneOf(document.getElementById('p')!)).toBe('dark');
    expect(toneOf(document.getElementById('q')!)).toBe('light');
    expect(parseRgb('rgba(0, 0, 0, 0)')).toEqual([0, 0, 0, 0]);
    expect(parseRgb('transparent')).toBeNull();
  });
});

describe('debounce', () => {
  test('a steady stream of changes still fires by maxWait', () => {
    vi.useFakeTimers();
    try {
      const fn = vi.fn();
      const call = debounce(fn, new AbortController().signal, { wait: 300, maxWait: 1000 });
      for (let t = 0; t < 2000; t += 200) {
        call();
        vi.advanceTimersByTime(200);
      }
      expect(fn.mock.calls.length).toBeGreaterThanOrEqual(2);
      fn.mockClear();
      call();
      call();
      vi.advanceTimersByTime(400);
      expect(fn).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });

  test('abort cancels a pending call', () => {
    vi.useFakeTimers();
    try {
      const fn = vi.fn();
      const ac = new AbortController();
      debounce(fn, ac.signal, { wait: 50 })();
      ac.abort();
      vi.advanceTimersByTime(100);
      expect(fn).not.toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('content observer', () => {
  test('text changes count, ads and images do not', async () => {
    document.body.innerHTML = '<article><p>One.</p></article>';
    const root = document.querySelector('article')!;
    const seen: boolean[] = [];
    const observer = new MutationObserver((records) => seen.push(changesText(records)));
    observer.observe(root, { childList: true, subtree: true, characterData: true });
    root.appendChild(document.createElement('video'));
    root.appendChild(Object.assign(document.createElement('img'), { alt: 'x' }));
    root.appendChild(document.createElement('div'));
    await new Promise((r) => setTimeout(r, 0));
    root.insertAdjacentHTML('beforeend', '<p>Two.</p>');
    await new Promise((r) => setTimeout(r, 0));
    (root.querySelector('p')!.firstChild as Text).data = 'One, edited.';
    await new Promise((r) => setTimeout(r, 0));
    observer.disconnect();
    expect(seen).toEqual([false, true, true]);
  });

  test('observeContent stops observing when its signal aborts', async () => {
    document.body.innerHTML = '<article><p>One.</p></article>';
    const fn = vi.fn();
    const ac = new AbortController();
    observeContent(document.querySelector('article')!, fn, ac.signal, { wait: 5, maxWait: 10 });
    ac.abort();
    document.querySelector('article')!.insertAdjacentHTML('beforeend', '<p>Two.</p>');
    await new Promise((r) => setTimeout(r, 30));
    expect(fn).not.toHaveBeenCalled();
  });
});

describe('keyboard stepping', () => {
  test.each([
    [[1, 4, 7], null, 'next', 1],
    [[1, 4, 7], null, 'previous', 7],
    [[1, 4, 7], 4, 'next', 7],
    [[1, 4, 7], 7, 'next', 1],
    [[1, 4, 7], 1, 'previous', 7],
    [[1, 4, 7], 5, 'previous', 4],
    [[], 3, 'next', null],
  ] as const)('%j from %s %s -> %s', (ids, current, dir, expected) => {
    expect(stepIndex(ids, current, dir)).toBe(expected);
  });
});

describe('instance protocol', () => {
  test('only the older instance stops; an instance never stops itself', () => {
    const first = vi.fn();
    const second = vi.fn();
    const a = new AbortController();
    const b = new AbortController();
    claimPage(window, first, a.signal);
    expect(first).not.toHaveBeenCalled();
    claimPage(window, second, b.signal);
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).not.toHaveBeenCalled();
    a.abort();
    b.abort();
  });

  test('recognises the invalidated-context error', () => {
    expect(isContextGone(new Error('Extension context invalidated.'))).toBe(true);
    expect(isContextGone(new Error('Could not establish connection. Receiving end does not exist.'))).toBe(false);
  });
});

describe('misc', () => {
  test.each([
    ['<article><p>Text.</p></article>', true],
    ['<div itemscope itemtype="https://schema.org/NewsArticle"><p>Text.</p></div>', true],
    ['<meta property="og:type" content="article"><div><p>Text.</p></div>', true],
    ['<meta property="og:type" content="website"><main><p>Search results.</p></main>', false],
    ['<div class="article"><p>Text.</p></div>', false],
  ])('looksLikeArticle(%s) is %s', (html, expected) => {
    document.head.innerHTML = '';
    document.body.innerHTML = html;
    if (html.startsWith('<meta')) document.head.append(document.body.querySelector('meta')!);
    expect(looksLikeArticle(document)).toBe(expected);
    document.head.innerHTML = '';
  });

  test('pageKey ignores the fragment', () => {
    expect(pageKey('https://a.example/x?y=1#top')).toBe('https://a.example/x?y=1');
  });

  test('runSliced yields when a slice runs over budget and stops when no longer wanted', async () => {
    let clock = 0;
    let yields = 0;
    let wanted = true;
    function* work() {
      for (let i = 0; i < 10; i++) {
        clock += 5;
        yield;
      }
      return 'done';
    }
    const opts = { signal: new AbortController().signal, budgetMs: 8, now: () => clock, yieldFn: async () => void (yields += 1) };
    expect(await runSliced(work(), opts)).toBe('done');
    expect(yields).toBe(5);
    const stopped = await runSliced(work(), { ...opts, stillWanted: () => wanted, yieldFn: async () => void (wanted = false) });
    expect(stopped).toBeNull();
  });
});
