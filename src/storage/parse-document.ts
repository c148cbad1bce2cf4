/** Stored text to a document of one kind (the cases are in documents.ts's header). Pure. */
import { ISO_TIME } from '../schemas/iso-time';
import type { DocumentStoreOptions, StoredDocument } from './document-types';

/** Document ids: lower-case letters and digits. */
export const DOCUMENT_ID = /^[a-z0-9]{1,40}$/;

export type Parsed<T> =
  | { kind: 'doc'; stored: StoredDocument<T> }
  | { kind: 'newer'; version: number; stored: StoredDocument<T> | null }
  | { kind: 'not-json' }
  | { kind: 'wrong-shape'; problems: string[] };

/** Reads stored text as a document of this kind and id. Pure. */
export function parseDocument<T>(raw: string, id: string, options: DocumentStoreOptions<T>): Parsed<T> {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { kind: 'not-json' };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return { kind: 'wrong-shape', problems: ['not an object'] };
  const e = json as { v?: unknown; kind?: unknown; id?: unknown; updatedAt?: unknown; doc?: unknown };
  if (typeof e.v !== 'number' || !Number.isInteger(e.v) || e.v < 1) return { kind: 'wrong-shape', problems: ['v: not a version number'] };
  if (e.kind !== options.kind || e.id !== id) return { kind: 'wrong-shape', problems: [`not the ${options.kind} stored under "${id}"`] };
  if (typeof e.updatedAt !== 'string' || !ISO_TIME.test(e.updatedAt)) return { kind: 'wrong-shape', problems: ['updatedAt: expected a date and time'] };
  const updatedAt = e.updatedAt;
  if (e.v > options.version) {
    const read = options.check(e.doc);
    return { kind: 'newer', version: e.v, stored: read.ok ? { id, updatedAt, doc: read.value } : null };
  }
  let doc = e.doc;
  try {
    for (let at = e.v; at < options.version; at++) {
      const step = options.migrations?.[at];
      if (!step) return { kind: 'wrong-shape', problems: [`version ${e.v} cannot be upgraded`] };
      doc = step(doc);
    }
  } catch (error) {
    return { kind: 'wrong-shape', problems: [String(error)] };
  }
  const read = options.check(doc);
  return read.ok ? { kind: 'doc', stored: { id, updatedAt, doc: read.value } } : { kind: 'wrong-shape', problems: read.problems };
}
