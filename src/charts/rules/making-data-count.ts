/**
 * NHS England's Making Data Count special-cause rules, variation and
 * assurance, as the `NHSRplotthedots` R package implements them
 * (`ptd_calculate_point_type()`, `ptd_calculate_assurance_type()`).
 *
 * Within each period of an XmR chart, a point is special cause when it is
 * (first rule that applies wins):
 * 1. above the upper or below the lower process limit;
 * 2. one of 7 points in a row each higher (or each lower) than the one
 *    before; equal neighbours break a trend;
 * 3. one of 2 out of 3 points in a row that lie between a two-sigma line and
 *    the process limit on the same side of the mean (all 3 on that side), and
 *    is itself one of those 2;
 * 4. one of 7 points in a row on the same side of the mean; a point on the
 *    mean breaks the run.
 * The improvement direction turns "high" and "low" into improvement or
 * concern; with no direction (neutral) they stay high or low.
 *
 * Variation for a period is the type of its last point (the package's
 * `summary()`). Assurance compares a target with the last period's limits:
 * a target beyond a limit is always met or always missed; between the limits
 * it is met some of the time ("inconsistent").
 *
 * Deliberate differences from NHSRplotthedots: none in the rules. As in the
 * package (and unlike some Excel versions), a point beyond a limit does not
 * count towards the two-in-three rule, and the rules never look across a
 * rebase.
 */
import type { Side } from './run-chart';
import { xmr, type Xmr, type XmrOptions, type XmrPeriod, type XmrPoint } from './xmr';

export type Direction = 'increase' | 'decrease' | 'neutral';

export type SpecialCause =
  | 'above-upper-limit'
  | 'below-lower-limit'
  | 'increasing-trend'
  | 'decreasing-trend'
  | 'two-of-three-above'
  | 'two-of-three-below'
  | 'run-above'
  | 'run-below'
  | 'common-cause';

export type PointType = 'common-cause' | 'improvement' | 'concern' | 'neutral-high' | 'neutral-low';

export type Assurance = 'consistent-pass' | 'consistent-fail' | 'inconsistent';

/** Marks the 7th (and each later) point of a run of 7 on one side of the mean. */
export function sevenOnOneSide(relativeToMean: readonly Side[]): number[] {
  return relativeToMean.map((side, k) => {
    if (k < 6 || side === 0) return 0;
    for (let j = k - 6; j < k; j++) if (relativeToMean[j] !== side) return 0;
    return 1;
  });
}

/** 1 (increasing) or -1 (decreasing) at the 7th point of 7 points each higher (lower) than the last. */
export function sevenPointTrend(values: readonly number[]): number[] {
  return values.map((_, k) => {
    if (k < 6) return 0;
    const first = Math.sign(values[k - 5]! - values[k - 6]!);
    if (first === 0) return 0;
    for (let j = k - 4; j <= k; j++) if (Math.sign(values[j]! - values[j - 1]!) !== first) return 0;
    return first;
  });
}

/** Spreads marks at a 7th point back over the 7 points that earned them. */
export function partOfSeven(marks: readonly number[]): number[] {
  return marks.map((_, k) => {
    for (let j = k; j <= k + 6 && j < marks.length; j++) if (Math.abs(marks[j]!) === 1) return 1;
    return 0;
  });
}

/** 1 where a window of 3 points holding this one has 2 or more close to the limits, all 3 on one side of the mean. */
export function twoInThree(close: readonly (boolean | number)[], relativeToMean: readonly Side[]): number[] {
  const c = (j: number) => Number(close[j] ?? 0);
  const r = (j: number) => relativeToMean[j] ?? 0;
  return close.map((_, k) => {
    for (let s = k - 2; s <= k; s++) {
      if (c(s) + c(s + 1) + c(s + 2) >= 2 && Math.abs(r(s) + r(s + 1) + r(s + 2)) === 3) return 1;
    }
    return 0;
  });
}

/** Keeps only the points of a two-in-three window that are themselves close to the limits. */
export function partOfTwoInThree(marks: readonly number[], close: readonly (boolean | number)[]): number[] {
  return marks.map((m, k) => (m === 1 && Math.abs(Number(close[k])) === 1 ? 1 : 0));
}

/**
 * Names each point's special cause from the rule marks, in the package's order
 * of precedence. A trend point takes the direction of the step after it when
 * the next point is in the trend too, otherwise of the step before it.
 */
