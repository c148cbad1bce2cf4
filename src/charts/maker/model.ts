/**
 * A saved chart: the data as the person gave it (text, one point a line, so
 * bad rows are kept and listed again rather than lost) and the choices that
 * shape the chart. The points are always worked out from `data` by the
 * parser, so a stored chart, an exported file and a share link hold the same
 * thing and pass the same check.
 *
 * The check is written by hand, not with zod: zod/mini alone would be about
 * a third of the page's 15 KB JavaScript budget. tests/unit/charts/model.test.ts
 * holds the same shape as a zod/mini schema and requires the same verdict and
 * the same cleaned value from both, over valid, invalid and random input.
 */
import type { Checked } from '../../storage/documents';

/**
 * 2: notes are kept by their point's date or label, not its position;
 * 3: so are the points the limits are recalculated from (see chart-upgrade.ts).
 */
export const CHART_VERSION = 3;
/** Enough for several years of daily data; more would make share links unwieldy. */
export const MAX_DATA_CHARS = 200_000;
export const MAX_TITLE = 120;
export const MAX_NOTE = 80;
export const MAX_MARKS = 50;

import type { Direction } from '../rules/making-data-count';
export type { Direction };

export interface Annotation {
  /**
   * The point's date (ISO) or, without one, its label, as pointKey() gives
   * it: the note stays on its point when rows are added, removed or sorted.
   */
  point: string;
  text: string;
}

export interface ChartDoc {
  title: string;
  kind: 'run' | 'spc';
  data: string;
  /** The run chart median from the first n points; null for all points. */
  baseline: number | null;
  /** Which way is better; null until the person says (special causes are shown as neutral until then). */
  direction: Direction | null;
  target: number | null;
  /** The points (by date or label, as pointKey() gives it) from which the SPC limits are worked out again. */
  rebaseAt: string[];
  annotations: Annotation[];
}

/** The name a chart has until the person gives it one. */
export const UNTITLED = 'Untitled chart';

export function blankChart(title = UNTITLED): ChartDoc {
  return { title, kind: 'run', data: '', baseline: null, direction: null, target: null, rebaseAt: [], annotations: [] };
}

const isInt = (v: unknown, min: number): v is number => typeof v === 'number' && Number.isInteger(v) && v >= min;
const text = (v: unknown, max: number): string | null => {
  if (typeof v !== 'string') return null;
  const t = v.trim();
  return t.length >= 1 && t.length <= max ? t : null;
};

/** Accepts a chart exactly as the reference schema does, trimming the title and notes. */
export function checkChart(value: unknown): Checked<ChartDoc> {
  const problems: string[] = [];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, problems: ['not an object'] };
  const o = value as Record<string, unknown>;
  const title = text(o.title, MAX_TITLE);
  if (title === null) problems.push('title');
  if (o.kind !== 'run' && o.kind !== 'spc') problems.push('kind');
  if (typeof o.data !== 'string' || o.data.length > MAX_DATA_CHARS) problems.push('data');
  if (o.baseline !== null && !isInt(o.baseline, 1)) problems.push('baseline');
  if (o.direction !== null && o.direction !== 'increase' && o.direction !== 'decrease' && o.direction !== 'neutral') problems.push('direction');
  if (o.target !== null && !(typeof o.target === 'number' && Number.isFinite(o.target))) problems.push('target');
  if (!Array.isArray(o.rebaseAt) || o.rebaseAt.length > MAX_MARKS || !o.rebaseAt.every((k) => typeof k === 'string' && k !== '' && k.length <= MAX_DATA_CHARS)) {
    problems.push('rebaseAt');
  }
  const annotations: Annotation[] = [];
  if (!Array.isArray(o.annotations) || o.annotations.length > MAX_MARKS) problems.push('annotations');
  else
    o.annotations.forEach((a: unknown, k) => {
      const point = (a as { point?: unknown } | null)?.point;
      const note = typeof a === 'object' && a !== null && !Array.isArray(a) ? text((a as { text?: unknown }).text, MAX_NOTE) : null;
      if (typeof point !== 'string' || point === '' || point.length > MAX_DATA_CHARS || note === null) problems.push(`annotations.${k}`);
      else annotations.push({ point, text: note });
    });
  if (problems.length) return { ok: false, problems };
  return {
    ok: true,
    value: {
      title: title!,
      kind: o.kind as ChartDoc['kind'],
      data: o.data as string,
      baseline: o.baseline as number | null,
      direction: o.direction as Direction | null,
      target: o.target as number | null,
      rebaseAt: [...(o.rebaseAt as string[])],
      annotations,
    },
  };
}

/** The chart, checked; throws on a chart this code built wrongly (a bug, not bad input). */
export function validChart(value: unknown): ChartDoc {
  const read = checkChart(value);
  if (!read.ok) throw new Error(`Not a valid chart: ${read.problems.join(', ')}`);
  return read.value;
}
