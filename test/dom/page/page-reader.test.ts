/**
 * The session's reader runs readArticle's steps in time-boxed slices: the early read (started
 * while the settings travel) is reused by the first scan, re-done when the page changed, and
 * stopped half-way when the site turns out disabled.
 */
import { expect, test } from 'vitest';
import { createPageReader } from '../../../src/page/page-reader.ts';
import type { ReadResult } from '../../../src/page/contracts.ts';

/** Steps that each take `ms` of busy time, counting how many ran; the result says which read it was. */
function slowSteps(n: number, ms: number, counter: { steps: number; reads: number }, stale = () => false) {
  return function* (): Generator<void, ReadResult | null> {
    const read = ++counter.reads;
    for (let i = 0; i < n; i++) {
      const end = performance.now() + ms;
      while (performance.now() < end) {
        /* busy */
      }
      counter.steps++;
      yield;
    }
    return { article: { title: `read ${read}`, language: 'en', root: document.body }, map: { rangeFor: () => null, locate: () => null, isStale: stale }, input: { blocks: [] } };
  };
}

test('the early read is sliced and reused by the first read', async () => {
  const counter = { steps: 0, reads: 0 };
  const reader = createPageReader(window, slowSteps(10, 3, counter), new AbortController().signal);
  reader.readEarly(document);
  // Sliced: only the first slice (about 8 ms of 3 ms steps) ran before control came back.
  expect(counter.steps).toBeGreaterThan(0);
  expect(counter.steps).toBeLessThan(10);
  const result = await reader.read(document, () => true);
  expect(result?.article.title).toBe('read 1');
  expect(counter.reads).toBe(1);
  expect(counter.steps).toBe(10);
});

test('a stale early read is read again', async () => {
  const counter = { steps: 0, reads: 0 };
  const reader = createPageReader(window, slowSteps(2, 0, counter, () => true), new AbortController().signal);
  reader.readEarly(document);
  const result = await reader.read(document, () => true);
  expect(result?.article.title).toBe('read 2');
});

test('a discarded early read stops after its current slice', async () => {
  const counter = { steps: 0, reads: 0 };
  const reader = createPageReader(window, slowSteps(50, 3, counter), new AbortController().signal);
  reader.readEarly(document);
  const first = counter.steps;
  reader.discardEarly();
  await new Promise((r) => setTimeout(r, 100));
  expect(counter.steps).toBeLessThanOrEqual(first + 4);
  expect(counter.steps).toBeLessThan(50);
});
