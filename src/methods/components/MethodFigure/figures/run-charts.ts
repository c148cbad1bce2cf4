import { runChart } from '../../../../charts/rules/run-chart';
import { timeChart } from '../chart';
import { colour, WIDTH } from '../svg';
import type { Figure } from '../types';

// Invented: the percentage of patients with suspected sepsis given
// antibiotics within one hour, 12 weeks before and 12 weeks after a sepsis
// trolley was put in the resuscitation area (the page's worked example).
export const before = [58, 62, 55, 64, 60, 57, 66, 59, 61, 63, 56, 60];
const after = [65, 61, 68, 70, 64, 72, 69, 74, 71, 73, 70, 76];
export const values = [...before, ...after];
const chart = runChart(values, { baseline: before.length });
const inShift = (i: number) => chart.ihi.shifts.some((s) => i >= s.start && i <= s.end && chart.sides[i] !== 0);
const shift = chart.ihi.shifts[0]!;
const n = values.length;

const drawn = timeChart({
  xLabels: values.map((_, i) => String(i + 1)),
  showX: (i) => i % 4 === 0 || i === n - 1,
  xTitle: 'Week',
  yTicks: [50, 60, 70, 80],
  yTitle: 'Per cent given antibiotics within 1 hour',
  series: [
    {
      values,
      colour: colour.blue,
      label: 'Per cent',
      point: (i) => (inShift(i) ? { shape: 'diamond', fill: colour.orange, size: 4 } : { shape: 'circle', fill: colour.blue }),
    },
  ],
  lines: [
    { segments: [{ from: 0, to: before.length - 1, value: chart.median }], colour: colour.green, label: 'Median' },
    { segments: [{ from: before.length, to: n - 1, value: chart.median }], colour: colour.green, dash: '6 4', label: 'Median, extended' },
  ],
  annotations: [{ index: before.length, label: 'Trolley in use' }],
  key: [
    { label: 'Weekly percentage', colour: colour.blue, line: {}, point: { shape: 'circle', fill: colour.blue } },
    { label: `Median of weeks 1 to 12 (${chart.median}%)`, colour: colour.green, line: {} },
    { label: 'Median carried forward', colour: colour.green, line: { dash: '6 4' } },
    { label: 'Point in a shift', colour: colour.orange, point: { shape: 'diamond', fill: colour.orange, size: 4 } },
  ],
});

const onMedian = values.map((v, i) => (v === chart.median ? i + 1 : 0)).filter(Boolean);

export const figure: Figure = {
  width: WIDTH,
  height: drawn.height,
  body: drawn.svg,
  illustration: true,
  caption: 'A run chart with its median, and a shift after a change was made.',
  alt: `Run chart of the weekly percentage of patients with suspected sepsis given antibiotics within 1 hour, over ${n} weeks. The median of the first 12 weeks is ${chart.median}% and is carried forward. After the sepsis trolley came into use in week 13, every point is above that median: a shift.`,
  summary: `The median of weeks 1 to 12 is ${chart.median}%. Weeks ${onMedian.join(' and ')} are on the median, so they neither break nor add to a run. From week ${shift.start + 1} to week ${shift.end + 1}, ${shift.length} points in a row are above the median: a shift by the IHI rule (6 or more). By the Anhøj rules, the longest run is ${chart.anhoej.longestRun} points, more than the ${chart.anhoej.longestRunMax} expected by chance from ${chart.anhoej.nUseful} points not on the median.`,
  table: {
    caption: 'Weekly percentage given antibiotics within 1 hour',
    head: ['Week', 'Per cent', 'Against the median', 'In a shift'],
    rows: values.map((v, i) => [i + 1, v, chart.sides[i] === 1 ? 'Above' : chart.sides[i] === -1 ? 'Below' : 'On the median', inShift(i) ? 'Yes' : 'No']),
  },
};
