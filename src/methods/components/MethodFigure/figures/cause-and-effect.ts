import { box, colour, el, text, wrap, WIDTH } from '../svg';
import type { Figure } from '../types';

// The page's worked example, as a fishbone standing upright so it fits a
// phone: the effect at the foot of the spine, a bone for each group of causes.
const effect = 'Effect: patients’ first mobilisation after surgery is often delayed';
const bones: [string, string][] = [
  ['People', 'Physiotherapy staffing at weekends'],
  ['Equipment', 'No walking aids on the ward'],
  ['Methods', 'No agreed time for the first mobilisation'],
  ['Processes', 'Pain relief not given in time'],
];

const SPINE = WIDTH / 2;
const rowHeight = 112;
const top = 12;
const headY = top + 2 * rowHeight + 16;
let body = el('line', { x1: SPINE, y1: top + 20, x2: SPINE, y2: headY, stroke: colour.darkGrey, 'stroke-width': 4 });
bones.forEach(([group, cause], i) => {
  const left = i % 2 === 0;
  const row = Math.floor(i / 2);
  const y0 = top + row * rowHeight;
  const outer = left ? 16 : WIDTH - 16;
  body += el('line', { x1: outer, y1: y0 + 86, x2: SPINE, y2: y0 + 106, stroke: colour.blue, 'stroke-width': 3 });
  const x = left ? 8 : WIDTH - 8;
  const anchor = left ? 'start' : 'end';
  body += text(x, y0 + 14, group, { weight: 'bold', fill: colour.darkBlue, anchor });
  body += text(x, y0 + 31, wrap(cause, SPINE - 24), { anchor });
});
const head = box(8, headY, WIDTH - 16, effect, { background: colour.darkBlue, stroke: colour.darkBlue, fill: colour.white, weight: 'bold' });
body += head.svg;

export const figure: Figure = {
  width: WIDTH,
  height: headY + head.height + 4,
  body,
  caption: 'A cause and effect (fishbone) diagram: the effect at the head, and a bone for each group of possible causes.',
  alt: `A fishbone diagram drawn upright. The spine leads down to the effect: patients’ first mobilisation after surgery is often delayed. Four bones join the spine, each a group of possible causes with one example: ${bones.map(([g, c]) => `${g}, ${c.toLowerCase()}`).join('; ')}.`,
};
