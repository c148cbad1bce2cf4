/**
 * A small time-series chart for the method figures (run chart, SPC chart,
 * demand and capacity): a line of points, horizontal reference lines, point
 * markers that differ in shape as well as colour, annotations and a key.
 */
import { colour, el, escape, text, SMALL_TEXT, TEXT, WIDTH } from './svg';

export type Shape = 'circle' | 'diamond' | 'square' | 'triangle';

export interface PointStyle {
  shape: Shape;
  fill: string;
  size?: number;
}

export interface Segment {
  from: number;
  to: number;
  value: number;
}

export interface RefLine {
  segments: Segment[];
  colour: string;
  dash?: string;
  label: string;
}

export interface Series {
  values: number[];
  colour: string;
  label: string;
  dash?: string;
  /** How each point is marked; none draws a plain line. */
  point?: (i: number) => PointStyle | undefined;
}

export interface KeyEntry {
  label: string;
  colour: string;
  line?: { dash?: string };
  point?: PointStyle;
}

export interface ChartSpec {
  xLabels: string[];
  /** Which x labels to print (the rest are in the table). */
  showX: (i: number) => boolean;
  yTicks: number[];
  yTitle: string;
  xTitle: string;
  series: Series[];
  lines?: RefLine[];
  annotations?: { index: number; label: string }[];
  key: KeyEntry[];
}

const LEFT = 38;
const RIGHT = WIDTH - 8;
const TOP = 24;
const PLOT_HEIGHT = 150;

export function marker(x: number, y: number, s: PointStyle): string {
  const r = s.size ?? 3.5;
  const stroke = { stroke: colour.white, 'stroke-width': 1 };
  switch (s.shape) {
    case 'circle':
      return el('circle', { cx: x, cy: y, r, fill: s.fill, ...stroke });
    case 'square':
      return el('rect', { x: x - r, y: y - r, width: 2 * r, height: 2 * r, fill: s.fill, ...stroke });
    case 'diamond':
      return el('path', { d: `M${x},${y - r * 1.4} L${x + r * 1.4},${y} L${x},${y + r * 1.4} L${x - r * 1.4},${y} z`, fill: s.fill, ...stroke });
    case 'triangle':
      return el('path', { d: `M${x},${y - r * 1.4} L${x + r * 1.3},${y + r} L${x - r * 1.3},${y + r} z`, fill: s.fill, ...stroke });
  }
}

/** Draws the chart; returns the markup and its height. */
export function timeChart(spec: ChartSpec): { svg: string; height: number } {
  const n = spec.xLabels.length;
  const min = spec.yTicks[0]!;
  const max = spec.yTicks[spec.yTicks.length - 1]!;
  const x = (i: number) => LEFT + 6 + (i * (RIGHT - LEFT - 12)) / Math.max(n - 1, 1);
  const y = (v: number) => TOP + PLOT_HEIGHT - ((v - min) / (max - min)) * PLOT_HEIGHT;
  const half = (RIGHT - LEFT - 12) / Math.max(n - 1, 1) / 2;
  let svg = text(4, 13, spec.yTitle, { size: SMALL_TEXT, weight: 'bold' });

  // Axes and gridlines.
  for (const t of spec.yTicks) {
    svg += el('line', { x1: LEFT, x2: RIGHT, y1: y(t), y2: y(t), stroke: colour.paleGrey, 'stroke-width': 1 });
    svg += text(LEFT - 4, y(t) + 4, String(t), { size: SMALL_TEXT, anchor: 'end', fill: colour.darkGrey });
  }
  svg += el('line', { x1: LEFT, x2: LEFT, y1: TOP, y2: TOP + PLOT_HEIGHT, stroke: colour.darkGrey, 'stroke-width': 1 });
  svg += el('line', { x1: LEFT, x2: RIGHT, y1: TOP + PLOT_HEIGHT, y2: TOP + PLOT_HEIGHT, stroke: colour.darkGrey, 'stroke-width': 1 });
  spec.xLabels.forEach((label, i) => {
    if (!spec.showX(i)) return;
    svg += el('line', { x1: x(i), x2: x(i), y1: TOP + PLOT_HEIGHT, y2: TOP + PLOT_HEIGHT + 4, stroke: colour.darkGrey });
    svg += text(x(i), TOP + PLOT_HEIGHT + 18, label, { size: SMALL_TEXT, anchor: 'middle', fill: colour.darkGrey });
  });

  svg += text((LEFT + RIGHT) / 2, TOP + PLOT_HEIGHT + 36, spec.xTitle, { size: SMALL_TEXT, anchor: 'middle', weight: 'bold' });

  for (const a of spec.annotations ?? []) {
    const ax = x(a.index) - half;
    svg += el('line', { x1: ax, x2: ax, y1: TOP - 4, y2: TOP + PLOT_HEIGHT, stroke: colour.purple, 'stroke-width': 1.5, 'stroke-dasharray': '2 3' });
    svg += text(ax + 4, TOP + 8, a.label, { size: SMALL_TEXT, fill: colour.purple });
  }

  for (const line of spec.lines ?? []) {
    for (const s of line.segments) {
      svg += el('line', {
        x1: x(s.from) - (s.from === 0 ? 0 : half),
        x2: x(s.to) + (s.to === n - 1 ? 0 : half),
        y1: y(s.value),
        y2: y(s.value),
        stroke: line.colour,
        'stroke-width': 2,
        'stroke-dasharray': line.dash,
      });
    }
  }

  for (const s of spec.series) {
    svg += el('polyline', {
      points: s.values.map((v, i) => `${Math.round(x(i) * 100) / 100},${Math.round(y(v) * 100) / 100}`).join(' '),
      fill: 'none',
      stroke: s.colour,
      'stroke-width': 2,
      'stroke-dasharray': s.dash,
    });
    if (s.point) s.values.forEach((v, i) => {
      const p = s.point!(i);
      if (p) svg += marker(x(i), y(v), p);
    });
  }

  // The key, one entry a line so it fits a phone.
  let ky = TOP + PLOT_HEIGHT + 62;
  for (const k of spec.key) {
    if (k.line) svg += el('line', { x1: LEFT, x2: LEFT + 26, y1: ky - 4, y2: ky - 4, stroke: k.colour, 'stroke-width': 2, 'stroke-dasharray': k.line.dash });
    if (k.point) svg += marker(LEFT + 13, ky - 4, k.point);
    svg += text(LEFT + 34, ky, k.label, { size: TEXT });
    ky += 20;
  }
  return { svg, height: ky - 6 };
}

/** Horizontal segments for a value that holds over runs of points (a period's mean or limits). */
export function segmentsOf(values: readonly number[]): Segment[] {
  const out: Segment[] = [];
  values.forEach((value, i) => {
    const last = out[out.length - 1];
    if (last && last.value === value && last.to === i - 1) last.to = i;
    else out.push({ from: i, to: i, value });
  });
  return out;
}

export { escape };
