/**
 * The IHI "too few or too many runs" rule reproduces the published table
 * (Perla, Provost & Murray 2011, Table 1), row by row, from the fixture
 * typed from it, and applies it to real runs as the table says.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IHI_RUNS_FIRST, IHI_RUNS_LAST, ihiRuns, ihiRunsLimits } from '../../../src/charts/rules/ihi-runs';
import { findRuns, median, runChart } from '../../../src/charts/rules/run-chart';

const table = readFileSync(path.resolve('tests/fixtures/charts/perla-2011-table-1.tsv'), 'utf8')
  .split('\n')
  .filter((line) => /^\d/.test(line))
  .map((line) => line.split('\t').map(Number) as [number, number, number]);

/** A series of `n` points, none on the median, whose runs have these lengths (alternating sides). */
const withRuns = (lengths: number[]) => lengths.flatMap((len, i) => Array<number>(len).fill(i % 2 === 0 ? 1 : 3));

describe('IHI runs rule: the published table', () => {
  it('the fixture holds every row from 10 to 60 points', () => {
    expect(table.map(([n]) => n)).toEqual(Array.from({ length: 51 }, (_, i) => i + 10));
    expect([IHI_RUNS_FIRST, IHI_RUNS_LAST]).toEqual([10, 60]);
  });

  it.each(table)('%i points not on the median: too few below %i runs, too many above %i', (n, lower, upper) => {
    expect(ihiRunsLimits(n)).toEqual({ lower, upper });
  });

  it('says nothing outside the table', () => {
    for (const n of [-1, 0, 1, 9, 61, 100, 10.5, Number.NaN]) expect(ihiRunsLimits(n)).toBeNull();
  });

  it('agrees with the partial copies it was checked against', () => {
    // Rows 10 to 15 as typed out in the course notes, and 24 points: 8 to 18 runs.
    expect([10, 11, 12, 13, 14, 15, 24].map((n) => ihiRunsLimits(n))).toEqual(
      [[3, 9], [3, 10], [3, 11], [4, 11], [4, 12], [5, 12], [8, 18]].map(([lower, upper]) => ({ lower, upper })),
    );
  });

  it('every range holds the number of runs chance gives on average (half the points plus one), and never narrows as points are added', () => {
    fc.assert(
      fc.property(fc.integer({ min: 10, max: 59 }), (n) => {
        const here = ihiRunsLimits(n)!;
        const next = ihiRunsLimits(n + 1)!;
        expect(here.lower).toBeLessThan(n / 2 + 1);
        expect(here.upper).toBeGreaterThan(n / 2 + 1);
        expect(next.lower).toBeGreaterThanOrEqual(here.lower);
        expect(next.upper).toBeGreaterThanOrEqual(here.upper);
      }),
    );
  });
});

describe('IHI runs rule: applied to a chart', () => {
  it('fewer runs than the lower limit is too few; the limit itself is not', () => {
    // 12 points not on the median: 3 to 11 runs are as chance gives.
    const two = ihiRuns(findRuns(withRuns([6, 6]), 2));
    expect(two).toEqual({ nRuns: 2, nUseful: 12, limits: { lower: 3, upper: 11 }, tooFew: true, tooMany: false });
    const three = ihiRuns(findRuns(withRuns([4, 4, 4]), 2));
    expect([three.nRuns, three.tooFew, three.tooMany]).toEqual([3, false, false]);
  });

  it('more runs than the upper limit is too many; the limit itself is not', () => {
    const eleven = ihiRuns(findRuns(withRuns([2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]), 2));
    expect([eleven.nUseful, eleven.nRuns, eleven.tooMany]).toEqual([12, 11, false]);
    const twelve = ihiRuns(findRuns(withRuns(Array<number>(12).fill(1)), 2));
    expect([twelve.nUseful, twelve.nRuns, twelve.tooMany, twelve.tooFew]).toEqual([12, 12, true, false]);
  });

  it('points on the median are set aside: they neither count nor break a run', () => {
    // 14 values, 2 on the median (5): 12 points not on it, in 2 runs.
    const values = [1, 2, 1, 5, 2, 1, 2, 8, 9, 8, 5, 9, 8, 9];
    expect(median(values)).toBe(5);
    const chart = runChart(values);
    expect(chart.ihi.runs).toEqual({ nRuns: 2, nUseful: 12, limits: { lower: 3, upper: 11 }, tooFew: true, tooMany: false });
  });

  it('with fewer than 10 or more than 60 points not on the median, the rule is not applied', () => {
    const few = runChart([1, 9, 1, 9, 1, 9, 1, 9, 1]);
    expect(few.ihi.runs.limits).toBeNull();
    expect([few.ihi.runs.tooFew, few.ihi.runs.tooMany]).toEqual([false, false]);
    const many = runChart(Array.from({ length: 62 }, (_, i) => (i % 2 ? 9 : 1)));
    expect(many.ihi.runs.nUseful).toBe(62);
    expect(many.ihi.runs.limits).toBeNull();
  });

  it('for any series, the counts match the runs and a signal only comes with limits', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 80 }), (values) => {
        const chart = runChart(values);
        const r = chart.ihi.runs;
        expect(r.nRuns).toBe(chart.runs.length);
        expect(r.nUseful).toBe(chart.sides.filter((s) => s !== 0).length);
        if (r.limits === null) expect(r.tooFew || r.tooMany).toBe(false);
        else expect([r.tooFew, r.tooMany]).toEqual([r.nRuns < r.limits.lower, r.nRuns > r.limits.upper]);
      }),
    );
  });
});
