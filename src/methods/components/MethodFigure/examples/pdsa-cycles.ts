import type { WorkedExampleData } from '../types';

// Invented: the two cycles in the page's worked example, with what the team
// predicted and what happened, counted in discharges with take-home
// prescriptions ready by 10am.
export const cycles = [
  { change: 'Prescriptions written the afternoon before', scale: 'One doctor, 2 patients, 1 day', predicted: 2, ready: 1, discharges: 2, learning: 'One prescription changed overnight, so it had to be rewritten.' },
  { change: 'Written the day before, checked on the morning ward round', scale: 'One consultant’s patients, 1 week', predicted: 10, ready: 11, discharges: 14, learning: 'Checking on the ward round caught the overnight changes.' },
];

const pct = (a: number, b: number) => Math.round((a / b) * 100);
const [first, second] = [cycles[0]!, cycles[1]!];

export const example: WorkedExampleData = {
  summary: `In cycle 1 the team predicted ${first.predicted} of ${first.discharges} prescriptions ready by 10am and got ${first.ready}. In cycle 2 they predicted ${second.predicted} of ${second.discharges} and got ${second.ready} (${pct(second.ready, second.discharges)}%), so the adapted change is ready to test on a larger scale.`,
  table: {
    caption: 'Two PDSA cycles: prediction and result',
    head: ['Cycle', 'Change tested', 'Scale', 'Predicted ready by 10am', 'Ready by 10am', 'What the team learned'],
    rows: cycles.map((c, i) => [i + 1, c.change, c.scale, `${c.predicted} of ${c.discharges}`, `${c.ready} of ${c.discharges}`, c.learning]),
  },
};
