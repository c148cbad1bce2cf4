import { arrow, arrowMarker, colour, el, text, wrap, WIDTH } from '../svg';
import type { Figure } from '../types';

// The page's worked example: referral to first appointment at a memory
// clinic, with the repeated step and the wait it found.
type Kind = 'terminal' | 'step' | 'repeat' | 'wait';
const steps: [Kind, string][] = [
  ['terminal', 'Start: referral received'],
  ['step', 'First clinician triages the referral'],
  ['repeat', 'Second clinician triages it again'],
  ['step', 'Appointment letter written'],
  ['wait', 'Letter waits for a signature'],
  ['step', 'Letter posted'],
  ['terminal', 'End: first appointment'],
];
const M = 'map-arrow';
const W = 200;
const X = 8;
const STEP_H = 40;
const GAP = 18;

function shape(kind: Kind | 'decision', x: number, y: number, w: number, h: number): string {
  const base = { fill: colour.white, stroke: colour.blue, 'stroke-width': 2 };
  switch (kind) {
    case 'terminal':
      return el('rect', { x, y, width: w, height: h, rx: h / 2, ...base, fill: colour.paleBlue });
    case 'decision':
      return el('path', { d: `M${x + w / 2},${y} L${x + w},${y + h / 2} L${x + w / 2},${y + h} L${x},${y + h / 2} z`, ...base });
    case 'repeat':
      return el('rect', { x, y, width: w, height: h, ...base, stroke: colour.orange, 'stroke-width': 3, 'stroke-dasharray': '6 3' });
    case 'wait':
      return el('rect', { x, y, width: w, height: h, ...base, stroke: colour.red, 'stroke-width': 3 });
    default:
      return el('rect', { x, y, width: w, height: h, ...base });
  }
}
const centred = (x: number, y: number, w: number, h: number, label: string) => {
  const lines = wrap(label, w - 14);
  return text(x + w / 2, y + h / 2 + 4.5 - ((lines.length - 1) * 16.25) / 2, lines, { anchor: 'middle' });
};

let body = arrowMarker(M);
let y = 8;
steps.forEach(([kind, label], i) => {
  if (i > 0) body += arrow(X + W / 2, y - GAP, X + W / 2, y - 2, M);
  body += shape(kind, X, y, W, STEP_H) + centred(X, y, W, STEP_H, label);
  if (kind === 'repeat') body += text(X + W + 8, y + 17, ['Repeated', 'step'], { fill: colour.text, weight: 'bold' });
  if (kind === 'wait') body += text(X + W + 8, y + 17, ['Waiting'], { fill: colour.text, weight: 'bold' });
  y += STEP_H + GAP;
});

// The key to the symbols.
y += 4;
body += text(X, y, 'Symbols', { weight: 'bold', fill: colour.darkBlue });
y += 10;
const key: [Kind | 'decision', string][] = [
  ['terminal', 'Start or end'],
  ['step', 'A step'],
  ['decision', 'A decision (yes or no)'],
  ['repeat', 'Rework or a repeated step'],
  ['wait', 'A wait or delay'],
];
for (const [kind, label] of key) {
  body += shape(kind, X, y, 60, 28) + text(X + 72, y + 19, label);
  y += 36;
}
body += arrow(X, y + 6, X + 60, y + 6, M) + text(X + 72, y + 11, 'The flow from one step to the next');

export const figure: Figure = {
  width: WIDTH,
  height: y + 20,
  body,
  caption: 'A process map and its symbols: the steps from referral to first appointment, with a repeated step and a wait marked.',
  alt: `A process map drawn as boxes joined by arrows, from top to bottom: ${steps.map(([, l]) => l.toLowerCase()).join(', then ')}. The second triage is marked as a repeated step and the letter waiting for a signature is marked as a wait. A key shows the symbols: a rounded box for the start or end, a box for a step, a diamond for a decision, a dashed orange box for rework, a red box for a wait, and an arrow for the flow.`,
};
