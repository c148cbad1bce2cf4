/** The answers storage itself: loading, saving, listing and clearing records over guarded storage. */
import { emptyRecord, type AnswerRecord, type ValueRule } from '../../../schemas/answers-core';
import { guardedStorage, KEY_PREFIX } from '../../../storage/guarded';
import { capTimes, mergeRecords } from '../answer-record';
import { IMPORT_BACKUP, KEPT_ASIDE, PROBE, recordKey } from './keys';
import { keeperOf } from '../../../storage/kept-aside';
import { listenToOtherTabs } from './other-tabs';
import { fullReader, ReaderNotLoaded, readStored } from './reader';
import type { MoreStorage, StorageParts } from './storage-parts';
import type { AnswerStorage, Loaded, Saved, SaveOptions, StorageEvents, StorageFault } from './types';

/**
 * Builds the storage module over a Storage. `getStorage` may throw (as
 * `window.localStorage` does when blocked); `events` is where "storage" events
 * arrive (the window in a browser).
 */
export function createAnswerStorage(getStorage: () => Storage | null | undefined, events?: StorageEvents): AnswerStorage {
  /** Each instrument's scale, as last passed to `load`: saving judges the stored record by it too. */
  const rules = new Map<string, ValueRule>();

  // Every read and write goes through the guarded access the document store uses too.
  const guarded = guardedStorage(getStorage);
  const { read, write, remove, keys } = guarded;
  const keepAside = keeperOf(guarded, KEPT_ASIDE);
  const store = (): Storage | null => {
    try {
      return getStorage() ?? null;
    } catch {
      return null;
    }
  };

  const load = (instrument: string, rule?: ValueRule): Loaded => {
    if (rule) rules.set(instrument, rule);
    const fresh = emptyRecord(instrument);
    const got = read(recordKey(instrument));
    if (!got.ok) return { record: fresh, readOnly: false, faults: [{ kind: 'blocked' }] };
    if (got.value === null) return { record: fresh, readOnly: false, faults: [] };
    const raw = got.value;
    let parsed;
    try {
      parsed = readStored(raw, instrument, rule);
    } catch (e) {
      // Only when the reader for this record could not be fetched (the page went offline):
      // the record is left as it is (saving reads it again, and will not overwrite it).
      if (!(e instanceof ReaderNotLoaded)) throw e;
      return { record: fresh, readOnly: false, faults: [{ kind: 'write-failed' }] };
    }
    if (parsed.kind === 'newer') {
      return {
        record: parsed.record ? capTimes(parsed.record, Date.now()) : fresh,
        readOnly: true,
        faults: [{ kind: 'newer-version', version: parsed.version }],
      };
    }
    if (parsed.kind === 'record' && !parsed.dropped.length && parsed.migratedFrom === undefined) {
      return { record: capTimes(parsed.record, Date.now()), readOnly: false, faults: [] };
    }
    // Anything else was read by the full reader, so the code that repairs it is here too.
    return fullReader().loadRepaired(parts, instrument, raw, parsed, fresh);
  };

  /** What `save` would write for one record, or the fault that stops it. Writes only kept-aside copies. */
  const prepare = (record: AnswerRecord, options: SaveOptions): { fault: StorageFault | null; record: AnswerRecord; old: string | null } => {
    const now = options.now ?? Date.now();
    const existing = read(recordKey(record.instrument));
    if (!existing.ok) return { fault: { kind: 'blocked' }, record, old: null };
    let toWrite = options.replace ? record : capTimes(record, now);
    if (existing.value !== null) {
      const parsed = readStored(existing.value, record.instrument, rules.get(record.instrument));
      if (parsed.kind === 'newer') return { fault: { kind: 'newer-version', version: parsed.version }, record, old: existing.value };
      // Whatever times are stored, the person's action (at `now`) comes after them.
      if (parsed.kind === 'record' && !options.replace) toWrite = mergeRecords(capTimes(parsed.record, now - 1), toWrite);
      // A damaged record is never overwritten before a copy of it is kept. When no copy can
      // be kept, the damaged record is what stops the save, and the fault says so.
      const damage: StorageFault | null =
        parsed.kind === 'not-json' ? { kind: 'not-json', keptAs: null }
        : parsed.kind === 'wrong-shape' ? { kind: 'wrong-shape', keptAs: null, problems: parsed.problems }
        : parsed.dropped.length ? { kind: 'partly-kept', keptAs: null, dropped: parsed.dropped }
        : null;
      if (damage && !keepAside(record.instrument, existing.value)) return { fault: damage, record, old: existing.value };
    }
    return { fault: null, record: toWrite, old: existing.value };
  };

  const parts: StorageParts = { guarded, rules, keepAside, prepare };
  // Built on first use, from the full reader's module (index.ts loads it at once; on the
  // assessment page it arrives with the fault cards or the import controls, which use these).
  let built: MoreStorage | undefined;
  const more = () => (built ??= fullReader().moreStorage(parts));

  const save = (record: AnswerRecord, options: SaveOptions = {}): Saved => {
    const ready = prepare(record, options);
    if (ready.fault) return { fault: ready.fault, record };
    return { fault: write(recordKey(record.instrument), JSON.stringify(ready.record)), record: ready.record };
  };

  const storedText = (instrument: string) => {
    const got = read(recordKey(instrument));
    return got.ok ? got.value : null;
  };

  const clearAll = () => {
    if (!read(PROBE).ok) return { ok: false, left: [] };
    for (const key of keys()) if (key.startsWith(KEY_PREFIX)) remove(key);
    const left = keys().filter((k) => k.startsWith(KEY_PREFIX));
    return { ok: left.length === 0, left };
  };

  return {
    available: () => read(PROBE).ok,
    load,
    save,
    saveAll: (records, options) => more().saveAll(records, options),
    loadAll: (rule) => more().loadAll(rule),
    instruments: () => more().instruments(),
    keptAside: () => more().keptAside(),
    discardKeptAside: (key) => more().discardKeptAside(key),
    storedText,
    discardDamaged: (instrument) => more().discardDamaged(instrument),
    clearAll,
    readBackup: () => {
      const got = read(IMPORT_BACKUP);
      return got.ok ? got.value : null;
    },
    writeBackup: (text) => write(IMPORT_BACKUP, text),
    removeBackup: () => remove(IMPORT_BACKUP),
    onOtherTab: (listener) => listenToOtherTabs(events, store, rules, listener),
  };
}
