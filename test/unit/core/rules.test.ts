/** Conventions of the rule list: unique ids, reasons that name their rule, the label priority kept. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LABELS, RULES } from '../../../src/core/index.ts';
import { run } from './helpers.ts';

describe('label rules', () => {
  it('have unique ids prefixed by their label', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RULES) expect(r.id.split('.')[0]).toBe(r.label);
  });

  it('are ordered by the label priority of docs/labels.md', () => {
    const firstIndex = (label: string): number => RULES.findIndex((r) => r.label === label);
    expect(firstIndex('quote')).toBeLessThan(firstIndex('attributed'));
    expect(firstIndex('attributed')).toBeLessThan(firstIndex('vague'));
    expect(firstIndex('vague')).toBeLessThan(firstIndex('unsourced'));
    expect(LABELS).toEqual(['quote', 'attributed', 'vague', 'unsourced', 'other']);
  });

  it('each rule file is registered and documented', () => {
    const dir = join(process.cwd(), 'src', 'core', 'rules');
    const index = readFileSync(join(dir, 'index.ts'), 'utf8');
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.ts') && !['index.ts', 'types.ts', 'attribution-result.ts'].includes(n))) {
      const source = readFileSync(join(dir, f), 'utf8');
      expect(index, `${f} is not registered`).toContain(`./${f}`);
      expect(source.trimStart().startsWith('/**'), `${f} has no doc comment`).toBe(true);
    }
  });

  it('every non-other sentence carries a reason whose rule starts with its label', () => {
    const a = run('Critics say it failed.', '“No,” she said.', 'Jane Doe said the plan was over.', 'Troops arrived on Friday.', 'It is believed the ship sank.');
    for (const s of a.sentences) {
      if (s.label === 'other') continue;
      expect(s.reason?.rule.split('.')[0]).toBe(s.label);
      expect(s.reason?.text.length).toBeGreaterThan(0);
    }
  });
});
