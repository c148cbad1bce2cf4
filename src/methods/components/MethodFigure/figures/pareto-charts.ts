import { colour, el, text, TEXT, WIDTH } from '../svg';
import type { Figure } from '../types';

// Invented: reasons for on-the-day cancellations in a day surgery unit over
// three months (the page's worked example).
const reasons: [string, number][] = [
  ['Fasting instructions not followed', 31],
  ['Pre-operative tests missing', 24],
  ['Patient unwell', 11],
  ['No bed available', 8],
  ['Theatre list overran', 6],
  ['Other', 4],
];
const sorted = [...reasons].sort((a, b) => b[1] - a[1]);
const total = sorted.reduce((s, [, n]) => s + n, 0);
let running = 0;
const rows = sorted.map(([reason, count]) => {
  running += count;
  return { reason, count, cumulative: Math.round((running / total) * 100) };
});

const LEFT = 8;
const BAR_MAX = 190;
const ROW = 44;
const TOP = 38;
let body = text(LEFT, 14, 'Cancellations, most common first', { weight: 'bold' });
body += text(WIDTH - 8, 32, 'Running total', { anchor: 'end', size: TEXT, fill: colour.darkGrey });
rows.forEach((r, i) => {
  const y = TOP + i * ROW;
  body += text(LEFT, y + 12, r.reason);
  const w = (r.count / sorted[0]![1]) * BAR_MAX;
  body += el('rect', { x: LEFT, y: y + 18, width: w, height: 16, fill: i < 2 ? colour.darkBlue : colour.blue });
  body += text(LEFT + w + 6, y + 31, String(r.count), { weight: 'bold' });
  body += text(WIDTH - 8, y + 31, `${r.cumulative}%`, { anchor: 'end', fill: colour.darkGrey });
});
const height = TOP + rows.length * ROW + 4;

export const figure: Figure = {
  width: WIDTH,
  height,
  body,
  illustration: true,
  caption: 'A Pareto chart: causes sorted from most to least common, with a running total.',
  alt: `Pareto chart of ${total} on-the-day cancellations, as horizontal bars from most to least common: ${rows.map((r) => `${r.reason.toLowerCase()} ${r.count}`).join(', ')}. The first two reasons make up ${rows[1]!.cumulative}% of all cancellations.`,
  summary: `The two most common reasons, ${rows[0]!.reason.toLowerCase()} and ${rows[1]!.reason.toLowerCase()}, make up ${rows[1]!.cumulative}% of the ${total} cancellations. That is where the team starts.`,
  table: {
    caption: 'On-the-day cancellations by reason, most common first',
    head: ['Reason', 'Number', 'Running total'],
    rows: rows.map((r) => [r.reason, r.count, `${r.cumulative}%`]),
  },
};
