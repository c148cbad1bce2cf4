/**
 * The IHI run chart rule "too few or too many runs", with the limits of
 * Table 1 of Perla RJ, Provost LP, Murray SK. The run chart: a simple
 * analytical tool for learning from variation in healthcare processes.
 * BMJ Qual Saf 2011;20:46–51 ("Checking for too many or too few runs on a run
 * chart. Table is based on about a 5% risk of failing the run test for random
 * patterns of data. Source: adapted from Swed and Eisenhart").
 *
 * The table gives, for 10 to 60 points not on the median, a lower and an
 * upper limit: fewer runs than the lower limit is "too few", more than the
 * upper limit is "too many". We read the limits from the table rather than
 * work them out, because the published values are "adapted": they are not
 * the plain Swed and Eisenhart critical values for two equal halves (for 12
 * points those give 4 to 10; the table gives 3 to 11). Copies that disagree
 * with the numbers below are usually those plain values. Outside 10 to 60
 * points the table says nothing, so neither do we.
 *
 * A run is one or more points in a row on the same side of the median;
 * points on the median are set aside (they neither break a run nor count),
 * as the table's first column ("data points that do not fall on the median")
 * requires.
 */
import type { Run } from './run-chart';

/** The first number of points the table covers. */
export const IHI_RUNS_FIRST = 10;

/** [lower, upper] for IHI_RUNS_FIRST, IHI_RUNS_FIRST + 1, … 60 points not on the median. */
const LIMITS: readonly (readonly [number, number])[] = [
  [3, 9], [3, 10], [3, 11], [4, 11], [4, 12], [5, 12], [5, 13], [5, 13], [6, 14], [6, 15], // 10–19
  [6, 16], [7, 16], [7, 17], [7, 17], [8, 18], [8, 18], [9, 19], [10, 19], [10, 20], [10, 20], // 20–29
  [11, 21], [11, 22], [11, 23], [12, 23], [12, 24], [12, 24], [13, 25], [13, 25], [14, 26], [14, 26], // 30–39
  [15, 27], [15, 27], [16, 28], [16, 28], [17, 29], [17, 30], [17, 31], [18, 31], [18, 32], [19, 32], // 40–49
  [19, 33], [20, 33], [20, 34], [21, 34], [21, 35], [22, 35], [22, 35], [23, 36], [23, 37], [24, 38], // 50–59
  [24, 38], // 60
];

/** The last number of points the table covers. */
export const IHI_RUNS_LAST = IHI_RUNS_FIRST + LIMITS.length - 1;

export interface IhiRunsLimits {
  /** Fewer runs than this is too few. */
  lower: number;
  /** More runs than this is too many. */
  upper: number;
}

/** The table's limits for n points not on the median, or null when the table does not cover n. */
export function ihiRunsLimits(nUseful: number): IhiRunsLimits | null {
  const row = Number.isInteger(nUseful) ? LIMITS[nUseful - IHI_RUNS_FIRST] : undefined;
  return row ? { lower: row[0], upper: row[1] } : null;
}

export interface IhiRuns {
  /** Runs on either side of the median. */
  nRuns: number;
  /** Points not on the median. */
  nUseful: number;
  /** null: the table does not cover this many points, so the rule is not applied. */
  limits: IhiRunsLimits | null;
  tooFew: boolean;
  tooMany: boolean;
}

/** The rule over the runs of a chart (as findRuns gives them). */
export function ihiRuns(runs: readonly Run[]): IhiRuns {
  const nUseful = runs.reduce((sum, r) => sum + r.length, 0);
  const limits = ihiRunsLimits(nUseful);
  const nRuns = runs.length;
  return { nRuns, nUseful, limits, tooFew: limits !== null && nRuns < limits.lower, tooMany: limits !== null && nRuns > limits.upper };
}
