/**
 * The instruments, read from the content collection, for pages and components
 * rendered at build (it reads collections, so islands get the catalogue as props).
 */
import type { Instrument } from './instrument';
import { getCollection } from 'astro:content';
import { toInstrument } from './instrument';

/** Every instrument's content entry, in the editors' order (`order`). */
export async function getInstruments() {
  return (await getCollection('assessments')).sort((a, b) => a.data.order - b.data.order);
}

/** The catalogue every island that reads answers is given: each instrument as `Instrument`, in order. */
export async function getCatalogue(): Promise<Instrument[]> {
  return (await getInstruments()).map((e) => toInstrument(e.id, e.data));
}
