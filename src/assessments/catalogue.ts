/**
 * Small questions asked of an instrument or a list of them (the catalogue):
 * its item ids in order, a value's label, lookup by id.
 */
import type { Instrument } from './instrument';

/** Item ids in the order the instrument asks them. */
export function itemIds(instrument: Instrument): string[] {
  return instrument.sections.flatMap((s) => s.items.map((i) => i.id));
}

/** The label of a value on the instrument's scale, or '' when off the scale. */
export function valueLabel(instrument: Instrument, value: number | undefined): string {
  return value === undefined ? '' : (instrument.scale.points.find((p) => p.value === value)?.label ?? '');
}

export function byId(catalogue: readonly Instrument[]): Map<string, Instrument> {
  return new Map(catalogue.map((i) => [i.id, i]));
}
