/**
 * Builds the "Where to focus" table from the content collections, for the
 * pages that show results. Build time only (it reads collections).
 */
import { getCollection } from 'astro:content';
import { buildFocusTable, type FocusTable } from './focus';
import { withBase } from '../../site/lib/url';

export async function focusTable(instruments: readonly string[]): Promise<FocusTable> {
  const mapping = new Map((await getCollection('focus')).map((f) => [f.id, f.data]));
  const methods = new Map((await getCollection('methods')).map((m) => [m.id, { href: withBase(`/methods/${m.id}/`), title: m.data.title }]));
  const training = new Map((await getCollection('training')).map((t) => [t.id, { href: withBase(`/training/${t.id}/`), title: t.data.title, audience: t.data.audience }]));
  return buildFocusTable(mapping, instruments, { methods, training });
}
