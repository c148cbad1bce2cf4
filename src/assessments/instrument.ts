/**
 * One instrument as the browser sees it: ids, titles, the scale and the
 * wording of every statement. Pages build it from the content collection with
 * `toInstrument()` and hand it to islands as props, so no island parses
 * content files; scoring, comparison, export, import, share links and the
 * team view all take this one type.
 */
import type { AssessmentData, ScaleType } from '../schemas/assessment';
import type { ValueRule } from '../schemas/answers-core';

export interface ScalePoint {
  value: number;
  label: string;
}

export interface Instrument {
  id: string;
  title: string;
  /** `type` is "rating" when left out; an "easy-or-hard" scale is not totalled (see src/assessments/results/easy-or-hard.ts). */
  scale: { type?: ScaleType; points: readonly ScalePoint[] };
  /** Whether a person may add a note to each answer. */
  notes?: boolean;
  sections: readonly {
    id: string;
    title: string;
    /** `short` is the editor's short label for a chart bar; the full text is the statement word for word. */
    items: readonly { id: string; text: string; short?: string }[];
  }[];
}

/** The browser's view of an instrument from its content entry: nothing islands do not use (no purpose, source or sub-headings). */
export function toInstrument(id: string, data: Pick<AssessmentData, 'title' | 'scale' | 'sections' | 'notes'>): Instrument {
  return {
    id,
    title: data.title,
    notes: data.notes,
    scale: { type: data.scale.type, points: data.scale.points.map((p) => ({ value: p.value, label: p.label })) },
    sections: data.sections.map((s) => ({ id: s.id, title: s.title, items: s.items.map((i) => ({ id: i.id, text: i.text, short: i.short })) })),
  };
}

/** What storage needs to judge stored values: the item ids the instrument has now and its scale's values. */
export function valueRule(instrument: Instrument): ValueRule {
  return { items: instrument.sections.flatMap((s) => s.items.map((i) => i.id)), values: instrument.scale.points.map((p) => p.value) };
}
