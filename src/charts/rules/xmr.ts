/**
 * The XmR (individuals) chart as the NHS-R Community's `NHSRplotthedots` R
 * package computes it (`ptd_spc_standard()`): for each period of the chart,
 * - the mean of the values;
 * - the moving ranges, |value - previous value|, and their mean;
 * - optionally ("screen outliers", on by default as in the package), the mean
 *   moving range again without the moving ranges of 3.267 times the first mean
 *   or more (Nelson 1982; the Making Data Count Excel tools do not do this);
 * - process limits at mean ± 2.66 × mean moving range, and the "two sigma"
 *   lines at mean ± (2 × 2.66 / 3) × mean moving range that the two-in-three
 *   rule uses.
 *
 * A period starts at the first point, and again at every point the person
 * marks as a change ("rebase"); each period has its own mean and limits. With
 * `fixAfterNPoints`, a period's mean and limits come from its first n points
 * only, and later points are judged against them (the package asks for 12 or
 * more; we accept any whole number from 2, and the page can advise).
 *
 * Deliberate differences from NHSRplotthedots:
 * - points are given in time order; the package sorts by date first, which
 *   the data parser's caller does;
 * - one chart at a time: the package's facets are separate charts here;
 * - R's `mean()` adds its correction pass in 80-bit arithmetic; ours does the
 *   same two passes in 64-bit, so the last binary digit can differ (tests
 *   compare to 12 significant figures).
 */
import type { Side } from './run-chart';

/** Constants from the package: 2.66 = 3 / d2 (d2 = 1.128); 3.267 = D4 for n = 2. */
export const LIMIT = 2.66;
export const CLOSE_LIMIT = 2 * (LIMIT / 3);
export const SCREEN_LIMIT = 3.267;

export interface XmrOptions {
  /** Indices of the points that start a new period (limits recalculated from there). */
  rebaseAt?: readonly number[];
  /** Each period's mean and limits from its first n points only. */
  fixAfterNPoints?: number;
  /** Leave out moving ranges of 3.267 × the mean moving range or more (default true). */
  screenOutliers?: boolean;
}

export interface XmrPeriod {
  /** Index of the period's first and last points. */
  start: number;
  end: number;
  mean: number;
  /** Mean moving range the limits use (after screening). NaN with fewer than 2 points. */
  averageMovingRange: number;
  lpl: number;
  upl: number;
  /** The two-sigma lines. */
  nlpl: number;
  nupl: number;
  /** Indices of points whose moving range was screened out of the limits. */
  screenedOut: number[];
  /** Moving ranges at or above this were screened out (3.267 × the first mean moving range); NaN when not screening. */
  screeningLimit: number;
}

export interface XmrPoint {
  value: number;
  /** Index into `periods`. */
  period: number;
  /** |value - previous value| within the period, as used for the limits; null for the first point or after the fixed points. */
  movingRange: number | null;
  outsideLimits: boolean;
  relativeToMean: Side;
  /** Between a two-sigma line and its process limit (not beyond the limit). */
  closeToLimits: boolean;
}

export interface Xmr {
  points: XmrPoint[];
  periods: XmrPeriod[];
}

/** R's `mean()`: the sum over n, corrected by the mean of the residuals. */
export function mean(values: readonly number[]): number {
  const n = values.length;
  if (n === 0) return Number.NaN;
  let s = 0;
  for (const v of values) s += v;
  s /= n;
  if (!Number.isFinite(s)) return s;
  let t = 0;
  for (const v of values) t += v - s;
  return s + t / n;
}

/** The periods' [start, end] index pairs: the chart split at each rebase point. */
export function periodsOf(length: number, rebaseAt: readonly number[] = []): Array<[number, number]> {
  const starts = [...new Set([0, ...rebaseAt.filter((i) => Number.isInteger(i) && i > 0 && i < length)])].sort((a, b) => a - b);
  return starts.map((start, k) => [start, (starts[k + 1] ?? length) - 1]);
}

export function xmr(values: readonly number[], options: XmrOptions = {}): Xmr {
  const screen = options.screenOutliers ?? true;
  const fix = options.fixAfterNPoints;
  if (fix !== undefined && !(Number.isInteger(fix) && fix >= 2)) throw new RangeError(`fixAfterNPoints must be a whole number of 2 or more, not ${fix}`);
  if (values.some((v) => !Number.isFinite(v))) throw new RangeError('Every value must be a finite number.');

  const points: XmrPoint[] = [];
  const periods: XmrPeriod[] = [];
  for (const [start, end] of periodsOf(values.length, options.rebaseAt)) {
    const period = periods.length;
    const all = values.slice(start, end + 1);
    const fixed = fix === undefined ? all : all.slice(0, fix);
    const centre = mean(fixed);
    const ranges: Array<number | null> = all.map((v, i) => (i === 0 || i >= fixed.length ? null : Math.abs(v - all[i - 1]!)));
    const present = ranges.filter((r): r is number => r !== null);
    let amr = mean(present);
    const screenedOut: number[] = [];
    const cut = screen ? SCREEN_LIMIT * amr : Number.NaN;
    if (screen) {
      ranges.forEach((r, i) => {
        // As the package: a range is kept only when below the cut, so with no cut (NaN) none is kept.
        if (r !== null && !(r < cut)) {
          ranges[i] = null;
          screenedOut.push(start + i);
        }
      });
      amr = mean(ranges.filter((r): r is number => r !== null));
    }
    const lpl = centre - LIMIT * amr;
    const upl = centre + LIMIT * amr;
    const nlpl = centre - CLOSE_LIMIT * amr;
    const nupl = centre + CLOSE_LIMIT * amr;
    periods.push({ start, end, mean: centre, averageMovingRange: amr, lpl, upl, nlpl, nupl, screenedOut, screeningLimit: cut });
    all.forEach((value, i) => {
      const outsideLimits = value > upl || value < lpl;
      points.push({
        value,
        period,
        movingRange: ranges[i] ?? null,
        outsideLimits,
        relativeToMean: (Math.sign(value - centre) + 0) as Side,
        closeToLimits: !outsideLimits && (value < nlpl || value > nupl),
      });
    });
  }
  return { points, periods };
}
