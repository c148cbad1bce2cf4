import { box, colour, el, text, WIDTH } from '../svg';
import type { Figure } from '../types';

// The three kinds of measure, with the examples on the page.
const aim = 'Aim: fewer falls on the ward';
const measures = [
  { kind: 'Outcome measure', question: 'Is the aim being met?', example: 'The number of falls' },
  { kind: 'Process measure', question: 'Are the changes happening as planned?', example: 'The share of patients with a falls risk review' },
  { kind: 'Balancing measure', question: 'Is anything else getting worse?', example: 'More restrictions on patients’ movement' },
];
const line = (x1: number, y1: number, x2: number, y2: number) => el('line', { x1, y1, x2, y2, stroke: colour.darkGrey, 'stroke-width': 2 });
const a = box(8, 8, WIDTH - 16, aim, { background: colour.darkBlue, stroke: colour.darkBlue, fill: colour.white, weight: 'bold' });
let body = a.svg;
let y = 8 + a.height + 20;
const trunkTop = 8 + a.height;
let trunkBottom = y;
for (const m of measures) {
  body += text(40, y + 13, m.kind, { weight: 'bold', fill: colour.darkBlue });
  const q = box(40, y + 20, WIDTH - 48, `${m.question} For example: ${m.example.toLowerCase()}.`, { anchor: 'start', background: colour.paleBlue });
  body += q.svg + line(24, y + 20 + q.height / 2, 40, y + 20 + q.height / 2);
  trunkBottom = y + 20 + q.height / 2;
  y += 20 + q.height + 16;
}
body += line(24, trunkTop, 24, trunkBottom);
body += text(8, y + 8, 'Plot each one over time on a run chart or an SPC chart.', { size: 13, fill: colour.darkGrey });

export const figure: Figure = {
  width: WIDTH,
  height: y + 16,
  body,
  caption: 'A family of measures: outcome, process and balancing measures for one aim.',
  alt: `A family of measures branching from one aim, fewer falls on the ward. ${measures.map((m) => `${m.kind}: ${m.question.toLowerCase()} For example, ${m.example.toLowerCase()}.`).join(' ')} Each is plotted over time on a run chart or an SPC chart.`,
};
