/**
 * A few helpers that write SVG markup as text, for the method figures.
 *
 * The figures are drawn at a fixed viewBox width and scaled to the column,
 * so text sizes are chosen for the narrowest screen: at 320 px wide the page
 * column is 288 px, and no text may render below 12 px there. Colours and
 * sizes are presentation attributes, never `style` (the CSP forbids inline
 * styles). Text is escaped; the markup is built only from our own data.
 */

/** The NHS identity colours the figures use (https://www.england.nhs.uk/nhsidentity/identity-guidelines/colours/). */
export const colour = {
  blue: '#005eb8',
  darkBlue: '#003087',
  lightBlue: '#41b6e6',
  paleBlue: '#e8f1fa',
  darkGreen: '#006747',
  green: '#007f3b',
  warmYellow: '#ffb81c',
  paleYellow: '#fff9e6',
  orange: '#ed8b00',
  red: '#d5281b',
  purple: '#330072',
  darkGrey: '#425563',
  midGrey: '#768692',
  paleGrey: '#e8edee',
  text: '#212b32',
  white: '#ffffff',
} as const;

/** The width of the page column on a 320 px screen. */
export const NARROWEST_COLUMN = 288;
/** The smallest text, in px, a figure may render on that screen. */
export const MIN_RENDERED_TEXT = 12;
/** Figures are drawn 300 units wide; text of 13 units renders at 12.5 px at 288 px. */
export const WIDTH = 300;
export const TEXT = 13;
export const SMALL_TEXT = 13;
export const LARGE_TEXT = 15;

export const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

type Attrs = Record<string, string | number | undefined>;

export function el(tag: string, attrs: Attrs, ...children: string[]): string {
  const a = Object.entries(attrs)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escape(String(typeof v === 'number' ? round(v) : v))}"`)
    .join('');
  return children.length ? `<${tag}${a}>${children.join('')}</${tag}>` : `<${tag}${a}/>`;
}

const round = (v: number) => Math.round(v * 100) / 100;

/** Splits text into lines of roughly `width` units at `size` (Arial averages about 0.55 em a character). */
export function wrap(text: string, width: number, size = TEXT): string[] {
  const perLine = Math.max(4, Math.floor(width / (size * 0.56)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && (line + ' ' + word).length > perLine) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

export interface TextOptions {
  size?: number;
  anchor?: 'start' | 'middle' | 'end';
  weight?: 'bold' | 'normal';
  fill?: string;
  /** Line height as a multiple of the size. */
  leading?: number;
}

/** Lines of text; y is the baseline of the first line. */
export function text(x: number, y: number, lines: string | string[], o: TextOptions = {}): string {
  const size = o.size ?? TEXT;
  const all = typeof lines === 'string' ? [lines] : lines;
  const lead = size * (o.leading ?? 1.25);
  return el(
    'text',
    { x, y, 'font-size': size, 'text-anchor': o.anchor ?? 'start', 'font-weight': o.weight === 'bold' ? 'bold' : undefined, fill: o.fill ?? colour.text },
    ...all.map((l, i) => el('tspan', { x, dy: i === 0 ? undefined : lead }, escape(l))),
  );
}

export interface BoxOptions extends TextOptions {
  stroke?: string;
  background?: string;
  padding?: number;
  radius?: number;
  dash?: string;
  strokeWidth?: number;
}

/** A box sized to its wrapped text. Returns the markup and the height it took. */
export function box(x: number, y: number, w: number, label: string, o: BoxOptions = {}): { svg: string; height: number } {
  const size = o.size ?? TEXT;
  const pad = o.padding ?? 8;
  const lines = wrap(label, w - 2 * pad, size);
  const lead = size * (o.leading ?? 1.25);
  const height = 2 * pad + size + (lines.length - 1) * lead;
  const anchor = o.anchor ?? 'middle';
  const tx = anchor === 'middle' ? x + w / 2 : anchor === 'start' ? x + pad : x + w - pad;
  return {
    height,
    svg:
      el('rect', {
        x,
        y,
        width: w,
        height,
        rx: o.radius ?? 4,
        fill: o.background ?? colour.white,
        stroke: o.stroke ?? colour.blue,
        'stroke-width': o.strokeWidth ?? 2,
        'stroke-dasharray': o.dash,
      }) + text(tx, y + pad + size * 0.85, lines, { ...o, size, anchor }),
  };
}

/** The arrowhead marker the figures' arrows use; ids are prefixed per figure. */
export function arrowMarker(id: string, fill: string = colour.darkGrey): string {
  return el(
    'defs',
    {},
    el('marker', { id, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto' }, el('path', { d: 'M0,0 L10,5 L0,10 z', fill })),
  );
}

export function arrow(x1: number, y1: number, x2: number, y2: number, marker: string, stroke: string = colour.darkGrey): string {
  return el('line', { x1, y1, x2, y2, stroke, 'stroke-width': 2, 'marker-end': `url(#${marker})` });
}

/** Boxes one under another, joined by arrows. */
export function column(
  x: number,
  y: number,
  w: number,
  labels: string[],
  marker: string,
  o: BoxOptions | ((i: number) => BoxOptions) = {},
  gap = 22,
): { svg: string; height: number } {
  let svg = '';
  let cursor = y;
  labels.forEach((label, i) => {
    if (i > 0) {
      svg += arrow(x + w / 2, cursor - gap, x + w / 2, cursor - 2, marker);
    }
    const b = box(x, cursor, w, label, typeof o === 'function' ? o(i) : o);
    svg += b.svg;
    cursor += b.height + gap;
  });
  return { svg, height: cursor - gap - y };
}
