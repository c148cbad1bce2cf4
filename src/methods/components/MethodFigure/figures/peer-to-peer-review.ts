import { arrow, arrowMarker, box, colour, text, WIDTH } from '../svg';
import type { Figure } from '../types';

// Two teams in two lanes; the work passes between them, then they swap.
const M = 'peer-arrow';
const LANE = (WIDTH - 16 - 16) / 2;
const lanes = [8, 8 + LANE + 16];
const steps: [0 | 1, string][] = [
  [0, 'Team A presents its plans, measures or criteria'],
  [1, 'Team B asks questions, notes strengths and suggests improvements'],
  [0, 'Team A decides what to change and shares the refined version'],
  [1, 'Swap roles: Team B presents, Team A reviews'],
];
let body = arrowMarker(M);
body += text(lanes[0]! + LANE / 2, 18, 'Team A', { anchor: 'middle', weight: 'bold', fill: colour.darkBlue });
body += text(lanes[1]! + LANE / 2, 18, 'Team B', { anchor: 'middle', weight: 'bold', fill: colour.darkGreen });
let y = 32;
let previous: { x: number; y: number } | undefined;
for (const [lane, label] of steps) {
  const b = box(lanes[lane]!, y, LANE, label, lane === 0 ? { background: colour.paleBlue } : { stroke: colour.darkGreen, strokeWidth: 3 });
  if (previous) {
    const toX = lane === 1 ? lanes[1]! : lanes[0]! + LANE;
    body += arrow(previous.x, previous.y, toX + (lane === 1 ? 2 : -2), y + 14, M);
  }
  body += b.svg;
  previous = { x: lane === 0 ? lanes[0]! + LANE : lanes[1]!, y: y + b.height - 10 };
  y += b.height + 18;
}

export const figure: Figure = {
  width: WIDTH,
  height: y - 8,
  body,
  caption: 'Peer-to-peer review: two teams review each other’s work, then swap roles.',
  alt: `Peer-to-peer review between two teams, in two columns. ${steps.map(([, s]) => s).join('. Then: ')}.`,
};
