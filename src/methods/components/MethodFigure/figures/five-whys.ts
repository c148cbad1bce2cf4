import { arrowMarker, column, colour, WIDTH, type BoxOptions } from '../svg';
import type { Figure } from '../types';

// The page's worked example.
const steps = [
  'Problem: the clinic runs late',
  'Why? The first patients were seen 30 minutes late',
  'Why? The consultant was on the ward',
  'Why? The ward round started late',
  'Why? The handover ran over',
  'Why? There is no set finish time and no agreed list of what handover must cover',
  'Action: test a structured handover with a fixed end time',
];
const last = steps.length - 1;
const style = (i: number): BoxOptions =>
  i === 0
    ? { background: colour.darkBlue, stroke: colour.darkBlue, fill: colour.white, weight: 'bold', anchor: 'start' }
    : i === last - 1
      ? { stroke: colour.orange, strokeWidth: 3, weight: 'bold', anchor: 'start' }
      : i === last
        ? { stroke: colour.green, background: colour.paleGrey, weight: 'bold', anchor: 'start', dash: '5 3' }
        : { anchor: 'start' };
const M = 'whys-arrow';
const chain = column(8, 8, WIDTH - 16, steps, M, style);

export const figure: Figure = {
  width: WIDTH,
  height: chain.height + 16,
  body: arrowMarker(M) + chain.svg,
  caption: '5 whys: asking why again and again, from the problem to a root cause you can act on.',
  alt: `5 whys, as a chain of boxes joined by arrows. ${steps.join('. ')}.`,
};
