/**
 * Turns a chart's data and choices into everything the page shows: the
 * points in time order, the bad rows, and the run chart or SPC analysis from
 * the verified rules in ../rules/. Pure and fast (1,000 points in a few
 * milliseconds), so the page re-evaluates on every change.
 */
import { parsePasted, type BadRow, type ParsedPoint, type ParseResult } from '../data/parse';
import { runChart, type RunChart } from '../rules/run-chart';
import { spc, type Spc } from '../rules/making-data-count';
import type { ChartDoc } from './model';

export interface Evaluated {
  points: ParsedPoint[];
  bad: BadRow[];
  header: { label: string; value: string } | null;
  /** True when the rows were not in date order and have been put in order. */
  sorted: boolean;
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

/** What a note is kept by: the point's date, or its label when it has no date. */
export const pointKey = (p: Pick<ParsedPoint, 'label' | 'date'>): string => p.date ?? p.label;

/** Indexes already made, by points array: the page asks for the same points' index several times per change (evaluating, and listing notes and recalculation points). */
const indexes = new WeakMap<readonly ParsedPoint[], Map<string, number>>();

/** Where each point key first comes in time order (a label given twice keeps its notes on the first). Kept per points array, which is never changed once read. */
export function keyIndex(points: readonly ParsedPoint[]): ReadonlyMap<string, number> {
  const known = indexes.get(points);
  if (known) return known;
  const index = new Map<string, number>();
  points.forEach((p, i) => {
    const key = pointKey(p);
    if (!index.has(key)) index.set(key, i);
  });
  indexes.set(points, index);
  return index;
}

/** Points in time order: by date when every point has one (as NHSRplotthedots sorts), else as given. */
export function inTimeOrder(points: readonly ParsedPoint[]): { points: ParsedPoint[]; sorted: boolean } {
  if (points.length === 0 || !points.every((p) => p.date)) return { points: [...points], sorted: false };
  const ordered = [...points].sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : a.line - b.line));
  return { points: ordered, sorted: ordered.some((p, i) => p !== points[i]) };
}

/** The fewest points a chart is drawn from. */
export const MIN_POINTS = 2;

export interface ReadData {
  parsed: ParseResult;
  points: ParsedPoint[];
  sorted: boolean;
}

/** The data read and put in time order: the part of evaluating that depends only on the text, so the page can keep it while other choices change. */
export function readData(data: string): ReadData {
  const parsed = parsePasted(data);
  return { parsed, ...inTimeOrder(parsed.points) };
}

export function evaluate(doc: ChartDoc, read: ReadData = readData(doc.data)): Evaluated {
  const { parsed, points, sorted } = read;
  const values = points.map((p) => p.value);
  const n = values.length;
  const index = keyIndex(points);
  // Limits are recalculated from points still in the data, and never from the first.
  const rebaseAt = [...new Set(doc.rebaseAt.flatMap((key) => index.get(key) ?? []))].filter((i) => i > 0).sort((a, b) => a - b);
  const enough = n >= MIN_POINTS;
  return {
    points,
    bad: parsed.bad,
    header: parsed.header && { label: parsed.header.label, value: parsed.header.value },
    sorted,
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

/** Notes from a file's third column as chart notes, on the points of their lines (notes on other lines, such as the heading, are left out). */
export function notesToAnnotations(points: readonly ParsedPoint[], notes: readonly { line: number; text: string }[]): ChartDoc['annotations'] {
  const byLine = new Map(points.map((p) => [p.line, p]));
  return notes
    .flatMap((n) => {
      const p = byLine.get(n.line);
      const text = n.text.slice(0, 80).trim();
      return p === undefined || text === '' ? [] : [{ point: pointKey(p), text }];
    })
    .slice(0, 50);
}
