import { arrow, arrowMarker, box, colour, text, WIDTH, LARGE_TEXT } from '../svg';
import type { Figure } from '../types';
import { pdsaWheel } from './pdsa-wheel';

const M = 'mfi-arrow';
const questions = [
  ['Aim', 'What are we trying to accomplish?'],
  ['Measures', 'How will we know that a change is an improvement?'],
  ['Change ideas', 'What changes can we make that will result in improvement?'],
] as const;

let body = arrowMarker(M);
let y = 8;
for (const [name, question] of questions) {
  body += text(8, y + 13, name, { weight: 'bold', fill: colour.darkBlue });
  const b = box(8, y + 20, WIDTH - 16, question, { background: colour.paleBlue, stroke: colour.blue });
  body += b.svg;
  y += 20 + b.height + 12;
}
body += arrow(WIDTH / 2, y - 6, WIDTH / 2, y + 14, M);
body += text(WIDTH / 2, y + 34, 'Test changes in small cycles', { anchor: 'middle', weight: 'bold', size: LARGE_TEXT });
const r = 70;
const cy = y + 48 + r;
body += pdsaWheel(WIDTH / 2, cy, r);

export const figure: Figure = {
  width: WIDTH,
  height: cy + r + 8,
  body,
  caption: 'The Model for Improvement: three questions, then Plan, Do, Study, Act cycles.',
  alt: 'The Model for Improvement. Three questions, one under another: "What are we trying to accomplish?" (the aim), "How will we know that a change is an improvement?" (the measures) and "What changes can we make that will result in improvement?" (the change ideas). An arrow leads to a circle divided into Plan, Do, Study and Act: changes are tested in small cycles.',
};
