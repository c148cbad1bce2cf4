/**
 * The data read from a chart's text: the points in time order, the bad rows
 * and the heading, and the key each note is kept by. Apart from the rules
 * (evaluate.ts), so the chart maker can list what it read, and a saved chart
 * can be upgraded, before the code that draws a chart has loaded.
 */
import { parsePasted, type BadRow, type ParsedPoint, type ParseResult } from '../data/parse';
import type { ChartDoc } from './model';

/** What the page lists about the data itself, before any rule is applied. */
export interface RowsRead {
  points: ParsedPoint[];
  bad: BadRow[];
  header: { label: string; value: string } | null;
  /** True when the rows were not in date order and have been put in order. */
  sorted: boolean;
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

/** The points, bad rows and heading from data already read. */
export function rowsRead({ parsed, points, sorted }: ReadData): RowsRead {
  return { points, bad: parsed.bad, header: parsed.header && { label: parsed.header.label, value: parsed.header.value }, sorted };
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
