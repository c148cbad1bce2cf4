import { arrow, arrowMarker, box, colour, WIDTH } from '../svg';
import type { Figure } from '../types';

// The review on the page: gather every project, check it against the goals,
// sort it, and decide together.
const M = 'portfolio-arrow';
let body = arrowMarker(M);
let y = 8;
const whole = (label: string, o: Parameters<typeof box>[4] = {}) => {
  const b = box(8, y, WIDTH - 16, label, o);
  body += b.svg;
  y += b.height + 22;
  body += arrow(WIDTH / 2, y - 20, WIDTH / 2, y - 2, M);
};
whole('Gather every improvement project and audit: aim, lead, stage, methods', { background: colour.paleBlue });
whole('Check each against the team’s top three goals, using the six questions', { background: colour.paleBlue });
const outcomes: [string, string][] = [
  ['Keep', colour.green],
  ['Merge', colour.blue],
  ['Pause', colour.warmYellow],
  ['Stop', colour.red],
];
const W = (WIDTH - 16 - 12) / 2;
let rowHeight = 0;
outcomes.forEach(([label, stroke], i) => {
  const b = box(8 + (i % 2) * (W + 12), y + Math.floor(i / 2) * 50, W, label, { stroke, strokeWidth: 3, weight: 'bold', size: 15 });
  body += b.svg;
  rowHeight = b.height;
});
y += 50 + rowHeight + 22;
body += arrow(WIDTH / 2, y - 20, WIDTH / 2, y - 2, M);
whole('Share the review, ask for feedback, then decide', { background: colour.paleBlue });
const last = box(8, y, WIDTH - 16, 'Check new projects against the goals, and repeat the review every year', { stroke: colour.green, background: colour.paleGrey });
body += last.svg;

export const figure: Figure = {
  width: WIDTH,
  height: y + last.height + 8,
  body,
  caption: 'A portfolio review: every project checked against the goals and marked to keep, merge, pause or stop.',
  alt: 'A portfolio review, step by step. Gather every improvement project and audit, with its aim, lead, stage and methods. Check each against the team’s top three goals, using the six questions. Mark each project to keep, merge, pause or stop. Share the review, ask for feedback, then decide. Check new projects against the goals, and repeat the review every year.',
};
