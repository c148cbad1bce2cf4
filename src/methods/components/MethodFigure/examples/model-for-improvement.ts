import { runChartExample } from './run-chart';
import type { WorkedExampleData } from '../types';

// Invented: a community nursing team's insulin visits, 8 weeks before and 8
// weeks after the shared visit list came in (tried by one team in weeks 9
// and 10, then adjusted and taken up by a second team).
export const planned = [118, 121, 119, 120, 122, 117, 120, 119, 121, 118, 120, 122, 119, 121, 120, 118];
export const missed = [5, 4, 6, 5, 3, 5, 4, 6, 3, 2, 2, 1, 1, 0, 1, 0];
export const confirmed = [0, 0, 0, 0, 0, 0, 0, 0, 40, 55, 70, 85, 90, 92, 95, 96];
export const BASELINE = 8;

const { figure, analysis } = runChartExample({
  values: missed,
  baseline: BASELINE,
  xTitle: 'Week',
  yTitle: 'Missed visits',
  yTicks: [0, 2, 4, 6],
  change: 'Shared visit list',
  caption: 'The outcome measure on a run chart: missed insulin visits each week.',
  alt: `Run chart of missed insulin visits each week over ${missed.length} weeks: between ${Math.min(...missed.slice(0, BASELINE))} and ${Math.max(...missed.slice(0, BASELINE))} a week before the shared visit list, falling to 0 or 1 a week by the end.`,
});
const shift = analysis.ihi.shifts[0]!;
const zeroWeeks = missed.filter((m) => m === 0).length;

export const example: WorkedExampleData = {
  chart: figure,
  summary: `The median of the ${BASELINE} weeks before the change is ${analysis.median} missed visits a week. From week ${shift.start + 1}, ${shift.length} weeks in a row are below it: a shift. The process measure rose from none to ${confirmed[confirmed.length - 1]}% of visits confirmed the day before. The aim, no missed visits, is not met yet: ${zeroWeeks} of the last ${missed.length - BASELINE} weeks had none.`,
  table: {
    caption: 'Insulin visits each week',
    head: ['Week', 'Planned visits', 'Missed visits', 'Visits confirmed the day before'],
    rows: planned.map((p, i) => [i + 1, p, missed[i]!, `${confirmed[i]}%`]),
  },
};
