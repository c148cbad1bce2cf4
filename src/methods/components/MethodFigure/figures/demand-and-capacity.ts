import { timeChart } from '../chart';
import { colour, WIDTH } from '../svg';
import type { Figure } from '../types';

// Invented: a physiotherapy service over 12 weeks (the page's worked
// example). The waiting list is worked out from the other three: each week
// it grows by the referrals and falls by the patients seen.
const demand = [42, 38, 45, 40, 47, 39, 44, 41, 46, 43, 40, 45];
const capacity = [44, 44, 42, 44, 44, 40, 44, 44, 42, 44, 44, 44];
const activity = [40, 39, 38, 41, 40, 36, 41, 39, 38, 40, 41, 39];
const START = 120;
const waiting: number[] = [];
demand.forEach((d, i) => waiting.push((waiting[i - 1] ?? START) + d - activity[i]!));
const mean = (xs: number[]) => Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 10) / 10;

const drawn = timeChart({
  xLabels: demand.map((_, i) => String(i + 1)),
  showX: (i) => i % 2 === 0 || i === demand.length - 1,
  xTitle: 'Week',
  yTicks: [30, 35, 40, 45, 50],
  yTitle: 'Patients a week',
  series: [
    { values: demand, colour: colour.blue, label: 'Demand', point: () => ({ shape: 'circle', fill: colour.blue }) },
    { values: capacity, colour: colour.green, dash: '6 3', label: 'Capacity', point: () => ({ shape: 'square', fill: colour.green, size: 3 }) },
    { values: activity, colour: colour.orange, label: 'Activity', point: () => ({ shape: 'triangle', fill: colour.orange, size: 3.5 }) },
  ],
  key: [
    { label: 'Demand: new referrals', colour: colour.blue, line: {}, point: { shape: 'circle', fill: colour.blue } },
    { label: 'Capacity: appointment slots', colour: colour.green, line: { dash: '6 3' }, point: { shape: 'square', fill: colour.green, size: 3 } },
    { label: 'Activity: patients seen', colour: colour.orange, line: {}, point: { shape: 'triangle', fill: colour.orange, size: 3.5 } },
  ],
});

export const figure: Figure = {
  width: WIDTH,
  height: drawn.height,
  body: drawn.svg,
  illustration: true,
  caption: 'Demand, capacity and activity, week by week.',
  alt: `Line chart of a physiotherapy service over ${demand.length} weeks. Demand averages ${mean(demand)} referrals a week and capacity ${mean(capacity)} slots, but activity averages only ${mean(activity)} patients seen, so the waiting list grows from ${START} to ${waiting[waiting.length - 1]}.`,
  summary: `Capacity (${mean(capacity)} slots a week on average) is close to demand (${mean(demand)} referrals), but only ${mean(activity)} patients a week are seen, because some slots go unused. The gap adds to the waiting list every week: it grows from ${START} to ${waiting[waiting.length - 1]}.`,
  table: {
    caption: 'Referrals (demand), slots (capacity), patients seen (activity) and patients waiting at the end of each week',
    head: ['Week', 'Referrals', 'Slots', 'Seen', 'Waiting'],
    rows: demand.map((d, i) => [i + 1, d, capacity[i]!, activity[i]!, waiting[i]!]),
  },
};
