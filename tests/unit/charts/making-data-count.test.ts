import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  classify,
  partOfSeven,
  partOfTwoInThree,
  sevenOnOneSide,
  sevenPointTrend,
  spc,
  twoInThree,
  assurance,
  type Assurance,
  type Direction,
  type PointType,
  type SpecialCause,
} from '../../../src/charts/rules/making-data-count';
import { xmr } from '../../../src/charts/rules/xmr';
import type { Side } from '../../../src/charts/rules/run-chart';
import cases from '../../fixtures/charts/plotthedots-cases.json';

// The package's names for what it finds, and ours.
const causeNames: Record<string, SpecialCause> = {
  'Above UCL': 'above-upper-limit',
  'Below LCL': 'below-lower-limit',
  '7 Point Trend (Increasing)': 'increasing-trend',
  '7 Point Trend (Decreasing)': 'decreasing-trend',
  '2 in 3 Above CL': 'two-of-three-above',
  '2 in 3 Below CL': 'two-of-three-below',
  '7 Points Above CL': 'run-above',
  '7 Points Below CL': 'run-below',
  'Common Cause': 'common-cause',
};
const typeNames: Record<string, PointType> = {
  common_cause: 'common-cause',
  special_cause_improvement: 'improvement',
  special_cause_concern: 'concern',
  special_cause_neutral_high: 'neutral-high',
  special_cause_neutral_low: 'neutral-low',
};
const assuranceNames: Record<string, Assurance> = {
  consistent_pass: 'consistent-pass',
  consistent_fail: 'consistent-fail',
  inconsistent: 'inconsistent',
};

/** Equal to 12 significant figures: R's mean() sums in 80-bit arithmetic, ours in 64-bit. */
const near = (a: number, b: number) => Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(b));

