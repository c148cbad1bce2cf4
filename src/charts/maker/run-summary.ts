/**
 * The run chart's rules in words: each rule's name, what it means in plain
 * English, and whether this chart shows it, with the points involved.
 */
import { plural } from '../../site/lib/format';
import type { ParsedPoint } from '../data/parse';
import { IHI_RUNS_FIRST, IHI_RUNS_LAST, type IhiRuns } from '../rules/ihi-runs';
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

/** Who published the table of runs, as the summary credits it. */
const RUNS_TABLE = 'Perla, Provost and Murray, 2011';

/** The IHI runs rule's row: the count, and the table's range or why the table cannot be used. */
function ihiRunsWords(r: IhiRuns): string {
  if (r.nUseful === 0) return 'Every point is on the median, so there are no runs.';
  const count = `${plural(r.nRuns, 'run')}, from ${plural(r.nUseful, 'point')} not on the median.`;
  if (!r.limits) {
    return r.nUseful < IHI_RUNS_FIRST
      ? `${count} The table of runs (${RUNS_TABLE}) starts at ${IHI_RUNS_FIRST} points not on the median, so this rule cannot be applied yet.`
      : `${count} The table of runs (${RUNS_TABLE}) stops at ${IHI_RUNS_LAST} points not on the median, so this rule is not applied. Anhøj's crossings rule above still tests for too few runs; nothing here tests for too many.`;
  }
  // The table's limits leave about a 5% risk that random data falls outside them.
  return `${count} For ${r.nUseful} points, expect ${r.limits.lower} to ${r.limits.upper} runs by chance (random data falls outside this range only about 1 time in 20): fewer is too few, more is too many (${RUNS_TABLE}).`;
}

/** Said when a rule's limit cannot be passed with so few points, rather than "fewer than 0 would be a signal". */
const tooFew = "this rule cannot give a signal yet (Anhøj's rule needs more points).";

