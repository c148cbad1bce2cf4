/**
 * Charts in the shape version 1 wrote: each note held the position of its
 * point (`at`, an index in time order), so adding, removing or sorting rows
 * moved it to another point. Version 2 keeps a note by its point's date or
 * label (pointKey). The upgrade works out that key from the chart's own data,
 * as version 1 would have placed the note; a note whose position was past the
 * last point was not shown then and is dropped. Used for saved charts (the
 * store's migration from version 1), imported files and share links made
 * before the change; a chart already in the new shape passes through.
 */
import { pointKey, readData } from './evaluate';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function upgradeNotes(chart: unknown): unknown {
  if (!isRecord(chart) || typeof chart.data !== 'string' || !Array.isArray(chart.annotations)) return chart;
  const old = (a: unknown): a is { at: number; text?: unknown } => isRecord(a) && typeof a.at === 'number' && !('point' in a);
  if (!chart.annotations.some(old)) return chart;
  const { points } = readData(chart.data);
  const annotations = chart.annotations.flatMap((a) => {
    if (!old(a)) return [a];
    const p = Number.isInteger(a.at) ? points[a.at] : undefined;
    return p ? [{ point: pointKey(p), text: a.text }] : [];
  });
  return { ...chart, annotations };
}