describe('NHSRplotthedots test data', () => {
  const byName = (name: string) => cases.find((c) => c.name === name)!;

  it('reproduces the snapshot of ptd_spc_standard() for rnorm(20)', () => {
    const c = byName('rnorm(20), defaults');
    // The snapshot starts: y <dbl> -0.56047565, -0.23017749, 1.55870831, 0.07050839
    expect(c.y.slice(0, 4).map((v) => Number(v.toFixed(8)))).toEqual([-0.56047565, -0.23017749, 1.55870831, 0.07050839]);
    const { periods, points } = xmr(c.y);
    expect(Number(periods[0]!.mean.toPrecision(7))).toBe(0.1416238);
    expect(Number(periods[0]!.lpl.toPrecision(6))).toBe(-3.01138);
    expect(Number(periods[0]!.upl.toPrecision(7))).toBe(3.294627);
    // relative_to_mean <dbl> -1, -1, 1, -1, -1, 1, 1, -1, -1, -1, 1, 1, 1, -1, -1
    expect(points.slice(0, 15).map((p) => p.relativeToMean)).toEqual([-1, -1, 1, -1, -1, 1, 1, -1, -1, -1, 1, 1, 1, -1, -1]);
    // outside_limits and close_to_limits <lgl> FALSE, FALSE, FALSE, FALSE, FALSE, FALSE, FALSE, FALS~
    expect(points.slice(0, 7).map((p) => p.outsideLimits || p.closeToLimits)).toEqual(Array(7).fill(false));
  });

  it('reproduces the snapshots with y[15] = 10, screened and not', () => {
    const screened = xmr(byName('rnorm(20) with y[15] = 10, screen_outliers = TRUE').y);
    expect(Number(screened.periods[0]!.mean.toPrecision(7))).toBe(0.6694159);
    expect(Number(screened.periods[0]!.lpl.toPrecision(7))).toBe(-2.383666);
    expect(Number(screened.periods[0]!.upl.toPrecision(7))).toBe(3.722497);
    const unscreened = xmr(byName('rnorm(20) with y[15] = 10, screen_outliers = FALSE').y, { screenOutliers: false });
    expect(Number(unscreened.periods[0]!.lpl.toPrecision(7))).toBe(-4.596625);
    expect(Number(unscreened.periods[0]!.upl.toPrecision(7))).toBe(5.935457);
    // relative_to_mean <dbl> -1, -1, 1, -1, -1, 1, -1, -1, -1, -1, 1, -1, -1, -1
    expect(screened.points.slice(0, 14).map((p) => p.relativeToMean)).toEqual([-1, -1, 1, -1, -1, 1, -1, -1, -1, -1, 1, -1, -1, -1]);
    // "the range in the 3rd results ... is larger than the range in the 2nd results"
    expect(unscreened.periods[0]!.upl - unscreened.periods[0]!.lpl).toBeGreaterThan(screened.periods[0]!.upl - screened.periods[0]!.lpl);
  });

  it('reproduces the summary() snapshots: 20 common cause points; facets 0.0746 (-2.60, 2.75) and 0.209 (-3.28, 3.70)', () => {
    const all = spc(byName('rnorm(20), defaults').y);
    expect(all.periods[0]!.counts).toEqual({ commonCause: 20, improvement: 0, concern: 0, neutral: 0 });
    const f0 = spc(byName('rnorm(20), facet 0 (rows 1 to 10)').y).periods[0]!;
    const f1 = spc(byName('rnorm(20), facet 1 (rows 11 to 20)').y).periods[0]!;
    expect([f0.mean, f0.lpl, f0.upl].map((v) => Number(v.toPrecision(3)))).toEqual([0.0746, -2.6, 2.75]);
    expect([f1.mean, f1.lpl, f1.upl].map((v) => Number(v.toPrecision(3)))).toEqual([0.209, -3.28, 3.7]);
    expect(f0.trialLimits && f1.trialLimits).toBe(true);
  });

  it('rebasing at row 11 gives two periods (rebase_group 0 then 1)', () => {
    const chart = xmr(byName('rnorm(20), rebase at row 11').y, { rebaseAt: [10] });
    expect(chart.points.map((p) => p.period)).toEqual([...Array(10).fill(0), ...Array(10).fill(1)]);
  });

  it('fixing after 12 points changes the limits', () => {
    const y = byName('rnorm(20), defaults').y;
    expect(xmr(y, { fixAfterNPoints: 12 }).periods[0]!.lpl).not.toBe(xmr(y).periods[0]!.lpl);
  });

  it('only reports 2 of 3 close to the limits on the same side of the mean', () => {
    const chart = spc(byName('symmetrical data, 2 of 3 on opposite sides').y);
    expect(chart.points.slice(-2).map((p) => p.type)).toEqual(['common-cause', 'common-cause']);
  });

  it('matches the deviations vignette: UPL 4.6, mean 1.94, LPL -0.72 screened; 6.95 and -3.06 not', () => {
    const data = byName('deviations vignette, screen_outliers = TRUE').y;
    const screened = spc(data);
    const round2 = (v: number) => Math.round(v * 100) / 100;
    expect([screened.periods[0]!.upl, screened.periods[0]!.mean, screened.periods[0]!.lpl].map(round2)).toEqual([4.6, 1.94, -0.72]);
    // "four grey common cause points followed by a single blue special cause improvement point followed by a further 12 grey"
    expect(screened.points.map((p) => p.type)).toEqual(['common-cause', 'common-cause', 'common-cause', 'common-cause', 'improvement', ...Array(13).fill('common-cause')]);
    const excel = spc(data, { screenOutliers: false });
    expect([excel.periods[0]!.upl, excel.periods[0]!.lpl].map(round2)).toEqual([6.95, -3.06]);
    expect(screened.periods[0]!.screenedOut).toEqual([4, 5]);
  });

  it('the fixtures reach every rule', () => {
    const seen = new Set(cases.flatMap((c) => c.expected.specialCauseType));
    expect(seen.size).toBe(Object.keys(causeNames).length);
    expect(new Set(cases.map((c) => c.expected.assurance))).toEqual(new Set([null, 'consistent_pass', 'consistent_fail', 'inconsistent']));
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s: limits, special causes, point types and assurance as the package', (_, c) => {
    const options = {
      rebaseAt: c.rebase,
      screenOutliers: c.screenOutliers,
      direction: c.direction as Direction,
      ...('fixAfterNPoints' in c ? { fixAfterNPoints: c.fixAfterNPoints as number } : {}),
      ...('target' in c ? { target: c.target as number } : {}),
    };
    const chart = spc(c.y, options);
    const periodOf = chart.points.map((p) => chart.periods[p.period]!);
    const mismatch = (ours: number[], theirs: (number | null)[]) => ours.findIndex((v, i) => (theirs[i] === null ? !Number.isNaN(v) : !near(v, theirs[i]!)));
    expect(mismatch(periodOf.map((p) => p.mean), c.expected.mean)).toBe(-1);
    expect(mismatch(periodOf.map((p) => p.lpl), c.expected.lpl)).toBe(-1);
    expect(mismatch(periodOf.map((p) => p.upl), c.expected.upl)).toBe(-1);
    expect(chart.points.map((p) => p.relativeToMean)).toEqual(c.expected.relativeToMean);
    expect(chart.points.map((p) => p.specialCause)).toEqual(c.expected.specialCauseType.map((t) => causeNames[t!]));
    expect(chart.points.map((p) => p.type)).toEqual(c.expected.pointType.map((t) => typeNames[t!]));
    expect(chart.assurance).toBe(c.expected.assurance === null ? null : assuranceNames[c.expected.assurance]);
  });
});

