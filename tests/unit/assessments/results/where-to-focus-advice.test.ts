/**
 * "Where to focus" as people read it: ties between equally low statements in the
 * checklist's order, said in words, with those left out counted; each course
 * says who it is for; and the editors' mapping suggests no course that is only
 * for one trust's own staff.
 */
import type { Instrument } from '../../../../src/assessments/instrument';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { h } from 'preact';
import { render } from 'preact-render-to-string';
import { parse } from 'yaml';
import { ResultsAdvice } from '../../../../src/assessments/islands/ResultsAdvice';
import { buildFocusTable } from '../../../../src/assessments/results/focus';
import { scoreAnswers } from '../../../../src/assessments/results/scoring';

const shape: Instrument = {
  id: 'check',
  title: 'Check',
  scale: { points: [0, 1, 2, 3].map((value) => ({ value, label: String(value) })) },
  sections: [{ id: 's', title: 'S', items: ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, text: `Statement ${id}` })) }],
};
const number = new Map(['a', 'b', 'c', 'd', 'e'].map((id, i) => [id, i + 1]));
const focus = buildFocusTable(new Map([['check', { b: { methods: [], training: [{ id: 'course' }] } }]]), ['check'], {
  methods: new Map(),
  training: new Map([['course', { href: '/training/course/', title: 'A course', audience: 'Staff of one trust' }]]),
});

const advice = (values: number[]) => {
  const score = scoreAnswers(shape, Object.fromEntries(values.map((value, i) => [['a', 'b', 'c', 'd', 'e'][i]!, { value }])));
  return render(h(ResultsAdvice, { instrument: 'check', score, scale: shape.scale.points, number, shortOf: (id: string) => id, focus, own: true }));
};

describe('where to focus, as shown', () => {
  it('lists equally low statements in the checklist’s order, says so, and counts those left out', () => {
    const html = advice([3, 1, 1, 1, 1]);
    const shown = [...html.matchAll(/data-item="(\w)"/g)].map((m) => m[1]);
    expect(shown).toEqual(['b', 'c', 'd']);
    expect(html).toContain('(ties in the checklist’s order)');
    expect(html).toContain('One more statement (5) also has the answer 1.');
  });

  it('says nothing of statements left out when none share the last answer shown', () => {
    expect(advice([3, 0, 1, 2, 3])).not.toMatch(/more statement/);
  });

  it('says who each course is for, as its page does', () => {
    expect(advice([3, 0, 3, 3, 3])).toContain('A course</a> (who it is for: Staff of one trust)');
  });
});

describe('the editors’ mapping', () => {
  it('suggests no course that is only for one trust’s staff', () => {
    const mapping = parse(readFileSync('content/focus/where-to-focus.yaml', 'utf8')) as Record<string, Record<string, { training: string[] }>>;
    const audience = new Map(
      readdirSync('content/training').map((f) => [f.replace(/\.md$/, ''), /^audience:\s*(.*)$/m.exec(readFileSync(`content/training/${f}`, 'utf8'))?.[1] ?? '']),
    );
    const trustOnly = [...audience].filter(([, a]) => /NHS Foundation Trust/.test(a)).map(([id]) => id);
    expect(trustOnly.length).toBeGreaterThan(0);
    const suggested = Object.entries(mapping)
      .filter(([instrument]) => instrument !== 'portfolio-review')
      .flatMap(([instrument, items]) => Object.entries(items).flatMap(([item, { training }]) => training.filter((t) => trustOnly.includes(t)).map((t) => `${instrument}.${item}: ${t}`)));
    expect(suggested).toEqual([]);
  });
});