export function classify(
  values: readonly number[],
  relativeToMean: readonly Side[],
  outside: readonly (boolean | number)[],
  partTrend: readonly number[],
  partTwoInThree: readonly number[],
  partSevenSide: readonly number[],
): SpecialCause[] {
  const n = values.length;
  const step = (k: number) => Math.sign(values[k + 1]! - values[k]!);
  return values.map((_, k) => {
    const above = relativeToMean[k]! > 0;
    if (Number(outside[k]) !== 0) return relativeToMean[k] === 1 ? 'above-upper-limit' : 'below-lower-limit';
    if (partTrend[k] !== 0) {
      const direction = partTrend[k] && (partTrend[k + 1] ?? 0) ? (k < n - 1 ? step(k) : step(n - 2)) : k === 0 ? 0 : step(k - 1);
      return direction === 1 ? 'increasing-trend' : 'decreasing-trend';
    }
    if (partTwoInThree[k] !== 0) return above ? 'two-of-three-above' : 'two-of-three-below';
    if (partSevenSide[k] !== 0) return above ? 'run-above' : 'run-below';
    return 'common-cause';
  });
}

/** Special causes of the points of one period. */
export function specialCauses(values: readonly number[], relativeToMean: readonly Side[], close: readonly boolean[], outside: readonly boolean[]): SpecialCause[] {
  return classify(
    values,
    relativeToMean,
    outside,
    partOfSeven(sevenPointTrend(values)),
    partOfTwoInThree(twoInThree(close, relativeToMean), close),
    partOfSeven(sevenOnOneSide(relativeToMean)),
  );
}

const HIGH: ReadonlySet<SpecialCause> = new Set(['above-upper-limit', 'increasing-trend', 'two-of-three-above', 'run-above']);
const LOW: ReadonlySet<SpecialCause> = new Set(['below-lower-limit', 'decreasing-trend', 'two-of-three-below', 'run-below']);

export function pointType(cause: SpecialCause, direction: Direction): PointType {
  const v = HIGH.has(cause) ? 1 : LOW.has(cause) ? -1 : 0;
  if (v === 0) return 'common-cause';
  if (direction === 'neutral') return v > 0 ? 'neutral-high' : 'neutral-low';
  return v * (direction === 'increase' ? 1 : -1) > 0 ? 'improvement' : 'concern';
}

/** Whether the process will meet a target, from the last period's limits. */
export function assurance(period: Pick<XmrPeriod, 'lpl' | 'upl'>, target: number | undefined, direction: Direction): Assurance | null {
  if (target === undefined || direction === 'neutral') return null;
  const increasing = direction === 'increase';
  if (target > period.upl) return increasing ? 'consistent-fail' : 'consistent-pass';
  if (target < period.lpl) return increasing ? 'consistent-pass' : 'consistent-fail';
  return 'inconsistent';
}

export interface SpcOptions extends XmrOptions {
  direction?: Direction;
  target?: number;
}

export interface SpcPoint extends XmrPoint {
  specialCause: SpecialCause;
  type: PointType;
}

export interface SpcPeriod extends XmrPeriod {
  n: number;
  /** Fewer than 13 points: the package warns that such limits are trial limits. */
  trialLimits: boolean;
  /** The type of the period's last point. */
  variation: PointType;
  counts: { commonCause: number; improvement: number; concern: number; neutral: number };
}

export interface Spc extends Omit<Xmr, 'points' | 'periods'> {
  points: SpcPoint[];
  periods: SpcPeriod[];
  direction: Direction;
  target: number | undefined;
  /** From the last period; null without a target, with a neutral direction, or when the last period has no process limits. */
  assurance: Assurance | null;
}

/** The package warns about periods with fewer points than this. */
export const TRIAL_LIMITS_BELOW = 13;

/** An XmR chart with the Making Data Count rules applied. */
export function spc(values: readonly number[], options: SpcOptions = {}): Spc {
  const direction = options.direction ?? 'increase';
  const chart = xmr(values, options);
  const points: SpcPoint[] = [];
  const periods: SpcPeriod[] = chart.periods.map((period) => {
    const own = chart.points.slice(period.start, period.end + 1);
    const causes = specialCauses(
      own.map((p) => p.value),
      own.map((p) => p.relativeToMean),
      own.map((p) => p.closeToLimits),
      own.map((p) => p.outsideLimits),
    );
    const typed = own.map((p, i) => ({ ...p, specialCause: causes[i]!, type: pointType(causes[i]!, direction) }));
    points.push(...typed);
    const count = (t: PointType) => typed.filter((p) => p.type === t).length;
    return {
      ...period,
      n: own.length,
      trialLimits: own.length < TRIAL_LIMITS_BELOW,
      variation: typed[typed.length - 1]!.type,
      counts: { commonCause: count('common-cause'), improvement: count('improvement'), concern: count('concern'), neutral: count('neutral-high') + count('neutral-low') },
    };
  });
  const last = periods[periods.length - 1];
  // Without process limits (every value the same, or one point) there is nothing to judge a target against;
  // NHSRplotthedots would call that "inconsistent", which the page would show as a verdict.
  const judged = last && Number.isFinite(last.lpl) && Number.isFinite(last.upl);
  return { points, periods, direction, target: options.target, assurance: judged ? assurance(last, options.target, direction) : null };
}