describe("the package's unit tests of its rule helpers", () => {
  it('seven points on one side of the mean', () => {
    expect(sevenOnOneSide([])).toEqual([]);
    expect(sevenOnOneSide([1, 1, 1, 1, 1, 1])).toEqual([0, 0, 0, 0, 0, 0]);
    expect(sevenOnOneSide([1, 1, 1, 1, 1, 1, -1])).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(sevenOnOneSide([1, 1, 1, 1, 1, 1, 1, 1, -1])).toEqual([0, 0, 0, 0, 0, 0, 1, 1, 0]);
    expect(sevenOnOneSide([-1, -1, -1, -1, -1, -1, -1, -1, 1])).toEqual([0, 0, 0, 0, 0, 0, 1, 1, 0]);
  });

  it('part of seven', () => {
    expect(partOfSeven([])).toEqual([]);
    expect(partOfSeven([0, 0, 0, 0, 0, 0])).toEqual([0, 0, 0, 0, 0, 0]);
    expect(partOfSeven([0, 0, 0, 0, 0, 0, 1, 0])).toEqual([1, 1, 1, 1, 1, 1, 1, 0]);
    expect(partOfSeven([0, 0, 0, 0, 0, 0, 0, 1, 0])).toEqual([0, 1, 1, 1, 1, 1, 1, 1, 0]);
    expect(partOfSeven([0, 0, 0, 0, 0, 0, -1, 0])).toEqual([1, 1, 1, 1, 1, 1, 1, 0]);
    expect(partOfSeven([0, 0, 0, 0, 0, 0, 0, -1, 0])).toEqual([0, 1, 1, 1, 1, 1, 1, 1, 0]);
  });

  it('seven point trend', () => {
    expect(sevenPointTrend([])).toEqual([]);
    expect(sevenPointTrend([1, 2, 3, 4, 5, 6])).toEqual([0, 0, 0, 0, 0, 0]);
    expect(sevenPointTrend([1, 2, 3, 3, 4, 5, 6])).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(sevenPointTrend([1, 2, 3, 4, 5, 6, 7])).toEqual([0, 0, 0, 0, 0, 0, 1]);
    expect(sevenPointTrend([2, 1, 2, 3, 4, 5, 6, 7, 3])).toEqual([0, 0, 0, 0, 0, 0, 0, 1, 0]);
    expect(sevenPointTrend([7, 6, 5, 4, 3, 2, 1])).toEqual([0, 0, 0, 0, 0, 0, -1]);
    expect(sevenPointTrend([2, 7, 6, 5, 4, 3, 2, 1, 3])).toEqual([0, 0, 0, 0, 0, 0, 0, -1, 0]);
  });

  it('two in three', () => {
    expect(twoInThree([], [])).toEqual([]);
    expect(twoInThree([0, 0, 0], [0])).toEqual([0, 0, 0]);
    const all: Side[] = [1, 1, 1];
    expect(twoInThree([1, 0, 1], all)).toEqual([1, 1, 1]);
    expect(twoInThree([0, 1, 1], all)).toEqual([1, 1, 1]);
    expect(twoInThree([1, 1, 0], all)).toEqual([1, 1, 1]);
    const seven: Side[] = [1, 1, 1, 1, 1, 1, 1];
    expect(twoInThree([0, 0, 1, 0, 1, 0, 0], seven)).toEqual([0, 0, 1, 1, 1, 0, 0]);
    expect(twoInThree([0, 0, 1, 1, 0, 0, 0], seven)).toEqual([0, 1, 1, 1, 1, 0, 0]);
  });

  it('two in three, with points on opposite sides of the mean', () => {
    expect(twoInThree([1, 0, 1], [1, -1, 1])).toEqual([0, 0, 0]);
    expect(twoInThree([0, 1, 1], [1, -1, 1])).toEqual([0, 0, 0]);
    expect(twoInThree([1, 1, 0], [1, -1, 1])).toEqual([0, 0, 0]);
    expect(twoInThree([0, 0, 1, 0, 1, 0, 0], [1, -1, 1, -1, 1, -1, 1])).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(twoInThree([0, 0, 1, 1, 0, 0, 0], [-1, 1, -1, 1, -1, 1, -1])).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });

  it('part of two in three', () => {
    const part = (v: number[], rtm: Side[]) => partOfTwoInThree(twoInThree(v, rtm), v);
    expect(part([], [])).toEqual([]);
    expect(part([1, 0, 1], [1, 1, 1])).toEqual([1, 0, 1]);
    expect(part([0, 1, 1], [1, 1, 1])).toEqual([0, 1, 1]);
    expect(part([1, 1, 0], [1, 1, 1])).toEqual([1, 1, 0]);
    expect(part([0, 0, 1, 0, 1, 0, 0], [1, 1, 1, 1, 1, 1, 1])).toEqual([0, 0, 1, 0, 1, 0, 0]);
    expect(partOfTwoInThree([0, 0, 1, 1, 0, 0, 0], [0, 0, 1, 1, 0, 0, 0])).toEqual([0, 0, 1, 1, 0, 0, 0]);
    expect(part([1, 0, 0, 1], [1, 1, 1, 1])).toEqual([0, 0, 0, 0]);
    expect(part([1, 0, 0, 1, 1], [1, 1, 1, 1, 1])).toEqual([0, 0, 0, 1, 1]);
  });

  it('special cause type: precedence and names (the package mocks the rule marks the same way)', () => {
    const types = classify(
      [1, 2, 3, 4, 5, 6, 7, 8],
      [1, 1, 1, 1, -1, -1, -1, -1],
      [0, 0, 0, 0, 0, 1, -1, 0],
      [1, -1, 0, 0, 0, 0, 0, 0],
      [0, 0, 0, 0, 1, 0, 0, 0],
      [0, 0, 1, -1, 0, 0, 0, 0],
    );
    expect(types).toEqual([
      'increasing-trend',
      'increasing-trend',
      'run-above',
      'run-above',
      'two-of-three-below',
      'below-lower-limit',
      'below-lower-limit',
      'common-cause',
    ]);
  });

  it('assurance (test-ptd_calculate_assurance_type.R)', () => {
    const facets = [
      { lpl: 1, upl: 3 },
      { lpl: 5, upl: 7 },
      { lpl: 1, upl: 5 },
    ];
    expect(facets.map((f) => assurance(f, 4, 'increase'))).toEqual(['consistent-fail', 'consistent-pass', 'inconsistent']);
    expect(facets.map((f) => assurance(f, 4, 'decrease'))).toEqual(['consistent-pass', 'consistent-fail', 'inconsistent']);
    expect(facets.map((f) => assurance(f, 4, 'neutral'))).toEqual([null, null, null]);
    expect(assurance(facets[0]!, undefined, 'increase')).toBeNull();
  });
});

