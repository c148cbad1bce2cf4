import { runChartExample } from './run-chart';
import type { WorkedExampleData } from '../types';

// Invented: a learning disability service with 180 people on its register.
// Easy-read invitations start going out in month 7. Every percentage is
// worked out from the counts, so the table and the chart cannot disagree.
export const REGISTER = 180;
export const checked = [84, 81, 83, 80, 83, 82, 92, 99, 104, 110, 115, 119];
export const invitations = [6, 5, 7, 6, 5, 6, 28, 30, 27, 29, 31, 28];
export const complaints = [1, 0, 1, 0, 0, 1, 1, 0, 1, 0, 0, 1];
export const BASELINE = 6;
export const percent = checked.map((c) => Math.round((c / REGISTER) * 100));

const { figure, analysis } = runChartExample({
  values: percent,
  baseline: BASELINE,
  xTitle: 'Month',
  yTitle: 'Per cent checked',
  yTicks: [40, 50, 60, 70],
  change: 'Easy-read invitations',
  caption: 'The outcome measure on a run chart: the share of people on the register who had a health check in the last 12 months.',
  alt: `Run chart of the percentage of the ${REGISTER} people on the register who had an annual health check in the last 12 months, over 12 months, rising from ${percent[0]}% to ${percent[percent.length - 1]}% after easy-read invitations began in month ${BASELINE + 1}.`,
});
const shift = analysis.ihi.shifts[0]!;
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

export const example: WorkedExampleData = {
  chart: figure,
  summary: `Outcome: ${percent[0]}% of the ${REGISTER} people had a check in month 1 and ${percent[percent.length - 1]}% in month 12. From month ${shift.start + 1}, every point is above the median of the first ${BASELINE} months (${analysis.median}%): a shift of ${shift.length} points. Process: invitations went from about ${Math.round(sum(invitations.slice(0, BASELINE)) / BASELINE)} to about ${Math.round(sum(invitations.slice(BASELINE)) / (invitations.length - BASELINE))} a month. Balancing: complaints stayed at ${sum(complaints.slice(0, BASELINE))} in the first 6 months and ${sum(complaints.slice(BASELINE))} in the last 6.`,
  table: {
    caption: 'The family of measures, month by month',
    head: ['Month', `People checked in the last 12 months (of ${REGISTER})`, 'Per cent', 'Easy-read invitations sent', 'Complaints about contact'],
    rows: checked.map((c, i) => [i + 1, c, `${percent[i]}%`, invitations[i]!, complaints[i]!]),
  },
};
