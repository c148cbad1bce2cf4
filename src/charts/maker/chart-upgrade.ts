/**
 * Charts in the shapes older versions wrote, brought up to date.
 *
 * Version 1 kept each note by the position of its point (`at`, an index in
 * time order), and versions 1 and 2 kept each "recalculate the limits from
 * here" point the same way (`rebaseAt` as indices), so adding, removing or
 * sorting rows moved them to another point. Version 3 keeps both by the
 * point's date or label (pointKey). The upgrade works out that key from the
 * chart's own data, as the old version would have placed the mark; a
 * position past the last point was not shown then and is dropped, and so is
 * position 0 (limits cannot be recalculated from the first point). Used for
 * saved charts (the store's migrations), imported files and share links made
 * before the change; a chart already in the new shape passes through.
 */
import { pointKey, readData, type ReadData } from './read-data';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function upgradeChart(chart: unknown): unknown {
  if (!isRecord(chart) || typeof chart.data !== 'string') return chart;
  const old = (a: unknown): a is { at: number; text?: unknown } => isRecord(a) && typeof a.at === 'number' && !('point' in a);
  const oldNotes = Array.isArray(chart.annotations) && chart.annotations.some(old);
  const oldRebase = Array.isArray(chart.rebaseAt) && chart.rebaseAt.some((i) => typeof i === 'number');
  if (!oldNotes && !oldRebase) return chart;
  let read: ReadData | undefined;
  const points = () => (read ??= readData(chart.data as string)).points;
  const at = (i: number) => (Number.isInteger(i) ? points()[i] : undefined);
  const upgraded: Record<string, unknown> = { ...chart };
  if (oldNotes) {
    upgraded.annotations = (chart.annotations as unknown[]).flatMap((a) => {
      if (!old(a)) return [a];
      const p = at(a.at);
      return p ? [{ point: pointKey(p), text: a.text }] : [];
    });
  }
  if (oldRebase) {
    const keys = (chart.rebaseAt as unknown[]).flatMap((i) => {
      if (typeof i !== 'number') return [i];
      const p = i > 0 ? at(i) : undefined;
      return p ? [pointKey(p)] : [];
    });
    upgraded.rebaseAt = [...new Set(keys)];
  }
  return upgraded;
}
