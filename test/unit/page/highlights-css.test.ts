/**
 * The static content-script stylesheet (src/page/highlights.css, in the manifest) must be exactly
 * what the palette data generates, so the marks' colours never drift from the popup's; and every
 * name the highlighter can register must have a rule in it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { allHighlightCss, highlightCss, PALETTE_NAMES } from '../../../src/page/styles.ts';
import { highlightName, kindOf, MARK_KINDS } from '../../../src/page/names.ts';
import { manifestFor } from '../../../manifest.config.ts';

const CSS_PATH = 'src/page/highlights.css';

describe('highlights.css', () => {
  test('equals what the palette data generates (update with -u)', async () => {
    await expect(allHighlightCss()).toMatchFileSnapshot(join('..', '..', '..', CSS_PATH));
  });

  test('has one rule per kind, palette and tone, each name distinct and read back to its kind', () => {
    const css = readFileSync(CSS_PATH, 'utf8');
    const names = new Set<string>();
    for (const palette of PALETTE_NAMES) {
      for (const tone of ['light', 'dark'] as const) {
        for (const kind of MARK_KINDS) {
          const name = highlightName(kind, palette, tone);
          expect(name.startsWith('says-who-')).toBe(true);
          expect(kindOf(name)).toBe(kind);
          expect(css.split(`::highlight(${name}) {`)).toHaveLength(2);
          names.add(name);
        }
      }
    }
    expect(names.size).toBe(PALETTE_NAMES.length * 2 * MARK_KINDS.length);
    expect(kindOf('says-who-card')).toBeNull();
    expect(kindOf('their-quote')).toBeNull();
  });

  test('the default light names are the plain ones', () => {
    expect(highlightName('quote')).toBe('says-who-quote');
    expect(highlightName('vague-source')).toBe('says-who-vague-source');
    expect(highlightName('quote', 'default', 'dark')).toBe('says-who-dark-quote');
    expect(highlightName('quote', 'colorblind', 'dark')).toBe('says-who-cb-dark-quote');
  });

  test.each(PALETTE_NAMES)('%s: shapes differ per label in both tones', (palette) => {
    for (const tone of ['light', 'dark'] as const) {
      const css = highlightCss(palette, tone);
      const rule = (kind: 'attributed' | 'vague' | 'unsourced') => css.split('\n').find((l) => l.startsWith(`::highlight(${highlightName(kind, palette, tone)})`))!;
      expect(rule('attributed')).toMatch(/text-decoration-style: solid/);
      expect(rule('vague')).toMatch(/text-decoration-style: wavy/);
      expect(rule('unsourced')).toMatch(/text-decoration-style: dotted/);
      expect(rule('unsourced')).not.toMatch(/background/);
    }
  });

  test.each(['chrome', 'firefox'] as const)('the %s manifest declares it for the content script', (target) => {
    const manifest = manifestFor(target) as { content_scripts?: { css?: string[] }[] };
    expect(manifest.content_scripts?.[0]?.css).toEqual([CSS_PATH]);
  });
});