/** Anhøj's shift rule cannot fire: its longest run allowed is as long as the points. */
const shiftNeedsMore = (a: RunChart['anhoej']) => a.longestRunMax !== null && a.longestRunMax >= a.nUseful;
/** Anhøj's crossings rule cannot fire: fewer than 0 crossings is never seen. */
const crossingsNeedMore = (a: RunChart['anhoej']) => a.nCrossingsMin === 0;

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
          ? `The longest run is ${runWords(points, longest)}. With ${plural(a.nUseful, 'point')} not on the median, ${
              shiftNeedsMore(a) ? tooFew : `a run of more than ${a.longestRunMax} is a signal (Anhøj's rule).`
            }`
          : 'Every point is on the median, so there are no runs.',
    },
    {
      id: 'crossings',
      name: 'Too few runs: the line crosses the median too seldom',
      meaning: 'The line joining the points crosses the median less often than chance would give, so points stay on one side for long stretches.',
      found: a.fewCrossings,
      detail:
        a.nCrossings !== null && a.nCrossingsMin !== null
          ? `The line crosses the median ${plural(a.nCrossings, 'time')}. ${
              crossingsNeedMore(a) ? `With ${plural(a.nUseful, 'point')} not on the median, ${tooFew}` : `Fewer than ${a.nCrossingsMin} would be a signal (Anhøj's rule).`
            }`
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
      id: 'ihi-runs',
      name: 'Too few or too many runs (IHI)',
      meaning: 'A run is a stretch of points on one side of the median. Too few runs, or too many (a zigzag, which can mean mixed data), is unlikely by chance.',
      found: chart.ihi.runs.limits ? chart.ihi.runs.tooFew || chart.ihi.runs.tooMany : null,
      detail: ihiRunsWords(chart.ihi.runs),
    },
    {
      id: 'astronomical',
      name: 'Astronomical point',
      meaning: 'A point that is very different from all the others. It is a judgement, not a calculation.',
      found: null,
      detail:
        'Not tested here. The IHI leaves this to the eye: it sets no number a point must pass, so a program cannot decide it. Look at the chart with people who know the process and decide together.',
    },
  ];
  const centre = `Median ${num(chart.median)}, from ${chart.baseline === points.length ? `all ${plural(points.length, 'point')}` : `the first ${plural(chart.baseline, 'point')} (the baseline)`}.`;
  const onMedian = chart.sides.filter((s) => s === 0).length;
  return { headline: headline(chart, points, longest), centre, rules, onMedian, onMedianText: onMedianWords(onMedian) };
}

/**
 * Every signal found, under the name of the rule set that found it, so that
 * an IHI shift is not read as a shift by Anhøj's rules (which can say "no
 * signal" for the same points: their longest run allowed depends on the
 * number of points).
 */
function headline(chart: RunChart, points: readonly ParsedPoint[], longest: Run | undefined): string {
  const a = chart.anhoej;
  const anhoej = [a.shift && longest && `an unusually long run (${runWords(points, longest)})`, a.fewCrossings && 'too few runs'].filter(Boolean);
  const ihi = [
    ...chart.ihi.shifts.map((r) => `a shift (${runWords(points, r)})`),
    ...chart.ihi.trends.map((t) => `a trend (${trendWords(points, t)})`),
    ...ihiRunsSignal(chart.ihi.runs),
  ];
  if (!anhoej.length && !ihi.length) {
    if (a.nUseful === 0) return 'Every point is on the median, so there is no variation for the rules to test.';
    const tooFewPoints = a.nUseful < IHI_RUNS_FIRST || shiftNeedsMore(a) || crossingsNeedMore(a);
    if (tooFewPoints) {
      return `No signal from the rules that could be applied. With only ${plural(a.nUseful, 'point')} not on the median, some rules need more points: see each rule below.`;
    }
    if (!chart.ihi.runs.limits) {
      return `No signal from the rules that could be applied. The table of runs stops at ${IHI_RUNS_LAST} points not on the median, so nothing here tests for too many runs: see each rule below.`;
    }
    return 'No signal of non-random variation: the points vary around the median as chance would.';
  }
  const set = (name: string, found: readonly unknown[]) => `${name}: ${found.length ? found.join('; ') : 'no signal'}.`;
  const differ = !anhoej.length || !ihi.length ? ' The two sets of rules use different limits, so one can find a signal the other does not.' : '';
  return `Signals of non-random variation. ${set("Anhøj's rules", anhoej)} ${set('IHI rules', ihi)}${differ}`;
}

/** The IHI runs rule in the headline, when it found something. */
function ihiRunsSignal(r: IhiRuns): string[] {
  if (r.limits && r.tooFew) return [`too few runs (${plural(r.nRuns, 'run')}, fewer than ${r.limits.lower})`];
  if (r.limits && r.tooMany) return [`too many runs (${plural(r.nRuns, 'run')}, more than ${r.limits.upper})`];
  return [];
}

/** "1 point is on the median: it is not counted in runs." or the plural; '' for none. */
export function onMedianWords(n: number): string {
  if (n === 0) return '';
  return n === 1 ? '1 point is on the median: it is not counted in runs.' : `${plural(n, 'point')} are on the median: they are not counted in runs.`;
}

/**
 * What the baseline box says beside its value: when the text is not usable,
 * which baseline the chart still uses; when the number is more than the
 * points, that all of them are used. null when there is nothing to say.
 */
export function baselineMessage(valid: boolean, inUse: number | null, nPoints: number): { error: boolean; text: string } | null {
  if (!valid) {
    const still = inUse === null || inUse >= nPoints ? 'all the points' : `the first ${plural(inUse, 'point')}`;
    return { error: true, text: `Enter a whole number of 2 or more, or leave it empty. The chart still uses ${still}.` };
  }
  if (inUse !== null && nPoints >= 2 && inUse > nPoints) {
    return { error: false, text: `Your data has ${plural(nPoints, 'point')}, fewer than ${inUse}, so the median is worked out from all of them.` };
  }
  return null;
}
