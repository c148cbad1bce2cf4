/**
 * A saved chart: the data as the person gave it (text, one point a line, so
 * bad rows are kept and listed again rather than lost) and the choices that
 * shape the chart. The points are always worked out from `data` by the
 * parser, so a stored chart, an exported file and a share link hold the same
 * thing and are checked by the same schema.
 */
import { z } from 'astro/zod';

export const CHART_VERSION = 1;
/** Enough for several years of daily data; more would make share links unwieldy. */
export const MAX_DATA_CHARS = 200_000;

export const annotationSchema = z.object({
  /** Index of the point in chart order. */
  at: z.number().int().min(0),
  text: z.string().trim().min(1).max(80),
});

export const chartDocSchema = z.object({
  title: z.string().trim().min(1).max(120),
  kind: z.enum(['run', 'spc']),
  data: z.string().max(MAX_DATA_CHARS),
  /** The run chart median from the first n points; null for all points. */
  baseline: z.number().int().min(1).nullable(),
  direction: z.enum(['increase', 'decrease', 'neutral']),
  target: z.number().finite().nullable(),
  /** Points (chart-order indices) where the SPC limits are worked out again. */
  rebaseAt: z.array(z.number().int().min(1)).max(50),
  annotations: z.array(annotationSchema).max(50),
});

export type ChartDoc = z.infer<typeof chartDocSchema>;
export type Annotation = z.infer<typeof annotationSchema>;

export function blankChart(title = 'Untitled chart'): ChartDoc {
  return { title, kind: 'run', data: '', baseline: null, direction: 'increase', target: null, rebaseAt: [], annotations: [] };
}
