/**
 * Change between two sets of answers to the same instrument: a baseline and a
 * follow-up snapshot, or a snapshot and the current answers. Per item and per
 * section, so a person can see what moved after three months.
 */
import type { Instrument } from '../instrument';
import type { AnswerMap, AnswerRecord } from '../../schemas/answers-core';
import { currentAnswers } from '../record/current-answers';
import { scoreAnswers } from './scoring';

export interface ItemChange {
  id: string;
  text: string;
  section: string;
  before: number | null;
  after: number | null;
  /** after − before; null unless both are answered. */
  change: number | null;
}

export interface SectionChange {
  id: string;
  title: string;
  /** Percent along the scale (see `Score.percent`). */
  before: number | null;
  after: number | null;
  change: number | null;
  beforeTotal: number;
  afterTotal: number;
}

export interface Comparison {
  items: ItemChange[];
  sections: SectionChange[];
  total: SectionChange;
  /** Items that went up, down, stayed the same, or cannot be compared. */
  counts: { up: number; down: number; same: number; unknown: number };
}

const diff = (a: number | null, b: number | null) => (a === null || b === null ? null : b - a);

/** Compares two answer maps: `before` is the earlier one. */
export function compareAnswers(shape: Instrument, before: AnswerMap, after: AnswerMap): Comparison {
  const a = scoreAnswers(shape, before);
  const b = scoreAnswers(shape, after);
  const allowed = new Set(shape.scale.points.map((p) => p.value));
  const valueIn = (m: AnswerMap, id: string) => {
    const v = m[id]?.value;
    return v !== undefined && allowed.has(v) ? v : null;
  };
  const items: ItemChange[] = shape.sections.flatMap((section) =>
    section.items.map((item) => {
      const x = valueIn(before, item.id);
      const y = valueIn(after, item.id);
      return { id: item.id, text: item.text, section: section.id, before: x, after: y, change: diff(x, y) };
    }),
  );
  const sections: SectionChange[] = a.sections.map((s, i) => {
    const t = b.sections[i]!;
    return { id: s.id, title: s.title, before: s.percent, after: t.percent, change: diff(s.percent, t.percent), beforeTotal: s.total, afterTotal: t.total };
  });
  const counts = { up: 0, down: 0, same: 0, unknown: 0 };
  for (const item of items) {
    if (item.change === null) counts.unknown++;
    else if (item.change > 0) counts.up++;
    else if (item.change < 0) counts.down++;
    else counts.same++;
  }
  return {
    items,
    sections,
    total: { id: 'total', title: 'All items', before: a.percent, after: b.percent, change: diff(a.percent, b.percent), beforeTotal: a.total, afterTotal: b.total },
    counts,
  };
}

/** The id used for "the answers as they are now" when choosing what to compare. */
export const CURRENT = 'current';

/** The answers a comparison choice stands for: a snapshot's, or the current ones. */
export function answersFor(record: AnswerRecord, choice: string): AnswerMap | null {
  if (choice === CURRENT) return currentAnswers(record);
  return record.snapshots.find((s) => s.id === choice)?.answers ?? null;
}
