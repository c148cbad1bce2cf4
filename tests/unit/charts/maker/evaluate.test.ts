import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../../src/charts/maker/evaluate';
import { inTimeOrder, notesToAnnotations, readData } from '../../../../src/charts/maker/read-data';
import { blankChart, type ChartDoc } from '../../../../src/charts/maker/model';
import { runChart } from '../../../../src/charts/rules/run-chart';
import { spc } from '../../../../src/charts/rules/making-data-count';

const doc = (patch: Partial<ChartDoc>): ChartDoc => ({ ...blankChart('Test'), ...patch });

describe('evaluating a chart', () => {
  it('puts dated rows in date order, and says so', () => {
    const ev = evaluate(doc({ data: '03/01/2025,3\n01/01/2025,1\n02/01/2025,2' }));
    expect(ev.points.map((p) => p.value)).toEqual([1, 2, 3]);
    expect(ev.sorted).toBe(true);
    expect(evaluate(doc({ data: '01/01/2025,1\n02/01/2025,2' })).sorted).toBe(false);
  });

  it('keeps labelled rows in the order given', () => {
    const { points, sorted } = inTimeOrder([
      { line: 1, label: 'Week 2', value: 2 },
      { line: 2, label: 'Week 1', value: 1 },
    ]);
    expect(points.map((p) => p.label)).toEqual(['Week 2', 'Week 1']);
    expect(sorted).toBe(false);
  });

  it('applies the verified rules with the chosen options', () => {
    const values = [5, 6, 7, 4, 5, 6, 9, 10, 11, 12, 10, 11];
    const data = values.map((v, i) => `Week ${i + 1},${v}`).join('\n');
    expect(evaluate(doc({ data, baseline: 6 })).run).toEqual(runChart(values, { baseline: 6 }));
    const ev = evaluate(doc({ data, kind: 'spc', direction: 'decrease', target: 8, rebaseAt: ['Week 7', 'Week 41', 'Week 1'] }));
    expect(ev.run).toBeNull();
    // Week 41 is not in the data and Week 1 is the first point: neither starts a period.
    expect(ev.rebaseAt).toEqual([6]);
    expect(ev.spc).toEqual(spc(values, { direction: 'decrease', target: 8, rebaseAt: [6] }));
  });

  it('draws nothing from fewer than 2 points, and lists bad rows', () => {
    const ev = evaluate(doc({ data: 'Month,Falls\n01/01/2025,4\n31/02/2025,2' }));
    expect(ev.run).toBeNull();
    expect(ev.header).toEqual({ label: 'Month', value: 'Falls' });
    expect(ev.bad.map((b) => b.line)).toEqual([3]);
  });

  it('places notes on their point by date or label, and leaves out notes whose point is not in the data', () => {
    const annotations = [
      { point: 'b', text: 'x' },
      { point: 'gone', text: 'y' },
    ];
    expect(evaluate(doc({ data: 'a,1\nb,2', annotations })).annotations).toEqual([{ at: 1, text: 'x' }]);
    // A row added before it, or the rows put in date order, leaves the note on its point.
    expect(evaluate(doc({ data: 'z,0\na,1\nb,2', annotations })).annotations).toEqual([{ at: 2, text: 'x' }]);
    const dated = [{ point: '2025-01-02', text: 'PDSA 1' }];
    expect(evaluate(doc({ data: '03/01/2025,3\n02/01/2025,2\n01/01/2025,1', annotations: dated })).annotations).toEqual([{ at: 1, text: 'PDSA 1' }]);
    expect(evaluate(doc({ data: '02/01/2025,2', annotations: dated })).annotations).toEqual([{ at: 0, text: 'PDSA 1' }]);
  });

  it('keeps every note on its point, whatever rows are added, removed or reordered', () => {
    const rows = fc.uniqueArray(fc.integer({ min: 1, max: 28 }), { minLength: 1, maxLength: 20 });
    fc.assert(
      fc.property(rows, fc.integer({ min: 0, max: 19 }), rows, (days, pick, others) => {
        const line = (d: number) => `${d}/02/2025,${d * 3}`;
        const day = days[pick % days.length]!;
        const point = `2025-02-${String(day).padStart(2, '0')}`;
        const annotations = [{ point, text: 'PDSA' }];
        const ev = evaluate(doc({ data: [...new Set([...others, day])].map(line).join('\n'), annotations }));
        expect(ev.annotations).toHaveLength(1);
        expect(ev.points[ev.annotations[0]!.at]!.date).toBe(point);
      }),
    );
  });

  it('puts notes from a file on the points of their lines', () => {
    const { points } = evaluate(doc({ data: 'Date\tValue\n02/01/2025\t2\n01/01/2025\t1' }));
    expect(
      notesToAnnotations(points, [
        { line: 1, text: 'Notes' },
        { line: 2, text: 'PDSA 1' },
      ]),
    ).toEqual([{ point: '2025-01-02', text: 'PDSA 1' }]);
  });
});

describe('data read once', () => {
  it('gives the same chart whether the data is read again or reused', () => {
    const data = '03/01/2025,3\n01/01/2025,1\n02/01/2025,2\n04/01/2025,9';
    const read = readData(data);
    const chart = doc({ data, kind: 'spc', target: 2 });
    expect(evaluate(chart, read)).toEqual(evaluate(chart));
  });
});
