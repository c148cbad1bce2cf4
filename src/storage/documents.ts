/**
 * A store of whole documents of one kind (a chart, a portfolio review) in the
 * browser's storage, with the same guarded access and fault kinds as the
 * answers storage (`src/assessments/record/storage.ts`). A document is written whole and the
 * last write wins: it is one person's work, and a page that hears another tab
 * changed it (`onOtherTab`) decides what to show.
 *
 * KEYS
 *   qi-hub:<kind>:<id>                              the document, in its envelope (below)
 *   qi-hub:kept-aside:<kind>-<id>:<time>:<n>        stored text that could not be used, byte for
 *                                                   byte; written once, never overwritten
 *   "Clear everything" on an assessment page removes every qi-hub: key, these included.
 *
 * ENVELOPE, version `version` (the caller's)
 *   { v, kind, id, updatedAt, doc }   `doc` is checked by the caller's `check` on every read
 *                                     and before every write.
 *
 * READING (`load`), case by case
 *   - storage unavailable                 -> nothing, fault "blocked"
 *   - no such key                         -> nothing, no fault
 *   - not JSON                            -> kept aside, key freed, fault "not-json"
 *   - v above `version`, and it really is  -> shown if its doc still passes `check`, read-only,
 *     one of ours (kind, id, updatedAt)      fault "newer-version"; never overwritten
 *   - v below `version`                   -> upgraded in memory by `migrations` (written back on
 *                                            the next save); if a step throws: damaged
 *   - anything else that fails            -> kept aside, key freed, fault "wrong-shape"
 *   If the copy aside cannot be written (storage full, or the text is huge), the original stays
 *   where it is (keptAs null) and `save` refuses to overwrite it: the person can download it
 *   (`storedText`) or discard it (`discard`).
 *
 * WRITING (`save`)
 *   The stored text is read again first: a newer-version document is never overwritten, and
 *   damaged text that appeared since loading is kept aside before the key is reused. A quota
 *   error is "full", anything else "write-failed"; the caller keeps its document in memory.
 */
import { ISO_TIME } from '../schemas/answers-core';
import { guardedStorage, KEY_PREFIX, type GuardedStorage, type WriteFault } from './guarded';

/** What went wrong, in the answers storage's terms, so pages word faults one way. */
export type DocumentFault =
  | WriteFault
  | { kind: 'not-json'; keptAs: string | null }
  | { kind: 'wrong-shape'; keptAs: string | null; problems: string[] }
  | { kind: 'newer-version'; version: number };

export type Checked<T> = { ok: true; value: T } | { ok: false; problems: string[] };

export interface StoredDocument<T> {
  id: string;
  updatedAt: string;
  doc: T;
}

export type DocumentChange<T> =
  | { kind: 'changed'; id: string; stored: StoredDocument<T> }
  /** Removed in another tab; id "*" when that tab cleared all storage. */
  | { kind: 'removed'; id: string }
  | { kind: 'newer-version'; id: string; version: number };

export interface KeptAsideDocument {
  key: string;
  /** Exactly what was stored. */
  raw: string;
}

export interface DocumentStore<T> {
  available(): boolean;
  /** Every readable document of this kind, newest first. Damaged ones are left for `load` to set aside. */
  list(): StoredDocument<T>[];
  /** The ids `list` leaves out because their stored text cannot be read (not JSON, or the wrong shape). */
  damagedIds(): string[];
  load(id: string): { stored: StoredDocument<T> | null; readOnly: boolean; faults: DocumentFault[] };
  /** Writes the document whole. `doc` must pass `check` (anything else is a bug, and throws). */
  save(id: string, doc: T, now?: number): { fault: DocumentFault | null; stored: StoredDocument<T> };
  remove(id: string): boolean;
  /** The stored text of a document exactly as it is (to download a damaged one). */
  storedText(id: string): string | null;
  /** Removes a document only while it still cannot be read. True when gone. */
  discard(id: string): boolean;
  keptAside(): KeptAsideDocument[];
  discardKeptAside(key: string): boolean;
  onOtherTab(listener: (change: DocumentChange<T>) => void): () => void;
}

/** The parts of `window` the store listens to. */
export interface StorageEvents {
  addEventListener(type: 'storage', fn: (e: StorageEvent) => void): void;
  removeEventListener(type: 'storage', fn: (e: StorageEvent) => void): void;
}

export interface DocumentStoreOptions<T> {
  /** Lower-case word: keys are qi-hub:<kind>:<id>. */
  kind: string;
  /** The document's shape, checked on every read and write. */
  check: (doc: unknown) => Checked<T>;
  /** The envelope version this code writes. */
  version: number;
  /** Upgrades a doc from the version given by the key to the next one. */
  migrations?: Record<number, (old: unknown) => unknown>;
}

/** Document ids: lower-case letters and digits. */
export const DOCUMENT_ID = /^[a-z0-9]{1,40}$/;

/** A new random document id (10 characters, about 51 bits). */
export function newId(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  const bytes = crypto.getRandomValues(new Uint8Array(10));
  return Array.from(bytes, (b) => alphabet[b % 36]).join('');
}

type Parsed<T> =
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

