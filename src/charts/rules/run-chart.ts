/**
 * Run chart rules: the median line, the Anhøj rules as the `qicharts2` R
 * package applies them, and the IHI shift and trend rules.
 *
 * Points on the centre line carry no information about which side the
 * process is on, so both sets of rules set them aside: they neither break a
 * run nor add to it, and only the remaining "useful" points are counted.
 *
 * Anhøj rules (qicharts2, `runs.analysis()` and `crsignal()`), with n the
 * number of useful points:
 * - shift: the longest run is longer than round(log2(n)) + 3;
 * - too few crossings: the number of crossings is less than
 *   qbinom(0.05, n - 1, 0.5).
 * Either one is a signal of non-random variation.
 *
 * IHI rules (Institute for Healthcare Improvement run chart rules):
 * - shift: 6 or more consecutive useful points on the same side of the median;
 * - trend: 5 or more points each higher (or each lower) than the one before;
 *   a point equal to the one before neither makes nor breaks a trend (it is
 *   kept inside the trend's span and not counted);
 * - too few or too many runs: the number of runs against the limits of the
 *   published table (see ihi-runs.ts), for 10 to 60 useful points.
 *
 * Not implemented, on purpose: the astronomical point. The IHI defines it by
 * judgement ("a point that is obviously different"), not by a rule a program
 * can apply.
 *
 * Deliberate differences from qicharts2: none in the arithmetic. Its median
 * is R's `median()` of the baseline points (`freeze`), which ours matches; its
 * chart `part`s are separate charts here (call runChart once per part).
 */
import { qbinom } from './binomial';
import { ihiRuns, type IhiRuns } from './ihi-runs';

/** Which side of the centre line a point lies: above (1), below (-1) or on it (0). */
export type Side = 1 | -1 | 0;

/** A run: consecutive useful points on one side, as indices into the values. */
export interface Run {
  /** Index of the run's first point. */
  start: number;
  /** Index of the run's last point (points on the centre line between are inside the span). */
  end: number;
  side: 1 | -1;
  /** Useful points in the run (points on the centre line are not counted). */
  length: number;
}

/** A trend: points each higher (or each lower) than the one before. */
export interface Trend {
  start: number;
  end: number;
  direction: 'increasing' | 'decreasing';
  /** Points that count towards the trend (repeated equal values count once). */
  length: number;
}

/** The Anhøj runs analysis, field for field as qicharts2 reports it. */
export interface RunsAnalysis {
  /** Points analysed (included ones, missing values too). */
  nObs: number;
  /** Points with a value that is not on the centre line. */
  nUseful: number;
  /** Null when there are no useful points (as R's NA). */
  longestRun: number | null;
  longestRunMax: number | null;
  nCrossings: number | null;
  nCrossingsMin: number | null;
  /** The longest run is longer than expected. */
  shift: boolean;
  /** The line is crossed fewer times than expected. */
  fewCrossings: boolean;
  /** Either rule fired: qicharts2's `runs.signal`. */
  signal: boolean;
}

/** The median, as R's `median()`: the middle value, or the mean of the middle two. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function sideOf(value: number | null, centre: number): Side {
  if (value === null || Number.isNaN(value) || Number.isNaN(centre)) return 0;
  return value > centre ? 1 : value < centre ? -1 : 0;
}

/** Runs of useful points; points on the centre line and missing values are skipped, not breaks. */
export function findRuns(values: readonly (number | null)[], centre: number | readonly number[], include?: readonly boolean[]): Run[] {
  const runs: Run[] = [];
  let current: Run | undefined;
  values.forEach((value, i) => {
    if (include && !include[i]) return;
    const side = sideOf(value, typeof centre === 'number' ? centre : centre[i]!);
    if (side === 0) return;
    if (current && current.side === side) {
      current.end = i;
      current.length += 1;
    } else {
      current = { start: i, end: i, side, length: 1 };
      runs.push(current);
    }
  });
  return runs;
}

