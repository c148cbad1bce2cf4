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
  return evaluator()(doc, read);
}

/**
 * evaluate(), remembering its last answer part by part: a part whose inputs
 * are the same as last time (the same read data, and the same choices that
 * part depends on, compared with ===: a chart's lists are new arrays only when
 * changed) is the same object again. So a note or a new title does not run
 * the rules again, and the page can skip redrawing what those parts show.
 * One per chart maker.
 */
export function evaluator(): (doc: ChartDoc, read?: ReadData) => Evaluated {
  const values = remember((points: ReadData['points']) => points.map((p) => p.value));
  const rows = remember(rowsRead);
  const run = remember((v: number[], baseline: number | null) => runChart(v, baseline === null ? {} : { baseline }));
  const spcOf = remember((v: number[], direction: ChartDoc['direction'], target: number | null, rebaseAt: number[]) =>
    spc(v, { direction: direction ?? 'neutral', rebaseAt, ...(target === null ? {} : { target }) }),
  );
  const rebase = remember((keys: readonly string[], index: ReadonlyMap<string, number>) =>
    // Limits are recalculated from points still in the data, and never from the first.
    [...new Set(keys.flatMap((key) => index.get(key) ?? []))].filter((i) => i > 0).sort((a, b) => a - b),
  );
  const notes = remember(placeNotes);
  return (doc, read = readData(doc.data)) => {
    const v = values(read.points);
    const index = keyIndex(read.points);
    const rebaseAt = rebase(doc.rebaseAt, index);
    const enough = v.length >= MIN_POINTS;
    return {
      ...rows(read),
      run: enough && doc.kind === 'run' ? run(v, doc.baseline) : null,
      spc: enough && doc.kind === 'spc' ? spcOf(v, doc.direction, doc.target, rebaseAt) : null,
      rebaseAt,
      annotations: notes(doc.annotations, index),
    };
  };
}

/** `f`, giving its last answer again while its arguments are the same (===) as last time. */
function remember<A extends unknown[], R>(f: (...args: A) => R): (...args: A) => R {
  let last: { args: A; value: R } | null = null;
  return (...args) => {
    if (last && args.length === last.args.length && args.every((a, i) => a === last!.args[i])) return last.value;
    last = { args, value: f(...args) };
    return last.value;
  };
}

/** The notes whose point is in the data, at that point's index. */
export function placeNotes(notes: ChartDoc['annotations'], index: ReadonlyMap<string, number>): PlacedNote[] {
  return notes.flatMap((a) => {
    const at = index.get(a.point);
    return at === undefined ? [] : [{ at, text: a.text }];
  });
}
