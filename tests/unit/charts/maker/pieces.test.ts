import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { hLine, labelledIndices, linePath, makeScale, marksPath, niceTicks } from '../../../../src/charts/maker/geometry';
import { rowsToText, textToRows } from '../../../../src/charts/maker/table-edit';
import { andList, fileName, num, pointName, shortName } from '../../../../src/charts/maker/words';
import { cellText, sheetToText, splitNotes } from '../../../../src/charts/data/sheet-text';
import { parsePasted } from '../../../../src/charts/data/parse';
import { signalPoints } from '../../../../src/charts/maker/signals';
import { runChart } from '../../../../src/charts/rules/run-chart';

describe('chart geometry', () => {
  it('gives round ticks that cover every value', () => {
    expect(niceTicks(5.6, 15.22)).toEqual([4, 6, 8, 10, 12, 14, 16]);
    expect(niceTicks(3, 3).length).toBeGreaterThanOrEqual(2);
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.double({ min: 0, max: 1e6, noNaN: true }), (lo, span) => {
        const t = niceTicks(lo, lo + span);
        expect(t[0]!).toBeLessThanOrEqual(lo);
        expect(t[t.length - 1]!).toBeGreaterThanOrEqual(lo + span - Math.abs(lo + span) * 1e-9);
        expect(t.length).toBeLessThanOrEqual(12);
      }),
    );
  });

  it('places points left to right and values bottom to top', () => {
    const s = makeScale(3, [0, 10]);
    expect(s.x(0)).toBeLessThan(s.x(2));
    expect(s.y(10)).toBeLessThan(s.y(0));
    expect(linePath(s, [1, 2, 3]).match(/[ML]/g)).toHaveLength(3);
    expect(hLine(s, 0, 2, Number.NaN)).toBe('');
    expect(hLine(s, 0, 2, 5)).toMatch(/^M[\d.]+ [\d.]+H[\d.]+$/);
  });

  it('never gives a coordinate that is not finite, however far apart the values (1e308 and -1e308)', () => {
    const extreme = makeScale(2, [1e308, -1e308]);
    expect([extreme.y(1e308), extreme.y(-1e308), ...extreme.ticks]).toSatisfy((xs: number[]) => xs.every(Number.isFinite));
    expect(extreme.y(1e308)).toBeLessThan(extreme.y(-1e308));
    expect(linePath(extreme, [1e308, -1e308, Number.MAX_VALUE, -Number.MAX_VALUE])).not.toMatch(/NaN|Infinity/);
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { minLength: 1, maxLength: 30 }), (values) => {
        const s = makeScale(values.length, values);
        const coords = [...values.map((v) => s.y(v)), ...values.map((_, i) => s.x(i)), ...s.ticks.map((t) => s.y(t)), ...s.ticks];
        expect(coords.filter((c) => !Number.isFinite(c))).toEqual([]);
        expect(s.ticks.length).toBeGreaterThanOrEqual(1);
        expect(linePath(s, values) + hLine(s, 0, values.length - 1, values[0]!)).not.toMatch(/NaN|Infinity/);
      }),
    );
  });

  it('labels a few points, always the first and last', () => {
    expect(labelledIndices(5)).toEqual([0, 1, 2, 3, 4]);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2000 }), (n) => {
        const l = labelledIndices(n);
        expect(l[0]).toBe(0);
        expect(l[l.length - 1]).toBe(n - 1);
        expect(l.length).toBeLessThanOrEqual(9);
        for (let i = 1; i < l.length; i++) expect(l[i]!).toBeGreaterThan(l[i - 1]!);
      }),
    );
  });
});

describe('data in a table', () => {
  it('reads and writes back two cells a row, line for line', () => {
    expect(textToRows('"Ward 7, north",8\nb,2')).toEqual([
      ['Ward 7, north', '8'],
      ['b', '2'],
    ]);
    expect(
      rowsToText([
        ['a\tb', '1'],
        ['c', '2'],
      ]),
    ).toBe('a b\t1\nc\t2');
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.stringMatching(/^[A-Za-z0-9/ ]{0,10}$/), fc.stringMatching(/^[0-9.]{0,6}$/)), { minLength: 1, maxLength: 20 }),
        (rows) => {
          const text = rowsToText(rows);
          expect(parsePasted(rowsToText(textToRows(text))).points).toEqual(parsePasted(text).points);
        },
      ),
    );
  });
});