/** The limit on the longest run for n useful points: round(log2(n)) + 3. */
export function longestRunLimit(nUseful: number): number {
  return Math.round(Math.log2(nUseful)) + 3;
}

/** The fewest crossings expected of n useful points: qbinom(0.05, n - 1, 0.5). */
export function crossingsLimit(nUseful: number): number {
  return qbinom(0.05, Math.max(nUseful - 1, 0), 0.5);
}

/**
 * The Anhøj rules over `values` against a centre line (one number, or one per
 * point). `include` leaves points out of the analysis, as qicharts2's `exclude`.
 */
export function anhoejRules(values: readonly (number | null)[], centre: number | readonly number[], include?: readonly boolean[]): RunsAnalysis {
  const nObs = include ? include.filter(Boolean).length : values.length;
  const runs = findRuns(values, centre, include);
  const nUseful = runs.reduce((sum, r) => sum + r.length, 0);
  if (nUseful === 0) {
    return { nObs, nUseful, longestRun: null, longestRunMax: null, nCrossings: null, nCrossingsMin: null, shift: false, fewCrossings: false, signal: false };
  }
  const longestRun = Math.max(...runs.map((r) => r.length));
  const longestRunMax = longestRunLimit(nUseful);
  const nCrossings = runs.length - 1;
  const nCrossingsMin = crossingsLimit(nUseful);
  const shift = longestRun > longestRunMax;
  const fewCrossings = nCrossings < nCrossingsMin;
  return { nObs, nUseful, longestRun, longestRunMax, nCrossings, nCrossingsMin, shift, fewCrossings, signal: shift || fewCrossings };
}

/** IHI shifts: runs of 6 or more useful points on one side of the median. */
export const IHI_SHIFT_LENGTH = 6;
/** IHI trends: 5 or more points going one way. */
export const IHI_TREND_LENGTH = 5;

export function ihiShifts(values: readonly number[], centre: number): Run[] {
  return findRuns(values, centre).filter((r) => r.length >= IHI_SHIFT_LENGTH);
}

/** IHI trends. Equal neighbours count once and do not break a trend. */
export function ihiTrends(values: readonly number[]): Trend[] {
  const trends: Trend[] = [];
  let direction: 0 | 1 | -1 = 0;
  let start = 0;
  let length = 1;
  let previous = 0; // index of the last point whose value differs from the one before
  const close = (end: number) => {
    if (direction !== 0 && length >= IHI_TREND_LENGTH) {
      trends.push({ start, end, direction: direction === 1 ? 'increasing' : 'decreasing', length });
    }
  };
  for (let i = 1; i < values.length; i++) {
    const step = Math.sign(values[i]! - values[previous]!) as 0 | 1 | -1;
    if (step === 0) continue;
    if (step === direction) {
      length += 1;
    } else {
      close(previous);
      // The turning point belongs to both trends; a block of equal values there starts at its first.
      start = previous;
      direction = step;
      length = 2;
    }
    previous = i;
  }
  close(previous);
  return trends;
}

export interface RunChartOptions {
  /** Work out the median from the first `baseline` points only (qicharts2's `freeze`). */
  baseline?: number;
}

export interface RunChart {
  median: number;
  /** How many points the median came from. */
  baseline: number;
  sides: Side[];
  runs: Run[];
  anhoej: RunsAnalysis;
  ihi: { shifts: Run[]; trends: Trend[]; runs: IhiRuns };
}

/** A run chart of the values, in time order. */
export function runChart(values: readonly number[], options: RunChartOptions = {}): RunChart {
  const baseline = Math.min(Math.max(Math.floor(options.baseline ?? values.length), 1), values.length);
  const centre = median(values.slice(0, baseline));
  const runs = findRuns(values, centre);
  return {
    median: centre,
    baseline,
    sides: values.map((v) => sideOf(v, centre)),
    runs,
    anhoej: anhoejRules(values, centre),
    ihi: { shifts: runs.filter((r) => r.length >= IHI_SHIFT_LENGTH), trends: ihiTrends(values), runs: ihiRuns(runs) },
  };
}
