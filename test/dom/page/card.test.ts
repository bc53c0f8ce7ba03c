import { describe, expect, test } from 'vitest';
import { createCard } from '../../../src/page/card/card.ts';
import { announcement, describeClaim } from '../../../src/page/card/describe.ts';
import { placeCard } from '../../../src/page/card/position.ts';
import type { Claim } from '../../../src/page/claims.ts';
import { CARD_HOST_TAG } from '../../../src/page/names.ts';

const EVIL = '<img src=x onerror=alert(1)>';

function claim(text: string, source: string | null, label: Claim['label'] = 'quote'): Claim {
  return {
    id: 2,
    label,
    sentence: { block: 0, start: 0, end: text.length, text, label, source, reason: { rule: 'quote.cue', text: `cue: said; speaker: ${source ?? '?'}`, triggers: [] } },
    quotes: [],
  };
}

describe('card', () => {
  test('page text is shown as literal text: no element is created from it', () => {
    document.body.innerHTML = '<p>Body text.</p>';
    const bodyText = document.body.innerText;
    const ac = new AbortController();
    const card = createCard(document, ac.signal);
    const c = claim(`“${EVIL}” said ${EVIL}.`, EVIL);
    card.setColours({ quote: '#2563eb', attributed: '#0f766e', vague: '#d97706', unsourced: '#94a3b8' });
    card.show(describeClaim(c, 0, 3), 'quote', [{ left: 10, top: 200, right: 300, bottom: 220 }]);
    card.announce(announcement(c, 0, 3));
    const host = card.host()!;
    expect(host.parentNode).toBe(document.documentElement);
    expect(host.localName).toBe(CARD_HOST_TAG);
    const root = host.shadowRoot!;
    expect(root.querySelector('img')).toBeNull();
    expect(document.querySelector('img')).toBeNull();
    expect(root.querySelector('.who')!.textContent).toBe(EVIL);
    expect(root.querySelector('.reason')!.textContent).toBe(`cue: said; speaker: ${EVIL}`);
    expect(root.querySelector('.title')!.textContent).toBe('Quote');
    expect((root.querySelector('.swatch') as HTMLElement).style.backgroundColor).toMatch(/#2563eb|rgb\(37, 99, 235\)/);
    expect(root.querySelector('.pos')!.textContent).toBe('1 of 3');
    expect(root.querySelector('[aria-live]')!.textContent).toContain(`said by ${EVIL}`);
    expect(document.body.innerText).toBe(bodyText);
    expect(card.isOpen()).toBe(true);
    card.hide();
    expect((root.querySelector('.card') as HTMLElement).hidden).toBe(true);
    expect(root.querySelector('.card')!.textContent).not.toContain('onerror');
    ac.abort();
    expect(document.querySelector(CARD_HOST_TAG)).toBeNull();
    card.show(describeClaim(c, 0, 3), 'quote', []);
    expect(document.querySelector(CARD_HOST_TAG)).toBeNull();
  });

  test('no host element until the card is first needed', () => {
    document.body.innerHTML = '';
    createCard(document, new AbortController().signal);
    expect(document.querySelector(CARD_HOST_TAG)).toBeNull();
  });

  test('describe: unknown speaker and unsourced wording', () => {
    expect(describeClaim(claim('“Yes.”', null), 4, 9)).toMatchObject({ source: 'speaker not named in the article', position: '5 of 9' });
    expect(describeClaim(claim('It rained.', null, 'unsourced'), 0, 1)).toMatchObject({ title: 'No source given', source: 'none given' });
    expect(describeClaim(claim('Prices rose, the report says.', null, 'attributed'), 0, 1)).toMatchObject({ sourceCaption: 'Source', source: 'not named' });
    expect(announcement(claim('Critics say so.', 'critics', 'vague'), 1, 2)).toBe('Vague source 2 of 2: Critics say so., source: critics');
  });
});

describe('placeCard', () => {
  const viewport = { width: 800, height: 600 };
  const card = { width: 300, height: 80 };
  const overlaps = (a: { top: number; bottom: number }, top: number) => top < a.bottom && top + card.height > a.top;

  test.each([
    ['room above', [{ left: 100, top: 300, right: 700, bottom: 320 }, { left: 50, top: 322, right: 400, bottom: 342 }], 'above'],
    ['near the top: goes below', [{ left: 100, top: 20, right: 700, bottom: 40 }], 'below'],
  ] as const)('%s', (_, rects, side) => {
    const at = placeCard(rects, card, viewport);
    expect(at.side).toBe(side);
    const span = { top: Math.min(...rects.map((r) => r.top)), bottom: Math.max(...rects.map((r) => r.bottom)) };
    expect(overlaps(span, at.top)).toBe(false);
    expect(at.left).toBeGreaterThanOrEqual(0);
    expect(at.left + card.width).toBeLessThanOrEqual(viewport.width);
  });

  test('stays inside the viewport horizontally', () => {
    const at = placeCard([{ left: 780, top: 300, right: 800, bottom: 320 }], card, viewport, 790);
    expect(at.left + card.width).toBeLessThanOrEqual(viewport.width);
  });
});
