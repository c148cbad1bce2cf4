import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, evaluator } from '../../../../src/charts/maker/evaluate';
import { readData } from '../../../../src/charts/maker/read-data';
import { blankChart, type ChartDoc } from '../../../../src/charts/maker/model';

const data = Array.from({ length: 40 }, (_, i) => `${(i % 28) + 1}/${Math.floor(i / 28) + 1}/2025,${10 + (i % 7) + (i > 25 ? 6 : 0)}`).join('\n');

/** A change a person makes: each patches the chart as the page does (a new array only for the list changed). */
const change = fc.oneof(
  fc.constantFrom<Partial<ChartDoc>>({ kind: 'run' }, { kind: 'spc' }, { direction: 'increase' }, { direction: 'decrease' }, { direction: null }),
  fc.record({ baseline: fc.option(fc.integer({ min: 2, max: 45 }), { nil: null }) }),
  fc.record({ target: fc.option(fc.integer({ min: 0, max: 30 }), { nil: null }) }),
  fc.record({ title: fc.string({ maxLength: 10 }) }),
  fc.constantFrom('2025-01-01', '2025-01-05', '2025-02-10', '2099-09-09').map((day) => ({ day })),
  fc.constantFrom('2025-01-03', '2025-02-01', '2030-01-01').map((note) => ({ note })),
);

describe('evaluating a chart part by part (evaluator)', () => {
  it('gives what evaluate gives, after any sequence of changes', () => {
    fc.assert(
      fc.property(fc.array(change, { maxLength: 12 }), (changes) => {
        const evaluateNext = evaluator();
        const read = readData(data);
        let doc: ChartDoc = { ...blankChart('Test'), data };
        for (const c of changes) {
          if ('day' in c) doc = { ...doc, rebaseAt: [...doc.rebaseAt, String(c.day)] };
          else if ('note' in c) doc = { ...doc, annotations: [...doc.annotations, { point: String(c.note), text: 'PDSA' }] };
          else doc = { ...doc, ...c };
          expect(evaluateNext(doc, read)).toEqual(evaluate(doc, read));
        }
      }),
    );
  });

  it('keeps the rules’ answer (the same object) when only a note or the title changed', () => {
    const evaluateNext = evaluator();
    const read = readData(data);
    const spcDoc: ChartDoc = { ...blankChart('Test'), data, kind: 'spc', direction: 'increase' };
    const before = evaluateNext(spcDoc, read);
    const noted = evaluateNext({ ...spcDoc, title: 'Falls', annotations: [{ point: '2025-01-03', text: 'PDSA 1' }] }, read);
    expect(noted.spc).toBe(before.spc);
    expect(noted.points).toBe(before.points);
    expect(noted.annotations).toEqual([{ at: 2, text: 'PDSA 1' }]);
    // A choice the rules depend on does run them again.
    expect(evaluateNext({ ...spcDoc, direction: 'decrease' }, read).spc).not.toBe(before.spc);
  });

  it('runs the rules again for new data, even with the same text read again', () => {
    const evaluateNext = evaluator();
    const doc: ChartDoc = { ...blankChart('Test'), data };
    const first = evaluateNext(doc, readData(data));
    const again = evaluateNext(doc, readData(data));
    expect(again.run).not.toBe(first.run);
    expect(again.run).toEqual(first.run);
  });
});