describe('spreadsheets and files', () => {
  it('write cells as the parser reads them, dates day/month/year', () => {
    expect(cellText(new Date(Date.UTC(2025, 2, 12)))).toBe('12/03/2025');
    expect(cellText(null)).toBe('');
    expect(cellText(12.5)).toBe('12.5');
    expect(cellText('a\tb')).toBe('a b');
    const text = sheetToText([
      ['Date', 'Value'],
      [new Date(Date.UTC(2025, 0, 1)), 4],
      [null, null],
      ['x', 'y', null],
    ]);
    expect(text).toBe('Date\tValue\n01/01/2025\t4\n\nx\ty');
    const parsed = parsePasted(text);
    expect(parsed.points).toEqual([{ line: 2, label: '01/01/2025', date: '2025-01-01', value: 4 }]);
    expect(parsed.bad.map((b) => b.line)).toEqual([4]);
  });

  it('say a label with an empty value cell has no value, as the same row in a CSV file does', () => {
    const text = sheetToText([
      ['Month', 'Falls'],
      ['Mar 2026', 4],
      ['Apr 2026', null],
      ['May 2026', null, null],
      ['Only'],
    ]);
    expect(text).toBe('Month\tFalls\nMar 2026\t4\nApr 2026\t\nMay 2026\t\nOnly');
    const reasons = parsePasted(text).bad.map((b) => [b.line, b.reason]);
    const csv = parsePasted('Month,Falls\nMar 2026,4\nApr 2026,\nMay 2026,\nOnly').bad.map((b) => [b.line, b.reason]);
    expect(reasons).toEqual(csv);
    expect(reasons.slice(0, 2)).toEqual([
      [3, 'There is no value.'],
      [4, 'There is no value.'],
    ]);
  });

  it('take a third column of notes aside and leave text without notes unchanged', () => {
    expect(splitNotes('a,1\nb,2')).toEqual({ text: 'a,1\nb,2', notes: [] });
    const { text, notes } = splitNotes('Date,Value,Notes\n01/01/2025,4,\n02/01/2025,5,PDSA 1\n03/01/2025,6');
    expect(notes).toEqual([
      { line: 1, text: 'Notes' },
      { line: 3, text: 'PDSA 1' },
    ]);
    expect(parsePasted(text).points.map((p) => p.value)).toEqual([4, 5, 6]);
    expect(parsePasted(text).bad).toEqual([]);
  });
});

describe('words', () => {
  it('writes numbers, dates, lists and file names', () => {
    expect(num(1234.567)).toBe('1,234.6');
    expect(num(12.345)).toBe('12.35');
    expect(num(0.012345)).toBe('0.0123');
    expect(num(Number.NaN)).toBe('not available');
    expect(pointName({ label: '12/03/2025', date: '2025-03-12' })).toBe('12 March 2025');
    expect(pointName({ label: 'Week 3' })).toBe('Week 3');
    expect(shortName({ label: '01/02/2005', date: '2005-02-01' })).toBe('1 Feb 2005');
    expect(shortName({ label: '22/06/1905', date: '1905-06-22' })).toBe('22 Jun 1905');
    expect(shortName({ label: 'A label of 14.' })).toBe('A label of 14.');
    expect(shortName({ label: 'A very long label indeed' })).toBe('A very…indeed');
    // Labels in a series that differ only at the end stay different, and a cut is marked.
    const years = ['2022/23 Q1', '2022/23 Q2', '2023/24 Q1'].map((q) => shortName({ label: `Financial year ${q}` }));
    expect(years).toEqual(['Financ…2/23 Q1', 'Financ…2/23 Q2', 'Financ…3/24 Q1']);
    expect(new Set(years).size).toBe(3);
    // Characters, not UTF-16 units: an emoji is never split.
    expect(shortName({ label: '😀'.repeat(20) })).toBe(`${'😀'.repeat(6)}…${'😀'.repeat(7)}`);
    for (const label of ['x'.repeat(15), 'a b c d e f g h i j k', 'Week 10 of the project']) expect([...shortName({ label })].length).toBeLessThanOrEqual(14);
    expect(andList(['a', 'b', 'c'])).toBe('a, b and c');
    expect(fileName('Falls on Ward 7 (Ysbyty Gwynedd)', 'svg')).toBe('falls-on-ward-7-ysbyty-gwynedd.svg');
    expect(fileName('!!!', 'csv')).toBe('chart.csv');
  });

  it('marks the points of shifts and trends, not points on the median', () => {
    const chart = runChart([1, 2, 1, 2, 1, 2, 9, 8, 9, 8, 9, 8, 5]);
    expect(chart.median).toBe(5);
    expect(signalPoints(chart)).toEqual([...Array(12).fill(true), false]);
    expect(signalPoints(runChart([1, 3, 2, 4, 3, 5]))).toEqual(Array(6).fill(false));
  });
});

describe('point marks', () => {
  it('draw one closed shape per point in a single path', () => {
    const centres = [
      { x: 10, y: 20 },
      { x: 30, y: 40 },
    ];
    expect(marksPath('circle', centres, 2)).toBe('M8 20a2 2 0 1 0 4 0a2 2 0 1 0 -4 0M28 40a2 2 0 1 0 4 0a2 2 0 1 0 -4 0');
    expect(marksPath('square', centres, 2).match(/Z/g)).toHaveLength(2);
    expect(marksPath('triangle', centres, 2).match(/Z/g)).toHaveLength(2);
    expect(marksPath('circle', [], 2)).toBe('');
  });
});
