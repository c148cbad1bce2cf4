import { arrowMarker, box, colour, el, WIDTH } from '../svg';
import type { Figure } from '../types';

// One turn in an action learning set, as the page describes it.
const steps = ['A member presents an issue', 'The group asks open questions, not advice', 'The presenter agrees an action', 'They take the action at work', 'They report back next time'];
const M = 'als-arrow';
const cx = WIDTH / 2;
const cy = 150;
const R = 108;
const W = 104;
const angle = (i: number) => -Math.PI / 2 + (i * 2 * Math.PI) / steps.length;
let body = arrowMarker(M);
// Place the boxes, then draw the ring as arcs that start and end clear of them.
const boxes = steps.map((s, i) => {
  const o = { background: i === 0 ? colour.darkBlue : colour.paleBlue, fill: i === 0 ? colour.white : colour.text };
  const h = box(0, 0, W, s, o).height;
  const x = Math.min(Math.max(cx + R * Math.cos(angle(i)) - W / 2, 4), WIDTH - W - 4);
  const y = cy + R * Math.sin(angle(i)) - h / 2;
  return { x, y, h, svg: box(x, y, W, s, o).svg };
});
const at = (a: number) => [cx + R * Math.cos(a), cy + R * Math.sin(a)] as const;
const inside = (a: number, b: (typeof boxes)[number]) => {
  const [px, py] = at(a);
  return px > b.x - 6 && px < b.x + W + 6 && py > b.y - 6 && py < b.y + b.h + 6;
};
const p = (a: number) => at(a).map((v) => Math.round(v * 100) / 100).join(',');
steps.forEach((_, i) => {
  let a0 = angle(i);
  while (inside(a0, boxes[i]!)) a0 += 0.01;
  let a1 = angle(i + 1);
  while (inside(a1, boxes[(i + 1) % steps.length]!)) a1 -= 0.01;
  body += el('path', { d: `M${p(a0)} A${R},${R} 0 0 1 ${p(a1)}`, fill: 'none', stroke: colour.darkGrey, 'stroke-width': 2, 'marker-end': `url(#${M})` });
});
body += boxes.map((b) => b.svg).join('');

export const figure: Figure = {
  width: WIDTH,
  height: cy + R + 40,
  body,
  caption: 'An action learning set: each member’s turn goes round a cycle, from an issue to action and back to the group.',
  alt: `A cycle of five steps for each member of an action learning set of six to eight people who meet regularly: ${steps.map((s) => s.toLowerCase()).join(', then ')}, and round again.`,
};
