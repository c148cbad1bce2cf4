import { colour, el, text, wrap, WIDTH } from '../svg';
import type { Figure } from '../types';
import { pdsaWheel } from './pdsa-wheel';

// A ramp of cycles, each built on what the last one taught. The first two
// cycles are the page's worked example.
const cycles = [
  'One doctor writes take-home prescriptions the afternoon before, for two patients.',
  'Adapted: written the day before, checked on the morning ward round, for one consultant’s patients for a week.',
  'Larger tests, in more conditions, as confidence grows.',
  'The change is part of everyday work.',
];

const top = 70;
const bottom = 250;
const ramp = el('path', { d: `M16,${bottom} L${WIDTH - 16},${top} L${WIDTH - 16},${bottom} z`, fill: colour.paleGrey });
let body = text(WIDTH - 16, 16, ['Changes that result', 'in improvement'], { anchor: 'end', weight: 'bold' }) + ramp;
body += text(16, bottom + 20, 'Hunches, theories and ideas', { weight: 'bold' });
cycles.forEach((_, i) => {
  const t = (i + 0.6) / cycles.length;
  const cx = 16 + t * (WIDTH - 32) - 10;
  const cy = bottom - t * (bottom - top) - 22;
  body += pdsaWheel(cx, cy, 20, 13, false);
  body += el('circle', { cx, cy, r: 9, fill: colour.white });
  body += text(cx, cy + 5, String(i + 1), { anchor: 'middle', weight: 'bold', size: 13 });
});
let y = bottom + 46;
cycles.forEach((c, i) => {
  const lines = wrap(c, WIDTH - 40);
  body += text(8, y, `${i + 1}.`, { weight: 'bold' }) + text(30, y, lines);
  y += lines.length * 16.25 + 8;
});

export const figure: Figure = {
  width: WIDTH,
  height: y - 4,
  body,
  caption: 'A PDSA ramp: small cycles, each built on what the last one taught, from an idea to a change that works.',
  alt: 'A PDSA ramp. Four Plan, Do, Study, Act cycles climb a slope from "hunches, theories and ideas" at the bottom left to "changes that result in improvement" at the top right. Cycle 1: one doctor writes take-home prescriptions the afternoon before, for two patients. Cycle 2: adapted so prescriptions are written the day before and checked on the morning ward round, for one consultant’s patients for a week. Cycle 3: larger tests in more conditions. Cycle 4: the change is part of everyday work.',
};
