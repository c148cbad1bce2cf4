/**
 * The instruments, read from the content collection, for pages and components
 * rendered at build (it reads collections, so islands get the catalogue as props).
 */
import { getCollection } from 'astro:content';
import { toInstrumentInfo, type InstrumentInfo } from './catalogue';

/** Every instrument's content entry, in the editors' order (`order`). */
export async function getInstruments() {
  return (await getCollection('assessments')).sort((a, b) => a.data.order - b.data.order);
}

/** The catalogue every island that reads answers is given: each instrument as `InstrumentInfo`, in order. */
export async function getCatalogue(): Promise<InstrumentInfo[]> {
  return (await getInstruments()).map((e) => toInstrumentInfo(e.id, e.data));
}
