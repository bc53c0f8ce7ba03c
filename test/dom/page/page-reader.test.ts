/**
 * The session's reader runs readArticle's steps in time-boxed slices: the early read (started
 * while the settings travel) and its early analysis are reused by the first scan, re-done when
 * the page changed, and stopped when the site turns out disabled.
 */
import { expect, test } from 'vitest';
import { createPageReader } from '../../../src/page/page-reader.ts';
import type { Analyze, ReadResult } from '../../../src/page/contracts.ts';

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

/** An asynchronous engine of `n` steps of `ms` busy time each (one task per step), counting steps and runs; it stops when aborted. */
function slowEngine(n: number, ms: number, counter: { steps: number; runs: number; early?: boolean }): Analyze {
  return async (_input, signal, early) => {
    const run = ++counter.runs;
    counter.early = early;
    for (let i = 0; i < n; i++) {
      if (signal.aborted) return null;
      const end = performance.now() + ms;
      while (performance.now() < end) {
        /* busy */
      }
      counter.steps++;
      await new Promise((r) => setTimeout(r, 0));
    }
    return { language: `run ${run}`, supported: true, coverage: 'full', sentences: [], quotes: [], counts: { quote: 0, attributed: 0, vague: 0, unsourced: 0, other: 0 } };
  };
}

/** One block of input, so the early analysis has something to analyse. */
function withBlock(steps: ReturnType<typeof slowSteps>) {
  return function* (doc: Document): Generator<void, ReadResult | null> {
    const result = yield* steps();
    return result && { ...result, input: { blocks: [{ kind: 'paragraph' as const, text: 'Text.' }] } };
  };
}

test('the early analysis of the early read is handed to the scan that takes that read, once', async () => {
  const reads = { steps: 0, reads: 0 };
  const engine: { steps: number; runs: number; early?: boolean } = { steps: 0, runs: 0 };
  const reader = createPageReader(window, withBlock(slowSteps(2, 0, reads)), new AbortController().signal, { analyze: slowEngine(3, 0, engine) });
  reader.readEarly(document);
  const read = await reader.read(document, () => true);
  const early = reader.earlyAnalysis(read!);
  expect(early).not.toBeNull();
  expect((await early)?.language).toBe('run 1');
  expect(engine.runs).toBe(1);
  // Marked early: the background refuses it for a site the settings disable.
  expect(engine.early).toBe(true);
  // Taken once: a later scan of the same read runs the engine itself.
  expect(reader.earlyAnalysis(read!)).toBeNull();
  const fresh = await reader.read(document, () => true);
  expect(fresh?.article.title).toBe('read 2');
  expect(reader.earlyAnalysis(fresh!)).toBeNull();
});

test('a stale early read is read again and its early analysis is not used', async () => {
  const reads = { steps: 0, reads: 0 };
  const engine = { steps: 0, runs: 0 };
  const reader = createPageReader(window, withBlock(slowSteps(2, 0, reads, () => true)), new AbortController().signal, { analyze: slowEngine(20, 1, engine) });
  reader.readEarly(document);
  const read = await reader.read(document, () => true);
  expect(read?.article.title).toBe('read 2');
  expect(reader.earlyAnalysis(read!)).toBeNull();
  await new Promise((r) => setTimeout(r, 60));
  // The unused early analysis was aborted.
  expect(engine.steps).toBeLessThan(20);
});

test('discarded early work stops after its current slice and never starts the engine once discarded mid-read', async () => {
  const reads = { steps: 0, reads: 0 };
  const engine = { steps: 0, runs: 0 };
  const reader = createPageReader(window, withBlock(slowSteps(50, 3, reads)), new AbortController().signal, { analyze: slowEngine(50, 3, engine) });
  reader.readEarly(document);
  reader.discardEarly();
  await new Promise((r) => setTimeout(r, 100));
  expect(reads.steps).toBeLessThan(50);
  expect(engine.runs).toBe(0);
});

test('the early work pauses with the yield it is given, and a failure in it reaches only the scan that takes it', async () => {
  let pauses = 0;
  const reads = { steps: 0, reads: 0 };
  const failing: Analyze = async () => {
    await new Promise((r) => setTimeout(r, 0));
    throw new Error('engine failure');
  };
  const reader = createPageReader(window, withBlock(slowSteps(6, 3, reads)), new AbortController().signal, {
    analyze: failing,
    earlyYield: () => {
      pauses += 1;
      return new Promise((r) => setTimeout(r, 0));
    },
  });
  reader.readEarly(document);
  const read = await reader.read(document, () => true);
  expect(pauses).toBeGreaterThan(0);
  await expect(reader.earlyAnalysis(read!)).rejects.toThrow('engine failure');
});
