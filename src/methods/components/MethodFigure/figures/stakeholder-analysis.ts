import { colour, el, text, wrap, WIDTH } from '../svg';
import type { Figure } from '../types';

// The influence and interest grid, with the stakeholders the page's worked
// example places on it.
const L = 40;
const T = 8;
const S = WIDTH - L - 8; // the grid is square
const H = S / 2;
const quadrants = [
  { col: 0, row: 0, name: 'Keep satisfied', note: 'High influence, less interest', who: 'IT team' },
  { col: 1, row: 0, name: 'Manage closely', note: 'High influence, high interest', who: 'GPs, hospital consultants' },
  { col: 0, row: 1, name: 'Monitor', note: 'Less influence, less interest', who: '' },
  { col: 1, row: 1, name: 'Keep informed', note: 'Less influence, high interest', who: '' },
];
let body = '';
for (const q of quadrants) {
  const x = L + q.col * H;
  const y = T + q.row * H;
  const key = q.col === 1 && q.row === 0;
  body += el('rect', { x, y, width: H, height: H, fill: key ? colour.paleBlue : colour.white, stroke: colour.blue, 'stroke-width': 2 });
  body += text(x + 8, y + 20, wrap(q.name, H - 16), { weight: 'bold', fill: colour.darkBlue });
  body += text(x + 8, y + 56, wrap(q.note, H - 16), { fill: colour.darkGrey });
  if (q.who) body += text(x + 8, y + H - 30, wrap(q.who, H - 16), { weight: 'bold' });
}
// Axis titles: influence up the side, interest along the foot.
body += text(0, 0, 'Influence', { weight: 'bold', anchor: 'middle' }).replace('<text ', `<text transform="translate(16 ${T + H}) rotate(-90)" `);
body += text(L, T + S + 20, 'Less', { fill: colour.darkGrey }) + text(L + S, T + S + 20, 'More', { anchor: 'end', fill: colour.darkGrey });
body += text(L + H, T + S + 38, 'Interest', { weight: 'bold', anchor: 'middle' });

export const figure: Figure = {
  width: WIDTH,
  height: T + S + 46,
  body,
  caption: 'A stakeholder grid: influence against interest, and how to involve the people in each part.',
  alt: 'A stakeholder grid with influence up the side and interest along the foot, in four parts. High influence and high interest: manage closely (GPs and hospital consultants, in the virtual ward example). High influence, less interest: keep satisfied (the IT team). Less influence, high interest: keep informed. Less influence, less interest: monitor.',
};
