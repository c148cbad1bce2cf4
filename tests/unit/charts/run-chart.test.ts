import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { anhoejRules, crossingsLimit, findRuns, ihiTrends, longestRunLimit, median, runChart } from '../../../src/charts/rules/run-chart';
import runsReference from '../../fixtures/charts/qicharts2-runs.json';
import chartsReference from '../../fixtures/charts/qicharts2-run-charts.json';

interface Expected {
  nObs: number;
  nUseful: number;
  longestRun: number | null;
  longestRunMax: number | null;
  nCrossings: number | null;
  nCrossingsMin: number | null;
  signal: boolean;
}
const pick = (r: ReturnType<typeof anhoejRules>): Expected => ({
  nObs: r.nObs,
  nUseful: r.nUseful,
  longestRun: r.longestRun,
  longestRunMax: r.longestRunMax,
  nCrossings: r.nCrossings,
  nCrossingsMin: r.nCrossingsMin,
  signal: r.signal,
});

describe('Anhøj rules against qicharts2', () => {
  it('the fixtures hold the cases we expect, signals among them', () => {
    expect(runsReference.length).toBe(11);
    expect(chartsReference.length).toBe(46);
    expect(chartsReference.filter((c) => c.expected.signal).length).toBeGreaterThan(3);
    expect(chartsReference.filter((c) => !c.expected.signal).length).toBeGreaterThan(3);
  });

  it.each(runsReference.map((c) => [c.name, c] as const))('%s: the runs analysis of the package test reference', (_, c) => {
    expect(pick(anhoejRules(c.y, c.cl, c.include))).toEqual(c.expected);
  });

  it.each(chartsReference.map((c) => [c.name, c] as const))('%s: median and runs analysis', (_, c) => {
    const chart = runChart(c.y, c.freeze === null ? {} : { baseline: c.freeze });
    expect(chart.median).toBe(c.median);
    expect(pick(chart.anhoej)).toEqual(c.expected);
  });

  it('reads the CDI example as the qicharts2 vignette describes it', () => {
    const cdi = chartsReference.find((c) => c.name === 'cdi, freeze = 24')!;
    const chart = runChart(cdi.y, { baseline: 24 });
    // "The median number of CDIs per month in the before period is 19. An
    // unusually long run of 15 data points below the median proves that the
    // CDI rate is reduced."
    expect(chart.median).toBe(19);
    expect(chart.anhoej.longestRun).toBe(15);
    expect(chart.anhoej.shift).toBe(true);
    const longest = chart.runs.find((r) => r.length === 15)!;
    expect(longest.side).toBe(-1);
  });

  it('limits for 24 useful points are 8 and 8, as the qicharts2 critical values table gives', () => {
    expect(longestRunLimit(24)).toBe(8);
    expect(crossingsLimit(24)).toBe(8);
    expect(longestRunLimit(10)).toBe(6);
    expect(crossingsLimit(10)).toBe(2);
  });

  it('points on the median neither break nor add to a run', () => {
    const values = [1, 1, 5, 1, 1, 9, 9, 9];
    // median 3: 5 is above; nothing on it.
    expect(findRuns(values, 3).map((r) => r.length)).toEqual([2, 1, 2, 3]);
    const withTies = [1, 1, 3, 1, 1, 9, 9, 9];
    expect(findRuns(withTies, 3)).toEqual([
      { start: 0, end: 4, side: -1, length: 4 },
      { start: 5, end: 7, side: 1, length: 3 },
    ]);
    const analysis = anhoejRules(withTies, 3);
    expect(analysis.nObs).toBe(8);
    expect(analysis.nUseful).toBe(7);
    expect(analysis.nCrossings).toBe(1);
  });

  it('has no signal and no counts when every point is on the centre line', () => {
    expect(anhoejRules([4, 4, 4], 4)).toMatchObject({ nUseful: 0, longestRun: null, nCrossingsMin: null, signal: false });
  });
});

