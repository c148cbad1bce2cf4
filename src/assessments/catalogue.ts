/**
 * The slice of an instrument that export, import, share links and the team
 * view need in the browser: ids, titles, the scale and item wording. Pages
 * build it from the content collection and hand it to islands as props, so no
 * island parses content files.
 */
import type { AssessmentData, ScaleType } from '../schemas/assessment';

export interface ScalePoint {
  value: number;
  label: string;
}

export interface InstrumentInfo {
  id: string;
  title: string;
  scale: ScalePoint[];
  /** How answers are read; "rating" when left out. */
  scaleType?: ScaleType;
  /** `short` is the editor's short label for a chart bar; the full text is the statement word for word. */
  sections: { id: string; title: string; items: { id: string; text: string; short?: string }[] }[];
}

/** The catalogue entry for one instrument from its content entry. */
export function toInstrumentInfo(id: string, data: Pick<AssessmentData, 'title' | 'scale' | 'sections'>): InstrumentInfo {
  return {
    id,
    title: data.title,
    scale: data.scale.points.map((p) => ({ value: p.value, label: p.label })),
    ...(data.scale.type === 'easy-or-hard' ? { scaleType: data.scale.type } : {}),
    sections: data.sections.map((s) => ({ id: s.id, title: s.title, items: s.items.map((i) => ({ id: i.id, text: i.text, short: i.short })) })),
  };
}

/** Item ids in the order the instrument asks them. */
export function itemIds(instrument: InstrumentInfo): string[] {
  return instrument.sections.flatMap((s) => s.items.map((i) => i.id));
}

/** The label of a value on the instrument's scale, or '' when off the scale. */
export function valueLabel(instrument: InstrumentInfo, value: number | undefined): string {
  return value === undefined ? '' : (instrument.scale.find((p) => p.value === value)?.label ?? '');
}

export function byId(catalogue: readonly InstrumentInfo[]): Map<string, InstrumentInfo> {
  return new Map(catalogue.map((i) => [i.id, i]));
}
