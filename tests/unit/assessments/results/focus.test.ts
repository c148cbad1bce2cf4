import { describe, expect, it } from 'vitest';
import { buildFocusTable, focusFor, focusProblems } from '../../../../src/assessments/results/focus';

const methods = new Map([
  ['pdsa-cycles', { href: '/methods/pdsa-cycles/', title: 'PDSA cycles' }],
  ['run-charts', { href: '/methods/run-charts/', title: 'Run charts' }],
]);
const training = new Map([['qsir', { href: '/training/qsir/', title: 'QSIR' }]]);
const ref = (id: string) => ({ id });

describe('where to focus', () => {
  const mapping = new Map([
    ['readiness', { ideas: { methods: [ref('pdsa-cycles'), ref('run-charts')], training: [ref('qsir')] }, reward: { methods: [], training: [] } }],
    ['well-led', { learn: { methods: [ref('pdsa-cycles')], training: [ref('qsir')] } }],
  ]);

  it('lists each page once and keeps the editors’ order, methods and training apart', () => {
    const table = buildFocusTable(mapping, ['readiness', 'well-led'], { methods, training });
    expect(table.pages.map((p) => p.href)).toEqual(['/methods/pdsa-cycles/', '/methods/run-charts/', '/training/qsir/']);
    expect(focusFor(table, 'readiness', 'ideas')).toEqual({
      methods: [
        { href: '/methods/pdsa-cycles/', title: 'PDSA cycles', kind: 'Method' },
        { href: '/methods/run-charts/', title: 'Run charts', kind: 'Method' },
      ],
      training: [{ href: '/training/qsir/', title: 'QSIR', kind: 'Training' }],
    });
    expect(focusFor(table, 'well-led', 'learn').methods.map((m) => m.title)).toEqual(['PDSA cycles']);
  });

  it('gives empty lists where the mapping has nothing, and only the instruments asked for', () => {
    const table = buildFocusTable(mapping, ['readiness'], { methods, training });
    expect(focusFor(table, 'readiness', 'reward')).toEqual({ methods: [], training: [] });
    expect(focusFor(table, 'readiness', 'no-such-item')).toEqual({ methods: [], training: [] });
    expect(Object.keys(table.items)).toEqual(['readiness']);
  });

  it('reports statements left out, and instruments or statements that do not exist', () => {
    const problems = focusProblems(
      [
        { id: 'readiness', items: ['ideas', 'reward', 'learn-from-outside'] },
        { id: 'new-checklist', items: ['one'] },
      ],
      new Map<string, Record<string, unknown>>([
        ['readiness', { ideas: {}, reward: {}, typo: {} }],
        ['gone', { x: {} }],
      ]),
    );
    expect(problems).toEqual([
      'content/focus/where-to-focus.yaml: readiness has no statement with the id "typo".',
      'content/focus/where-to-focus.yaml: "gone" is not a self-assessment. Use the name of a file in content/assessments/, without .yaml.',
      'content/focus/where-to-focus.yaml: add readiness "learn-from-outside" (use empty lists when nothing on the site helps).',
      'content/focus/where-to-focus.yaml: add new-checklist "one" (use empty lists when nothing on the site helps).',
    ]);
  });
});