export function createDocumentStore<T>(
  options: DocumentStoreOptions<T> & { getStorage: () => Storage | null | undefined; events?: StorageEvents | undefined },
): DocumentStore<T> {
  const s: GuardedStorage = guardedStorage(options.getStorage);
  const prefix = `${KEY_PREFIX}${options.kind}:`;
  const keptPrefix = `${KEY_PREFIX}kept-aside:${options.kind}-`;
  const keyOf = (id: string) => {
    if (!DOCUMENT_ID.test(id)) throw new Error(`Not a document id: "${id}"`);
    return `${prefix}${id}`;
  };
  let keptCount = 0;

  const keepAside = (id: string, raw: string): string | null => {
    const stamp = new Date().toISOString();
    for (let attempt = 0; attempt < 20; attempt++) {
      const key = `${keptPrefix}${id}:${stamp}:${keptCount++}`;
      const existing = s.read(key);
      if (!existing.ok) return null;
      if (existing.value !== null) continue;
      return s.write(key, raw) === null ? key : null;
    }
    return null;
  };

  const load: DocumentStore<T>['load'] = (id) => {
    const got = s.read(keyOf(id));
    if (!got.ok) return { stored: null, readOnly: false, faults: [{ kind: 'blocked' }] };
    if (got.value === null) return { stored: null, readOnly: false, faults: [] };
    const raw = got.value;
    const parsed = parseDocument(raw, id, options);
    if (parsed.kind === 'doc') return { stored: parsed.stored, readOnly: false, faults: [] };
    if (parsed.kind === 'newer') return { stored: parsed.stored, readOnly: true, faults: [{ kind: 'newer-version', version: parsed.version }] };
    const keptAs = keepAside(id, raw);
    if (keptAs) s.remove(keyOf(id));
    const fault: DocumentFault =
      parsed.kind === 'not-json' ? { kind: 'not-json', keptAs } : { kind: 'wrong-shape', keptAs, problems: parsed.problems };
    return { stored: null, readOnly: false, faults: [fault] };
  };

  const save: DocumentStore<T>['save'] = (id, doc, now = Date.now()) => {
    const read = options.check(doc);
    if (!read.ok) throw new Error(`Refusing to store an invalid ${options.kind}: ${read.problems.join('; ')}`);
    const stored: StoredDocument<T> = { id, updatedAt: new Date(now).toISOString(), doc: read.value };
    const key = keyOf(id);
    const existing = s.read(key);
    if (!existing.ok) return { fault: { kind: 'blocked' }, stored };
    if (existing.value !== null) {
      const parsed = parseDocument(existing.value, id, options);
      if (parsed.kind === 'newer') return { fault: { kind: 'newer-version', version: parsed.version }, stored };
      if ((parsed.kind === 'not-json' || parsed.kind === 'wrong-shape') && !keepAside(id, existing.value)) {
        return { fault: { kind: 'full' }, stored };
      }
    }
    const envelope = { v: options.version, kind: options.kind, id, updatedAt: stored.updatedAt, doc: read.value };
    return { fault: s.write(key, JSON.stringify(envelope)), stored };
  };

  const ids = () => s.keys().filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length)).filter((id) => DOCUMENT_ID.test(id));

  const list = (): StoredDocument<T>[] => {
    const out: StoredDocument<T>[] = [];
    for (const id of ids()) {
      const got = s.read(keyOf(id));
      if (!got.ok || got.value === null) continue;
      const parsed = parseDocument(got.value, id, options);
      if (parsed.kind === 'doc') out.push(parsed.stored);
      else if (parsed.kind === 'newer' && parsed.stored) out.push(parsed.stored);
    }
    return out.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : a.id < b.id ? -1 : 1));
  };

  const damagedIds = (): string[] =>
    ids().filter((id) => {
      const got = s.read(keyOf(id));
      if (!got.ok || got.value === null) return false;
      const kind = parseDocument(got.value, id, options).kind;
      return kind === 'not-json' || kind === 'wrong-shape';
    });

  const storedText = (id: string) => {
    const got = s.read(keyOf(id));
    return got.ok ? got.value : null;
  };

  const discard = (id: string) => {
    const raw = storedText(id);
    if (raw === null) return s.read(keyOf(id)).ok;
    const kind = parseDocument(raw, id, options).kind;
    if (kind === 'doc' || kind === 'newer') return false;
    return s.remove(keyOf(id)) && storedText(id) === null;
  };

  const onOtherTab: DocumentStore<T>['onOtherTab'] = (listener) => {
    const events = options.events;
    if (!events) return () => {};
    const handle = (e: StorageEvent) => {
      if (e.key === null) return listener({ kind: 'removed', id: '*' });
      if (!e.key.startsWith(prefix)) return;
      const id = e.key.slice(prefix.length);
      if (!DOCUMENT_ID.test(id)) return;
      if (e.newValue === null) return listener({ kind: 'removed', id });
      const parsed = parseDocument(e.newValue, id, options);
      if (parsed.kind === 'doc') listener({ kind: 'changed', id, stored: parsed.stored });
      else if (parsed.kind === 'newer') listener({ kind: 'newer-version', id, version: parsed.version });
      // Anything else is left for the next load to set aside.
    };
    events.addEventListener('storage', handle);
    return () => events.removeEventListener('storage', handle);
  };

  return {
    available: () => s.read(`${KEY_PREFIX}probe`).ok,
    list,
    damagedIds,
    load,
    save,
    remove: (id) => s.remove(keyOf(id)),
    storedText,
    discard,
    keptAside: () =>
      s
        .keys()
        .filter((k) => k.startsWith(keptPrefix))
        .sort()
        .flatMap((key) => {
          const got = s.read(key);
          return got.ok && got.value !== null ? [{ key, raw: got.value }] : [];
        }),
    discardKeptAside: (key) => key.startsWith(keptPrefix) && s.remove(key),
    onOtherTab,
  };
}

/** The store over this browser's localStorage. Create it in browser code only. */
export function browserDocumentStore<T>(options: DocumentStoreOptions<T>): DocumentStore<T> {
  return createDocumentStore({
    ...options,
    getStorage: () => globalThis.localStorage,
    events: typeof window === 'undefined' ? undefined : window,
  });
}
