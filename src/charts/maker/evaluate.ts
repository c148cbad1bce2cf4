/**
 * Turns a chart's data and choices into everything the page shows: the
 * points in time order, the bad rows, and the run chart or SPC analysis from
 * the verified rules in ../rules/. Pure and fast (1,000 points in a few
 * milliseconds), so the page re-evaluates on every change. Reading the data
 * (read-data.ts) is apart, as the page needs it before this module loads.
 */
import { runChart, type RunChart } from '../rules/run-chart';
import { spc, type Spc } from '../rules/making-data-count';
import type { ChartDoc } from './model';
import { MIN_POINTS, keyIndex, readData, rowsRead, type ReadData, type RowsRead } from './read-data';

export interface Evaluated extends RowsRead {
  run: RunChart | null;
  spc: Spc | null;
  /** Recalculation points whose point is in the data (not the first), and the notes whose point is in the data, placed by index. */
  rebaseAt: number[];
  annotations: PlacedNote[];
}

/** A note on the point at index `at` in time order. */
export interface PlacedNote {
  at: number;
  text: string;
}

export function evaluate(doc: ChartDoc, read: ReadData = readData(doc.data)): Evaluated {
  const { points } = read;
  const values = points.map((p) => p.value);
  const n = values.length;
  const index = keyIndex(points);
  // Limits are recalculated from points still in the data, and never from the first.
  const rebaseAt = [...new Set(doc.rebaseAt.flatMap((key) => index.get(key) ?? []))].filter((i) => i > 0).sort((a, b) => a - b);
  const enough = n >= MIN_POINTS;
  return {
    ...rowsRead(read),
    run: enough && doc.kind === 'run' ? runChart(values, doc.baseline === null ? {} : { baseline: doc.baseline }) : null,
    spc:
      enough && doc.kind === 'spc'
        ? spc(values, { direction: doc.direction ?? 'neutral', rebaseAt, ...(doc.target === null ? {} : { target: doc.target }) })
        : null,
    rebaseAt,
    annotations: placeNotes(doc.annotations, index),
  };
}

/** The notes whose point is in the data, at that point's index. */
export function placeNotes(notes: ChartDoc['annotations'], index: ReadonlyMap<string, number>): PlacedNote[] {
  return notes.flatMap((a) => {
    const at = index.get(a.point);
    return at === undefined ? [] : [{ at, text: a.text }];
  });
}
