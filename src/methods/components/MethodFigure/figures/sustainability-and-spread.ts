import { arrow, arrowMarker, box, colour, text, WIDTH } from '../svg';
import type { Figure } from '../types';

// Sustain first, then spread the principles for others to adapt.
const M = 'spread-arrow';
let body = arrowMarker(M);
let y = 8;
const whole = (label: string, o: Parameters<typeof box>[4] = {}) => {
  const b = box(8, y, WIDTH - 16, label, o);
  body += b.svg;
  y += b.height + 22;
  body += arrow(WIDTH / 2, y - 20, WIDTH / 2, y - 2, M);
};
body += text(8, y + 12, 'Sustain', { weight: 'bold', fill: colour.darkBlue });
y += 20;
whole('A change that works for one team', { background: colour.darkBlue, stroke: colour.darkBlue, fill: colour.white, weight: 'bold' });
whole('Build it into everyday systems: rotas, templates, induction, job descriptions and IT', { background: colour.paleBlue });
const keep = box(8, y, WIDTH - 16, 'Keep measuring, with a named owner who acts if the measure slips', { background: colour.paleBlue });
body += keep.svg;
y += keep.height + 30;
body += text(8, y, 'Spread', { weight: 'bold', fill: colour.green });
y += 8;
const shared = box(8, y, WIDTH - 16, 'Share the principles of what worked, not a rigid copy', { stroke: colour.green, background: colour.paleGrey });
body += shared.svg;
y += shared.height + 24;
const W = (WIDTH - 16 - 2 * 10) / 3;
let h = 0;
[0, 1, 2].forEach((i) => {
  const x = 8 + i * (W + 10);
  body += arrow(WIDTH / 2, y - 24, x + W / 2, y - 2, M);
  const b = box(x, y, W, 'Another team tests and adapts it', { stroke: colour.green, size: 13, padding: 6 });
  body += b.svg;
  h = b.height;
});

export const figure: Figure = {
  width: WIDTH,
  height: y + h + 8,
  body,
  caption: 'Sustaining and spreading: make the change part of everyday work, keep measuring, then share the principles for other teams to adapt.',
  alt: 'Sustain: a change that works for one team is built into everyday systems (rotas, templates, induction, job descriptions and IT), and measuring continues with a named owner who acts if the measure slips. Spread: the principles of what worked are shared, not a rigid copy, and three other teams each test and adapt it.',
};
