/**
 * The run chart's rules in words: each rule's name, what it means in plain
 * English, and whether this chart shows it, with the points involved.
 */
import { plural } from '../../site/lib/format';
import type { ParsedPoint } from '../data/parse';
import type { Run, RunChart, Trend } from '../rules/run-chart';
import { num, pointName } from './words';

export interface RuleFinding {
  id: string;
  name: string;
  meaning: string;
  /** true: a signal; false: no signal; null: this tool does not test it (a judgement). */
  found: boolean | null;
  detail: string;
}

export interface RunSummary {
  headline: string;
  centre: string;
  rules: RuleFinding[];
  onMedian: number;
  /** What the summary says about points on the median ('' when there are none). */
  onMedianText: string;
}

const span = (points: readonly ParsedPoint[], start: number, end: number) =>
  start === end ? `on ${pointName(points[start]!)}` : `from ${pointName(points[start]!)} to ${pointName(points[end]!)}`;

const runWords = (points: readonly ParsedPoint[], r: Run) =>
  `${plural(r.length, 'point')} ${r.side === 1 ? 'above' : 'below'} the median ${span(points, r.start, r.end)}`;
const trendWords = (points: readonly ParsedPoint[], t: Trend) =>
  `${plural(t.length, 'point')} ${t.direction === 'increasing' ? 'going up' : 'going down'} ${span(points, t.start, t.end)}`;

export function runSummary(chart: RunChart, points: readonly ParsedPoint[]): RunSummary {
  const a = chart.anhoej;
  const longest = chart.runs.reduce<Run | undefined>((best, r) => (!best || r.length > best.length ? r : best), undefined);
  const rules: RuleFinding[] = [
    {
      id: 'shift',
      name: 'Shift: an unusually long run',
      meaning: 'More points in a row on one side of the median than chance would give. Something has probably changed the process.',
      found: a.shift,
      detail:
        longest && a.longestRunMax !== null
          ? `The longest run is ${runWords(points, longest)}. With ${plural(a.nUseful, 'point')} not on the median, a run of more than ${a.longestRunMax} is a signal (Anhøj's rule).`
          : 'Every point is on the median, so there are no runs.',
    },
    {
      id: 'crossings',
      name: 'Too few runs: the line crosses the median too seldom',
      meaning: 'The line joining the points crosses the median less often than chance would give, so points stay on one side for long stretches.',
      found: a.fewCrossings,
      detail:
        a.nCrossings !== null && a.nCrossingsMin !== null
          ? `The line crosses the median ${plural(a.nCrossings, 'time')}. Fewer than ${a.nCrossingsMin} would be a signal (Anhøj's rule).`
          : 'Every point is on the median, so the line never crosses it.',
    },
    {
      id: 'ihi-shift',
      name: 'Shift (IHI): 6 or more points in a row on one side of the median',
      meaning: 'The IHI run chart rule for a shift. Points on the median neither count nor break the run.',
      found: chart.ihi.shifts.length > 0,
      detail: chart.ihi.shifts.length
        ? `${chart.ihi.shifts.map((r) => runWords(points, r)).join('; ')}.`
        : 'No run of 6 or more points on one side of the median.',
    },
    {
      id: 'ihi-trend',
      name: 'Trend (IHI): 5 or more points going up, or going down',
      meaning: 'Each point higher (or each lower) than the one before, 5 or more times in a row. A repeated value neither counts nor breaks the trend.',
      found: chart.ihi.trends.length > 0,
      detail: chart.ihi.trends.length ? `${chart.ihi.trends.map((t) => trendWords(points, t)).join('; ')}.` : 'No trend of 5 or more points.',
    },
    {
      id: 'too-many-runs',
      name: 'Too many runs',
      meaning: 'The line crosses the median far more often than chance would give. This can mean data from different groups or sources are mixed together.',
      found: null,
      detail:
        'Not tested here: the published limits come from a table we have not been able to check against its source. If the line zigzags across the median at almost every point, look at how the data were collected.',
    },
    {
      id: 'astronomical',
      name: 'Astronomical point',
      meaning: 'A point that is obviously, very different from all the others. It is a judgement, not a calculation.',
      found: null,
      detail: 'Not tested here: look at the chart with people who know the process and decide together.',
    },
  ];
  const shiftRun = a.shift ? longest : chart.ihi.shifts[0];
  const signals = [
    shiftRun && `a shift (${runWords(points, shiftRun)})`,
    a.fewCrossings && 'too few runs',
    chart.ihi.trends[0] && `a trend (${trendWords(points, chart.ihi.trends[0])})`,
  ].filter(Boolean);
  const centre = `Median ${num(chart.median)}, from ${chart.baseline === points.length ? `all ${plural(points.length, 'point')}` : `the first ${plural(chart.baseline, 'point')} (the baseline)`}.`;
  const headline = signals.length
    ? `Signals of non-random variation: ${signals.join('; ')}.`
    : 'No signal of non-random variation: the points vary around the median as chance would.';
  const onMedian = chart.sides.filter((s) => s === 0).length;
  return { headline, centre, rules, onMedian, onMedianText: onMedianWords(onMedian) };
}

/** "1 point is on the median: it is not counted in runs." or the plural; '' for none. */
export function onMedianWords(n: number): string {
  if (n === 0) return '';
  return n === 1 ? '1 point is on the median: it is not counted in runs.' : `${plural(n, 'point')} are on the median: they are not counted in runs.`;
}
