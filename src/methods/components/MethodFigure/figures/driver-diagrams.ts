import { box, colour, el, text, WIDTH } from '../svg';
import type { Figure } from '../types';

// The page's worked example, drawn as a tree that reads from the top down
// (on paper, a driver diagram reads from left to right).
const aim = 'Increase the number of people with a learning disability who have an annual health check';
const drivers = ['Accurate registers', 'Easy booking', 'Reasonable adjustments at the appointment'];
const ideas = ['Easy-read invitation letters', 'A phone call from a named person at the practice'];
const EXPANDED = 1; // the driver whose change ideas are shown

const line = (x1: number, y1: number, x2: number, y2: number) => el('line', { x1, y1, x2, y2, stroke: colour.darkGrey, 'stroke-width': 2 });
let body = text(8, 14, 'Aim', { weight: 'bold', fill: colour.darkBlue });
const a = box(8, 22, WIDTH - 16, aim, { background: colour.darkBlue, stroke: colour.darkBlue, fill: colour.white, weight: 'bold' });
body += a.svg;
let y = 22 + a.height + 28;
body += text(40, y - 8, 'Primary drivers', { weight: 'bold', fill: colour.darkBlue });
const trunkTop = 22 + a.height;
let trunkBottom = y;
drivers.forEach((d, i) => {
  const b = box(40, y, WIDTH - 48, d, { background: colour.paleBlue });
  body += b.svg + line(24, y + b.height / 2, 40, y + b.height / 2);
  trunkBottom = y + b.height / 2;
  y += b.height;
  if (i === EXPANDED) {
    y += 26;
    body += text(80, y - 8, 'Change ideas to test', { weight: 'bold', fill: colour.green });
    const subTop = y - 26;
    let subBottom = y;
    for (const idea of ideas) {
      const c = box(80, y, WIDTH - 88, idea, { stroke: colour.green, dash: '5 3' });
      body += c.svg + line(60, y + c.height / 2, 80, y + c.height / 2);
      subBottom = y + c.height / 2;
      y += c.height + 10;
    }
    body += line(60, subTop, 60, subBottom);
    y -= 10;
  }
  y += 14;
});
body += line(24, trunkTop, 24, trunkBottom);

export const figure: Figure = {
  width: WIDTH,
  height: y - 6,
  body,
  caption: 'A driver diagram: the aim, the primary drivers that must change to reach it, and change ideas to test. Secondary drivers, when you need them, go between the drivers and the ideas.',
  alt: `A driver diagram. Aim: ${aim.toLowerCase()}. Three primary drivers branch from the aim: ${drivers.join(', ').toLowerCase()}. Under easy booking, two change ideas to test: ${ideas.join(', and ').toLowerCase()}.`,
};