describe('IHI rules', () => {
  it('a shift is 6 or more useful points on one side; points on the median do not break it', () => {
    // median of the 13 values is 5; the 5s are on the median.
    const values = [1, 9, 2, 8, 6, 7, 5, 8, 9, 6, 5, 7, 1];
    const chart = runChart(values);
    expect(chart.median).toBe(6);
    const shifted = [2, 3, 2, 3, 10, 11, 6, 12, 10, 6, 11, 12, 3];
    const c2 = runChart(shifted);
    expect(c2.median).toBe(6);
    expect(c2.ihi.shifts).toEqual([{ start: 4, end: 11, side: 1, length: 6 }]);
    const five = [2, 3, 2, 3, 10, 11, 6, 12, 10, 6, 11, 3, 2];
    expect(runChart(five).ihi.shifts).toEqual([]);
  });

  it('a trend is 5 or more points going one way; equal neighbours count once', () => {
    expect(ihiTrends([1, 2, 3, 4, 5])).toEqual([{ start: 0, end: 4, direction: 'increasing', length: 5 }]);
    expect(ihiTrends([1, 2, 3, 4])).toEqual([]);
    // The repeated 3 neither makes nor breaks the trend: 5 points counted.
    expect(ihiTrends([1, 2, 3, 3, 4, 5])).toEqual([{ start: 0, end: 5, direction: 'increasing', length: 5 }]);
    expect(ihiTrends([1, 2, 2, 3, 3, 4])).toEqual([]);
    expect(ihiTrends([9, 8, 7, 6, 5, 6, 7])).toEqual([{ start: 0, end: 4, direction: 'decreasing', length: 5 }]);
    // A turning point belongs to both trends.
    expect(ihiTrends([1, 2, 3, 4, 5, 4, 3, 2, 1])).toEqual([
      { start: 0, end: 4, direction: 'increasing', length: 5 },
      { start: 4, end: 8, direction: 'decreasing', length: 5 },
    ]);
  });
});

describe('properties', () => {
  const series = fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 1, maxLength: 80 });

  it('the median splits the points: no more than half on either side', () => {
    fc.assert(
      fc.property(series, (values) => {
        const m = median(values);
        expect(values.filter((v) => v > m).length).toBeLessThanOrEqual(values.length / 2);
        expect(values.filter((v) => v < m).length).toBeLessThanOrEqual(values.length / 2);
      }),
    );
  });

  it('adding a constant changes no rule', () => {
    fc.assert(
      fc.property(series, fc.integer({ min: -1000, max: 1000 }), (values, c) => {
        const a = runChart(values);
        const b = runChart(values.map((v) => v + c));
        expect(b.median).toBe(a.median + c);
        expect(b.anhoej).toEqual(a.anhoej);
        expect(b.ihi).toEqual(a.ihi);
      }),
    );
  });

  it('turning the chart upside down swaps the sides and the trend directions, nothing else', () => {
    fc.assert(
      fc.property(series, (values) => {
        const a = runChart(values);
        const b = runChart(values.map((v) => -v));
        expect(b.anhoej).toEqual(a.anhoej);
        expect(b.ihi.shifts).toEqual(a.ihi.shifts.map((s) => ({ ...s, side: -s.side })));
        expect(b.ihi.trends.map((t) => t.direction)).toEqual(a.ihi.trends.map((t) => (t.direction === 'increasing' ? 'decreasing' : 'increasing')));
      }),
    );
  });

  it('reading the chart backwards keeps the longest run and the crossings', () => {
    fc.assert(
      fc.property(series, (values) => {
        const a = runChart(values);
        const b = runChart([...values].reverse());
        expect(b.anhoej).toEqual(a.anhoej);
      }),
    );
  });

  it('runs cover every useful point once, and crossings are runs less one', () => {
    fc.assert(
      fc.property(series, (values) => {
        const chart = runChart(values);
        const useful = chart.sides.filter((s) => s !== 0).length;
        expect(chart.runs.reduce((n, r) => n + r.length, 0)).toBe(useful);
        if (useful > 0) expect(chart.anhoej.nCrossings).toBe(chart.runs.length - 1);
      }),
    );
  });
});
