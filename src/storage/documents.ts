/**
 * A store of whole documents of one kind (a chart, a portfolio review) in the
 * browser's storage (its shapes are in `document-types.ts`, reading stored text
 * in `parse-document.ts`), with the same guarded access and fault kinds as the
 * answers storage (`src/assessments/record/storage/`). A document is written whole and the
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
import { guardedStorage, KEY_PREFIX, type GuardedStorage, type StorageEvents } from './guarded';
import type { DocumentFault, DocumentStore, DocumentStoreOptions, StoredDocument } from './document-types';
import { keeperOf } from './kept-aside';
import { DOCUMENT_ID, parseDocument } from './parse-document';

export type * from './document-types';
export type { StorageEvents } from './guarded';
export { DOCUMENT_ID, parseDocument } from './parse-document';

/** A new random document id (10 characters, about 51 bits). */
export function newId(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  const bytes = crypto.getRandomValues(new Uint8Array(10));
  return Array.from(bytes, (b) => alphabet[b % 36]).join('');
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
  const keepAside = keeperOf(s, keptPrefix);

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
