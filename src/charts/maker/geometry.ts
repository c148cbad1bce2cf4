/**
 * Where things go on the chart: the value axis with round ticks, x positions
 * by point, and path data for lines. Pure, so it can be tested and timed
 * without a browser.
 */
export const WIDTH = 800;
export const HEIGHT = 420;
// Left: room for the first date label, slanted down to the left from the first point ("28 May 2008" needs about 64).
export const MARGIN = { top: 36, right: 16, bottom: 64, left: 76 };

export interface Scale {
  min: number;
  max: number;
  ticks: number[];
  y: (value: number) => number;
  x: (index: number) => number;
}

/** Round tick values covering [lo, hi]: steps of 1, 2 or 5 times a power of ten. */
export function niceTicks(lo: number, hi: number, count = 6): number[] {
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return [0];
  // A span too small to step through (or none) is widened around its middle.
  if (!(hi - lo > Math.max(Math.abs(lo), Math.abs(hi), 1e-12) * 1e-9)) {
    const pad = Math.abs(lo) * 0.1 > 1e-12 ? Math.abs(lo) * 0.1 : 1;
    lo -= pad;
    hi += pad;
  }
  const raw = (hi - lo) / Math.max(count - 1, 1);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  let start = Math.floor(lo / step) * step;
  if (start > lo) start -= step; // lo / step can round to 0 for the tiniest numbers
  const ticks: number[] = [];
  for (let k = 0; k < 100; k++) {
    const t = Number((start + k * step).toPrecision(12));
    ticks.push(t);
    if (ticks.length >= 2 && t >= hi - step * 1e-9) break;
  }
  return ticks;
}

/** The scale for n points whose values and lines span `extent` (NaN and infinities ignored). */
export function makeScale(n: number, extent: readonly number[]): Scale {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of extent) if (Number.isFinite(v)) (lo = Math.min(lo, v)), (hi = Math.max(hi, v));
  if (lo > hi) (lo = 0), (hi = 1);
  // Near the largest double a span overflows (1e308 - -1e308 is Infinity), so the axis is
  // worked out on values divided by a power of two that brings them near 1 (exact in
  // binary), and the ticks scaled back; one that would overflow on the way back is not labelled.
  const big = Math.max(Math.abs(lo), Math.abs(hi));
  const unit = big > 1e300 ? 2 ** Math.min(1023, Math.floor(Math.log2(big))) : 1;
  const scaled = niceTicks(lo / unit, hi / unit);
  const min = scaled[0]!;
  const max = scaled[scaled.length - 1]!;
  const plotW = WIDTH - MARGIN.left - MARGIN.right;
  const plotH = HEIGHT - MARGIN.top - MARGIN.bottom;
  const stepX = n > 1 ? plotW / (n - 1) : 0;
  const ticks = scaled.map((t) => t * unit).filter(Number.isFinite);
  return {
    min: ticks[0]!,
    max: ticks[ticks.length - 1]!,
    ticks,
    y: (v) => MARGIN.top + plotH - ((v / unit - min) / (max - min || 1)) * plotH,
    x: (i) => MARGIN.left + (n > 1 ? i * stepX : plotW / 2),
  };
}

const r = (v: number) => Math.round(v * 10) / 10;

/** SVG path data through the points, in order. */
export function linePath(scale: Scale, values: readonly number[], offset = 0): string {
  let d = '';
  for (let i = 0; i < values.length; i++) d += `${i ? 'L' : 'M'}${r(scale.x(i + offset))} ${r(scale.y(values[i]!))}`;
  return d;
}

/** A horizontal segment from point `start` to point `end` at `value` (nothing when the value is not finite). */
export function hLine(scale: Scale, start: number, end: number, value: number): string {
  if (!Number.isFinite(value)) return '';
  const y = r(scale.y(value));
  return `M${r(scale.x(start))} ${y}H${r(scale.x(end))}`;
}

/** Which points get an x-axis label: about `wanted` of them, evenly spaced, always the first and last. */
export function labelledIndices(n: number, wanted = 8): number[] {
  if (n <= wanted) return Array.from({ length: n }, (_, i) => i);
  const step = Math.ceil((n - 1) / (wanted - 1));
  const out: number[] = [];
  for (let i = 0; i < n - 1; i += step) out.push(i);
  if (n - 1 - out[out.length - 1]! < step / 2) out.pop();
  out.push(n - 1);
  return out;
}

export type MarkShape = 'circle' | 'square' | 'triangle';

/**
 * Path data for many point marks of one shape: one path element for all of
 * them, so a chart of 1,000 points adds a handful of elements, not 1,000.
 */
export function marksPath(shape: MarkShape, centres: readonly { x: number; y: number }[], size: number): string {
  let d = '';
  for (const c of centres) {
    const x = r(c.x);
    const y = r(c.y);
    if (shape === 'square') d += `M${r(x - size)} ${r(y - size)}h${r(2 * size)}v${r(2 * size)}h${r(-2 * size)}Z`;
    else if (shape === 'triangle') d += `M${x} ${r(y - size * 1.3)}l${r(size * 1.2)} ${r(size * 2.3)}h${r(-size * 2.4)}Z`;
    else d += `M${r(x - size)} ${y}a${size} ${size} 0 1 0 ${r(2 * size)} 0a${size} ${size} 0 1 0 ${r(-2 * size)} 0`;
  }
  return d;
}
