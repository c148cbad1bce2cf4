/**
 * Blank diagrams for the printable templates, drawn with the method figures'
 * SVG helpers: large empty shapes to write in.
 */
import { colour, el, text } from '../components/MethodFigure/svg';
import type { DiagramSection } from './catalogue';

export interface Drawing {
  width: number;
  height: number;
  body: string;
  alt: string;
}

const blank = (x: number, y: number, w: number, h: number, stroke: string = colour.blue, dash?: string) =>
  el('rect', { x, y, width: w, height: h, rx: 4, fill: colour.white, stroke, 'stroke-width': 2, 'stroke-dasharray': dash });

function driverDiagram(): Drawing {
  const W = 720;
  const columns = ['Aim', 'Primary drivers', 'Secondary drivers', 'Change ideas'];
  const cw = (W - 16 - 3 * 16) / 4;
  let body = '';
  columns.forEach((c, i) => {
    const x = 8 + i * (cw + 16);
    body += text(x, 20, c, { weight: 'bold', fill: colour.darkBlue, size: 16 });
    const boxes = i === 0 ? 1 : i === 1 ? 3 : 6;
    const h = i === 0 ? 120 : (420 - (boxes - 1) * 12) / boxes;
    for (let b = 0; b < boxes; b++) body += blank(x, i === 0 ? 180 : 32 + b * (h + 12), cw, h, i === 3 ? colour.green : colour.blue, i === 3 ? '6 4' : undefined);
  });
  return { width: W, height: 460, body, alt: 'A blank driver diagram: one box for the aim, three for primary drivers, six for secondary drivers and six for change ideas, in four columns from left to right.' };
}

function fishbone(): Drawing {
  const W = 720;
  const H = 420;
  const spineY = H / 2;
  let body = el('line', { x1: 20, y1: spineY, x2: W - 170, y2: spineY, stroke: colour.darkGrey, 'stroke-width': 4 });
  body += blank(W - 160, spineY - 60, 152, 120, colour.darkBlue);
  body += text(W - 152, spineY - 38, 'Effect', { weight: 'bold', fill: colour.darkBlue });
  for (let i = 0; i < 3; i++) {
    const x = 80 + i * 170;
    for (const up of [true, false]) {
      const y = up ? 40 : H - 40;
      body += el('line', { x1: x, y1: y, x2: x + 90, y2: spineY, stroke: colour.blue, 'stroke-width': 3 });
      body += el('rect', { x: x - 60, y: up ? y - 34 : y + 4, width: 120, height: 30, rx: 4, fill: colour.paleBlue, stroke: colour.blue, 'stroke-width': 1.5 });
    }
  }
  return { width: W, height: H, body, alt: 'A blank fishbone diagram: a box for the effect at the head, a long spine, and six bones, three above and three below, each with a box for the name of a group of causes.' };
}

/** The stakeholder grid's squares, high influence first and low interest first: the drawing and the Word document share them. */
export const stakeholderSquares = {
  rows: ['High influence', 'Low influence'],
  columns: ['Low interest', 'High interest'],
  names: [
    ['Keep satisfied', 'Manage closely'],
    ['Monitor', 'Keep informed'],
  ],
} as const;

function stakeholderGrid(): Drawing {
  const S = 520;
  const L = 44;
  const H = S / 2;
  let body = '';
  const names = stakeholderSquares.names;
  for (let r = 0; r < 2; r++)
    for (let c = 0; c < 2; c++) {
      body += el('rect', { x: L + c * H, y: 8 + r * H, width: H, height: H, fill: colour.white, stroke: colour.blue, 'stroke-width': 2 });
      body += text(L + c * H + 10, 8 + r * H + 24, names[r]![c]!, { weight: 'bold', fill: colour.darkBlue, size: 15 });
    }
  body += text(0, 0, 'Influence (low to high)', { weight: 'bold', anchor: 'middle', size: 15 }).replace('<text ', `<text transform="translate(22 ${8 + H}) rotate(-90)" `);
  body += text(L + H, 8 + S + 28, 'Interest (low to high)', { weight: 'bold', anchor: 'middle', size: 15 });
  return { width: L + S + 8, height: S + 44, body, alt: 'A blank stakeholder grid of four squares: influence from low to high up the side and interest from low to high along the foot. The squares are labelled keep satisfied (high influence, low interest), manage closely (high influence, high interest), monitor (low influence, low interest) and keep informed (low influence, high interest).' };
}

function processSymbols(): Drawing {
  const W = 640;
  const items: [string, string][] = [
    ['terminal', 'Start or end'],
    ['step', 'A step'],
    ['decision', 'A decision'],
    ['wait', 'A wait'],
  ];
  let body = '';
  items.forEach(([kind, label], i) => {
    const x = 8 + i * 158;
    const base = { fill: colour.white, stroke: colour.blue, 'stroke-width': 2 };
    if (kind === 'terminal') body += el('rect', { x, y: 8, width: 90, height: 36, rx: 18, ...base });
    else if (kind === 'decision') body += el('path', { d: `M${x + 45},4 L${x + 90},26 L${x + 45},48 L${x},26 z`, ...base });
    else if (kind === 'wait') body += el('rect', { x, y: 8, width: 90, height: 36, ...base, stroke: colour.red, 'stroke-width': 3 });
    else body += el('rect', { x, y: 8, width: 90, height: 36, ...base });
    body += text(x, 70, label, { size: 14 });
  });
  return { width: W, height: 80, body, alt: 'Process map symbols: a rounded box for the start or end, a box for a step, a diamond for a decision, and a red box for a wait.' };
}

export function drawing(d: DiagramSection['diagram']): Drawing {
  switch (d) {
    case 'driver-diagram':
      return driverDiagram();
    case 'fishbone':
      return fishbone();
    case 'stakeholder-grid':
      return stakeholderGrid();
    case 'process-symbols':
      return processSymbols();
  }
}
