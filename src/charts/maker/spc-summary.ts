/**
 * The SPC chart in words: the variation and assurance icons' meaning, each
 * period's mean and limits, and each stretch of special cause points, e.g.
 * "Special cause improvement: 8 points above the mean from 12 March 2025 to
 * 30 April 2025".
 */
import { count, plural } from '../../site/lib/format';
import type { ParsedPoint } from '../data/parse';
import type { PointType, Spc, SpcPeriod, SpecialCause } from '../rules/making-data-count';
import { ASSURANCE_NAMES, CAUSE_NAMES, POINT_TYPE_NAMES, andList, num, pointName } from './words';

export interface Episode {
  start: number;
  end: number;
  /** The rules that made these points special, in the order they first apply. */
  causes: SpecialCause[];
  type: PointType;
  text: string;
}

export interface SpcSummary {
  variation: string;
  assurance: string | null;
  periods: string[];
  episodes: Episode[];
}

/** Consecutive special cause points of one period and one type (improvement, concern, higher or lower), whichever rules marked them. */
export function episodes(chart: Spc, points: readonly ParsedPoint[]): Episode[] {
  const found: Episode[] = [];
  chart.points.forEach((p, i) => {
    if (p.specialCause === 'common-cause') return;
    const last = found[found.length - 1];
    if (last && last.end === i - 1 && last.type === p.type && chart.points[last.start]!.period === p.period) {
      last.end = i;
      if (!last.causes.includes(p.specialCause)) last.causes.push(p.specialCause);
    } else found.push({ start: i, end: i, causes: [p.specialCause], type: p.type, text: '' });
  });
  for (const e of found) {
    const n = e.end - e.start + 1;
    const when = n === 1 ? `on ${pointName(points[e.start]!)}` : `from ${pointName(points[e.start]!)} to ${pointName(points[e.end]!)}`;
    e.text = `${POINT_TYPE_NAMES[e.type]}: ${plural(n, 'point')} ${andList(e.causes.map((c) => CAUSE_NAMES[c]))} ${when}`;
  }
  return found;
}

/** Up to this many stretches of special cause points are listed at once; a longer list is behind "Show all", drawn only when opened. */
export const EPISODES_LISTED_UP_TO = 12;

/**
 * How many stretches of each type there are, most common first, e.g. "40 stretches of special cause
 * points: 25 special cause improvement and 15 special cause concern". Said above a long list
 * kept closed, so the count and its make-up can be read without opening it.
 */
export function episodeCounts(found: readonly Pick<Episode, 'type'>[]): string {
  const counts = new Map<PointType, number>();
  for (const e of found) counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
  const parts = [...counts].sort((a, b) => b[1] - a[1]).map(([type, n]) => `${count(n)} ${POINT_TYPE_NAMES[type].toLowerCase()}`);
  return `${plural(found.length, 'stretch', 'stretches')} of special cause points: ${andList(parts)}.`;
}

/** Why limits checked by hand from every moving range come out differently: some were left out. */
export function screenedWords(p: Pick<SpcPeriod, 'screenedOut' | 'screeningLimit'>): string {
  const n = p.screenedOut.length;
  if (!n || !(p.screeningLimit > 0)) return '';
  return ` ${plural(n, 'moving range')} at or above the screening limit of ${num(p.screeningLimit)} (3.267 times the average moving range) ${n === 1 ? 'was' : 'were'} left out when working out the limits, as the NHS-R Community's NHSRplotthedots package does.`;
}

/** Why a period has no process limits: its values are all the same (no variation to work them out from), or it has one point. */
export function noLimitsWords(p: Pick<SpcPeriod, 'start' | 'end' | 'screeningLimit'>): string {
  if (p.end === p.start) return 'no process limits (one point: limits need at least 2)';
  if (p.screeningLimit === 0) return 'no process limits: every value is the same, so there is no variation to work them out from';
  return 'no process limits (too few different values)';
}

export function spcSummary(chart: Spc, points: readonly ParsedPoint[]): SpcSummary {
  const last = chart.periods[chart.periods.length - 1]!;
  const periods = chart.periods.map((p) => {
    const range = `${pointName(points[p.start]!)} to ${pointName(points[p.end]!)}`;
    const limits = Number.isFinite(p.lpl) ? `process limits ${num(p.lpl)} to ${num(p.upl)}` : noLimitsWords(p);
    // Trial limits are only worth a word when there are limits.
    const trial = p.trialLimits && Number.isFinite(p.lpl) ? ` These limits come from fewer than 13 points, so treat them as trial limits.` : '';
    return `${chart.periods.length > 1 ? `From ${range}: mean` : `Mean`} ${num(p.mean)}, ${limits}.${trial}${screenedWords(p)}`;
  });
  return {
    variation: `Latest point: ${POINT_TYPE_NAMES[last.variation].toLowerCase()}.`,
    assurance:
      chart.assurance && chart.target !== undefined
        ? `${ASSURANCE_NAMES[chart.assurance]} of ${num(chart.target)}, judged from the ${chart.periods.length > 1 ? 'latest ' : ''}process limits.`
        : chart.target !== undefined && chart.direction !== 'neutral' && !Number.isFinite(last.lpl)
          ? `No assurance against the target of ${num(chart.target)}: it is judged from the process limits, and the ${chart.periods.length > 1 ? 'latest period has' : 'chart has'} none.`
          : null,
    periods,
    episodes: episodes(chart, points),
  };
}
