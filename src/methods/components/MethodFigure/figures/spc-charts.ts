import { spc, type PointType } from '../../../../charts/rules/making-data-count';
import { segmentsOf, timeChart, type KeyEntry, type PointStyle } from '../chart';
import { colour, WIDTH } from '../svg';
import type { Figure } from '../types';

// Invented: falls a month on a trust's inpatient wards, 24 months before and
// 9 months after a new falls risk review (the page's worked example).
const before = [21, 18, 24, 19, 22, 17, 20, 23, 19, 21, 25, 18, 20, 22, 16, 21, 19, 23, 20, 18, 22, 24, 19, 21];
const after = [16, 14, 15, 13, 15, 12, 14, 13, 12];
const values = [...before, ...after];
const chart = spc(values, { direction: 'decrease' });
const period = chart.periods[0]!;
const n = values.length;

const styles: Record<PointType, PointStyle> = {
  'common-cause': { shape: 'circle', fill: colour.midGrey },
  improvement: { shape: 'diamond', fill: colour.blue, size: 4 },
  concern: { shape: 'triangle', fill: colour.orange, size: 4 },
  'neutral-high': { shape: 'square', fill: colour.purple },
  'neutral-low': { shape: 'square', fill: colour.purple },
};
const names: Record<PointType, string> = {
  'common-cause': 'Common cause variation',
  improvement: 'Special cause: improvement',
  concern: 'Special cause: concern',
  'neutral-high': 'Special cause: high',
  'neutral-low': 'Special cause: low',
};
const types = [...new Set(chart.points.map((p) => p.type))];
const round1 = (v: number) => Math.round(v * 10) / 10;
const improvements = chart.points.map((p, i) => (p.type === 'improvement' ? i : -1)).filter((i) => i >= 0);

const drawn = timeChart({
  xLabels: values.map((_, i) => String(i + 1)),
  showX: (i) => i % 6 === 0,
  xTitle: 'Month',
  yTicks: [0, 10, 20, 30],
  yTitle: 'Falls a month',
  series: [{ values, colour: colour.midGrey, label: 'Falls', point: (i) => styles[chart.points[i]!.type] }],
  lines: [
    { segments: segmentsOf(chart.points.map((p) => chart.periods[p.period]!.mean)), colour: colour.text, label: 'Mean' },
    { segments: segmentsOf(chart.points.map((p) => chart.periods[p.period]!.upl)), colour: colour.darkGrey, dash: '5 3', label: 'Process limits' },
    { segments: segmentsOf(chart.points.map((p) => chart.periods[p.period]!.lpl)), colour: colour.darkGrey, dash: '5 3', label: 'Process limits' },
  ],
  annotations: [{ index: before.length, label: 'New review' }],
  key: [
    { label: `Mean (${round1(period.mean)})`, colour: colour.text, line: {} },
    { label: `Process limits (${round1(period.lpl)} and ${round1(period.upl)})`, colour: colour.darkGrey, line: { dash: '5 3' } },
    ...types.map((t): KeyEntry => ({ label: names[t], colour: styles[t].fill, point: styles[t] })),
  ],
});

export const figure: Figure = {
  width: WIDTH,
  height: drawn.height,
  body: drawn.svg,
  illustration: true,
  caption: 'An SPC chart (XmR) with its mean and process limits, and special cause improvement after a change.',
  alt: `SPC chart of falls a month on inpatient wards over ${n} months, with the mean at ${round1(period.mean)} and process limits at ${round1(period.lpl)} and ${round1(period.upl)}. All points are inside the limits. After a new falls risk review in month ${before.length + 1}, the last ${improvements.length} points are all below the mean, marked as special cause improvement.`,
  summary: `Mean ${round1(period.mean)} falls a month; process limits ${round1(period.lpl)} to ${round1(period.upl)}, worked out with NHS England's Making Data Count method. From month ${improvements[0]! + 1}, ${improvements.length} points in a row are below the mean (7 or more is a signal): special cause improvement, because fewer falls is better.`,
  table: {
    caption: 'Falls a month, and what the SPC rules say about each point',
    head: ['Month', 'Falls', 'Variation'],
    rows: values.map((v, i) => [i + 1, v, names[chart.points[i]!.type]]),
  },
};
