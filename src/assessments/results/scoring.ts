/**
 * Scores for a self-assessment: totals, per-section scores, weakest and
 * strongest items. Pure functions over the
 * instrument's shape and an answer map, so the page, the island, export and
 * the team view all score the same way.
 */
import type { AnswerMap } from '../../schemas/answers-core';
import type { Instrument } from '../instrument';

export interface ItemScore {
  id: string;
  text: string;
  section: string;
  value: number;
}

export interface Score {
  /** Items with a value. */
  answered: number;
  /** Items in the instrument (or section). */
  count: number;
  /** Sum of the values given. */
  total: number;
  /** Highest total possible with every item answered. */
  max: number;
  /** Lowest total possible with every item answered (0 on a 0–5 scale, the item count on a 1–5 scale). */
  min: number;
  /**
   * How far along the scale the answered items sit, 0 to 100: 0 when every
   * answer is the lowest point, 100 when every answer is the highest. Null
   * with nothing answered. Comparable across sections of different sizes.
   */
  percent: number | null;
}

export interface SectionScore extends Score {
  id: string;
  title: string;
}

export interface InstrumentScore extends Score {
  sections: SectionScore[];
  /** Every item answered. */
  complete: boolean;
  /** The answered items (values on the scale), in the instrument's order. */
  items: ItemScore[];
  /** The lowest-scoring answered items, lowest first (never items at the top of the scale). */
  weakest: ItemScore[];
  /** The highest-scoring answered items, highest first (never items at the bottom of the scale). */
  strongest: ItemScore[];
}

export const scaleRange = (shape: Instrument) => {
  const values = shape.scale.points.map((p) => p.value);
  return { lo: Math.min(...values), hi: Math.max(...values) };
};

const allowedValue = (shape: Instrument) => {
  const allowed = new Set(shape.scale.points.map((p) => p.value));
  return (v: unknown): v is number => typeof v === 'number' && allowed.has(v);
};

function scoreOf(values: number[], count: number, lo: number, hi: number): Score {
  const total = values.reduce((a, b) => a + b, 0);
  const span = hi - lo;
  const percent = values.length && span > 0 ? Math.round((100 * (total - lo * values.length)) / (span * values.length)) : null;
  return { answered: values.length, count, total, max: hi * count, min: lo * count, percent };
}

/** Scores an answer map against an instrument. Values not on the scale and unknown items are ignored. */
export function scoreAnswers(shape: Instrument, answers: AnswerMap, limit = 3): InstrumentScore {
  const { lo, hi } = scaleRange(shape);
  const ok = allowedValue(shape);
  const items: ItemScore[] = [];
  const sections: SectionScore[] = shape.sections.map((section) => {
    const values: number[] = [];
    for (const item of section.items) {
      const value = answers[item.id]?.value;
      if (!ok(value)) continue;
      values.push(value);
      items.push({ id: item.id, text: item.text, section: section.id, value });
    }
    return { id: section.id, title: section.title, ...scoreOf(values, section.items.length, lo, hi) };
  });
  const count = sections.reduce((n, s) => n + s.count, 0);
  const overall = scoreOf(items.map((i) => i.value), count, lo, hi);
  // A stable sort keeps the instrument's order among equal values.
  const weakest = items.filter((i) => i.value < hi).sort((a, b) => a.value - b.value).slice(0, limit);
  const strongest = items.filter((i) => i.value > lo).sort((a, b) => b.value - a.value).slice(0, limit);
  return { ...overall, sections, complete: overall.answered === count && count > 0, items, weakest, strongest };
}

/** An item's short label for a chart bar, or "Statement n" when the instrument has none. */
export function shortLabels(instrument: Pick<Instrument, 'sections'>): (id: string) => string {
  const labels = new Map(instrument.sections.flatMap((s) => s.items).map((item, i) => [item.id, item.short ?? `Statement ${i + 1}`]));
  return (id) => labels.get(id) ?? id;
}

/** Progress through an instrument, for the list of instruments. */
export type Progress =
  | { state: 'not-started' }
  | { state: 'in-progress'; answered: number; count: number }
  | { state: 'completed'; on: string };

/**
 * Where a person stands with an instrument. "Completed" dates from the last
 * answer given. An item counts once it has a value on the scale; a note alone
 * does not complete it.
 */
export function progressOf(
  itemIds: readonly string[],
  answers: Readonly<Record<string, { value?: number | undefined; note?: string | undefined; at?: string }>>,
  values: readonly number[],
): Progress {
  const allowed = new Set(values);
  let answered = 0;
  let last = '';
  for (const id of itemIds) {
    const a = answers[id];
    if (!a) continue;
    if (a.value === undefined || !allowed.has(a.value)) continue;
    answered++;
    if (a.at && (!last || Date.parse(a.at) > Date.parse(last))) last = a.at;
  }
  if (answered === 0) return { state: 'not-started' };
  if (answered < itemIds.length) return { state: 'in-progress', answered, count: itemIds.length };
  return { state: 'completed', on: last };
}