describe('properties', () => {
  const series = fc.array(fc.integer({ min: 0, max: 200 }), { minLength: 2, maxLength: 60 });
  const direction = fc.constantFrom<Direction>('increase', 'decrease', 'neutral');

  it('limits and two-sigma lines are symmetric about the mean', () => {
    fc.assert(
      fc.property(series, fc.boolean(), (values, screenOutliers) => {
        for (const p of xmr(values, { screenOutliers }).periods) {
          // A flat run screens out every moving range (0 is not below a cut of 0), so, as in the package, there are no limits.
          if (Number.isNaN(p.averageMovingRange)) {
            expect(screenOutliers && new Set(values.slice(p.start, p.end + 1)).size === 1).toBe(true);
            continue;
          }
          expect(p.upl - p.mean).toBeCloseTo(p.mean - p.lpl, 9);
          expect(p.nupl - p.mean).toBeCloseTo(p.mean - p.nlpl, 9);
          expect(p.upl).toBeGreaterThanOrEqual(p.nupl);
        }
      }),
    );
  });

  it('adding a constant moves the lines and changes no point', () => {
    fc.assert(
      fc.property(series, fc.integer({ min: -1000, max: 1000 }), direction, (values, c, dir) => {
        const a = spc(values, { direction: dir });
        const b = spc(values.map((v) => v + c), { direction: dir });
        expect(b.points.map((p) => p.specialCause)).toEqual(a.points.map((p) => p.specialCause));
        expect(b.periods[0]!.mean).toBeCloseTo(a.periods[0]!.mean + c, 9);
      }),
    );
  });

  it('reversing the direction of improvement swaps improvement and concern', () => {
    const swap: Record<PointType, PointType> = { improvement: 'concern', concern: 'improvement', 'common-cause': 'common-cause', 'neutral-high': 'neutral-high', 'neutral-low': 'neutral-low' };
    fc.assert(
      fc.property(series, fc.integer({ min: 0, max: 200 }), (values, target) => {
        const up = spc(values, { direction: 'increase', target });
        const down = spc(values, { direction: 'decrease', target });
        expect(down.points.map((p) => p.type)).toEqual(up.points.map((p) => swap[p.type]));
        const flip = { 'consistent-pass': 'consistent-fail', 'consistent-fail': 'consistent-pass', inconsistent: 'inconsistent' } as const;
        expect(down.assurance).toBe(up.assurance && flip[up.assurance]);
      }),
    );
  });

  it('turning the chart upside down turns high into low', () => {
    const mirror: Partial<Record<SpecialCause, SpecialCause>> = {
      'above-upper-limit': 'below-lower-limit',
      'below-lower-limit': 'above-upper-limit',
      'increasing-trend': 'decreasing-trend',
      'decreasing-trend': 'increasing-trend',
      'two-of-three-above': 'two-of-three-below',
      'two-of-three-below': 'two-of-three-above',
      'run-above': 'run-below',
      'run-below': 'run-above',
    };
    fc.assert(
      fc.property(series, (values) => {
        const a = spc(values);
        const b = spc(values.map((v) => -v));
        // A trend point's label reads the step beside it, so compare which points are special, and the sides of the rest.
        expect(b.points.map((p) => p.specialCause)).toEqual(a.points.map((p) => mirror[p.specialCause] ?? p.specialCause));
      }),
    );
  });

  it('a point beyond a limit is always special cause, and common cause points are inside the limits', () => {
    fc.assert(
      fc.property(series, direction, (values, dir) => {
        const chart = spc(values, { direction: dir });
        for (const p of chart.points) {
          if (p.outsideLimits) expect(p.type).not.toBe('common-cause');
        }
      }),
    );
  });

  it('each period is worked out from its own points only', () => {
    fc.assert(
      fc.property(series, series, (first, second) => {
        const joined = spc([...first, ...second], { rebaseAt: [first.length] });
        const alone = spc(second);
        expect(joined.points.slice(first.length).map((p) => p.specialCause)).toEqual(alone.points.map((p) => p.specialCause));
        expect(joined.periods[1]!.mean).toBe(alone.periods[0]!.mean);
      }),
    );
  });
});
