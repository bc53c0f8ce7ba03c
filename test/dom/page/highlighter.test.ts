import { beforeEach, describe, expect, test } from 'vitest';
import { createHighlighter } from '../../../src/page/highlighter.ts';
import { claimsOf } from '../../../src/page/claims.ts';
import { buildMarks } from '../../../src/page/marks.ts';
import { ALL_HIGHLIGHTS, FOCUS_HIGHLIGHT, LABEL_HIGHLIGHT, QUOTATION_HIGHLIGHT, SOURCE_HIGHLIGHT } from '../../../src/page/names.ts';
import { ARTICLE_HTML, FakeHighlight, fakeAnalyzeSteps, fakeRead, installHighlightApi, rangeTexts } from './fakes.ts';

const ALL_ON = { quote: true, attributed: true, vague: true, unsourced: true };

function drain<T>(gen: Generator<void, T>): T {
  for (;;) {
    const step = gen.next();
    if (step.done) return step.value;
  }
}

function setup() {
  document.body.innerHTML = ARTICLE_HTML;
  const read = fakeRead(document)!;
  const analysis = drain(fakeAnalyzeSteps(read.input));
  const claims = claimsOf(analysis);
  const marks = drain(buildMarks(claims, analysis.quotes, read.map));
  return { claims, marks };
}

describe('highlighter', () => {
  let registry: Map<string, FakeHighlight>;
  beforeEach(() => {
    registry = installHighlightApi();
  });

  test('registers each sentence under its label and the quoted words separately', () => {
    const { claims, marks } = setup();
    const ac = new AbortController();
    const before = document.body.innerHTML;
    createHighlighter(window, ac.signal)!.show(claims, marks, ALL_ON);
    expect(rangeTexts(registry, LABEL_HIGHLIGHT.quote)).toEqual(['“We are ready,” said Ana Diaz.']);
    expect(rangeTexts(registry, LABEL_HIGHLIGHT.unsourced)).toEqual(['The bridge cost 4 million dollars.']);
    expect(rangeTexts(registry, LABEL_HIGHLIGHT.attributed)).toEqual(['Prices rose, according to the ministry.']);
    expect(rangeTexts(registry, LABEL_HIGHLIGHT.vague)).toEqual(['Critics say it failed.']);
    expect(rangeTexts(registry, QUOTATION_HIGHLIGHT)).toEqual(['We are ready,']);
    // Who speaks, and who the source is, once each (the engine may repeat a trigger).
    expect(rangeTexts(registry, SOURCE_HIGHLIGHT.quote)).toEqual(['Ana Diaz']);
    expect(rangeTexts(registry, SOURCE_HIGHLIGHT.attributed)).toEqual(['the ministry']);
    expect(rangeTexts(registry, SOURCE_HIGHLIGHT.vague)).toEqual(['Critics']);
    // "Hello there." is `other`: in no highlight. The page's DOM is untouched.
    const all = ALL_HIGHLIGHTS.flatMap((n) => rangeTexts(registry, n));
    expect(all.some((t) => t.includes('Hello'))).toBe(false);
    expect(document.body.innerHTML).toBe(before);
    // Quotations draw above their sentence.
    expect(registry.get(QUOTATION_HIGHLIGHT)!.priority).toBeGreaterThan(registry.get(LABEL_HIGHLIGHT.quote)!.priority);
  });

  test('filters: a hidden label loses its entry, the quote filter also hides quotation words', () => {
    const { claims, marks } = setup();
    const h = createHighlighter(window, new AbortController().signal)!;
    h.show(claims, marks, { ...ALL_ON, unsourced: false, quote: false });
    expect(registry.has(LABEL_HIGHLIGHT.unsourced)).toBe(false);
    expect(registry.has(LABEL_HIGHLIGHT.quote)).toBe(false);
    expect(registry.has(QUOTATION_HIGHLIGHT)).toBe(false);
    expect(registry.has(SOURCE_HIGHLIGHT.quote)).toBe(false);
    expect(rangeTexts(registry, SOURCE_HIGHLIGHT.vague)).toEqual(['Critics']);
    expect(rangeTexts(registry, LABEL_HIGHLIGHT.vague)).toEqual(['Critics say it failed.']);
    h.show(claims, marks, ALL_ON);
    expect(registry.has(LABEL_HIGHLIGHT.unsourced)).toBe(true);
  });

  test('clear and abort remove only our entries', () => {
    const { claims, marks } = setup();
    const pageOwn = new FakeHighlight();
    registry.set('page-search', pageOwn);
    const ac = new AbortController();
    const h = createHighlighter(window, ac.signal)!;
    h.show(claims, marks, ALL_ON);
    h.setFocus(marks.sentences[0]!);
    h.clear();
    expect([...registry.keys()]).toEqual(['page-search']);
    h.show(claims, marks, ALL_ON);
    ac.abort();
    expect([...registry.keys()]).toEqual(['page-search']);
    h.show(claims, marks, ALL_ON);
    expect([...registry.keys()]).toEqual(['page-search']);
  });

  test('ensure puts back entries the page cleared or replaced', () => {
    const { claims, marks } = setup();
    const h = createHighlighter(window, new AbortController().signal)!;
    h.show(claims, marks, ALL_ON);
    h.setFocus(marks.sentences[1]!);
    const names = [...registry.keys()].sort();
    expect(h.ensure()).toBe(false);
    registry.clear();
    registry.set(LABEL_HIGHLIGHT.vague, new FakeHighlight());
    expect(h.ensure()).toBe(true);
    expect([...registry.keys()].sort()).toEqual(names);
    expect(rangeTexts(registry, LABEL_HIGHLIGHT.vague)).toEqual(['Critics say it failed.']);
    expect(rangeTexts(registry, FOCUS_HIGHLIGHT)).toEqual(['The bridge cost 4 million dollars.']);
  });

  test('returns null without the Highlight API, so nothing is drawn', () => {
    const g = globalThis as unknown as { Highlight?: unknown };
    delete g.Highlight;
    expect(createHighlighter(window, new AbortController().signal)).toBeNull();
  });
});
