/** The answers storage itself: loading, saving, listing and clearing records over guarded storage. */
import { emptyRecord, type AnswerRecord, type ValueRule } from '../../../schemas/answers-core';
import { guardedStorage, KEY_PREFIX } from '../../../storage/guarded';
import { capTimes, mergeRecords } from '../answer-record';
import { IMPORT_BACKUP, KEPT_ASIDE, PROBE, recordKey } from './keys';
import { keeperOf } from '../../../storage/kept-aside';
import { listenToOtherTabs, type OtherTabLine } from './other-tabs';
import { readClean } from './clean-record';
import { fullReader, ReaderNotLoaded } from './reader';
import type { MoreStorage, Prepared, StorageParts } from './storage-parts';
import type { AnswerStorage, Loaded, Saved, SaveOptions, StorageEvents } from './types';

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
    const clean = readClean(got.value, instrument, rule);
    if (clean) return { record: capTimes(clean, Date.now()), readOnly: false, faults: [] };
    // Anything else (newer, damaged, partly readable, older) is read and repaired by the full reader.
    try {
      return fullReader().loadStored(parts, instrument, got.value, fresh, rule);
    } catch (e) {
      // Only when the reader for this record could not be fetched (the page went offline):
      // the record is left as it is (saving reads it again, and will not overwrite it).
      if (!(e instanceof ReaderNotLoaded)) throw e;
      return { record: fresh, readOnly: false, faults: [{ kind: 'write-failed' }] };
    }
  };

  /** What `save` would write for one record, or the fault that stops it. Writes only kept-aside copies. */
  const prepare = (record: AnswerRecord, options: SaveOptions): Prepared => {
    const now = options.now ?? Date.now();
    const existing = read(recordKey(record.instrument));
    if (!existing.ok) return { fault: { kind: 'blocked' }, record, old: null };
    const old = existing.value;
    const toWrite = options.replace ? record : capTimes(record, now);
    if (old === null) return { fault: null, record: toWrite, old };
    const clean = readClean(old, record.instrument, rules.get(record.instrument));
    // Anything but a clean record (newer, or damaged since loading) is judged by the full reader.
    if (!clean) return fullReader().prepareOver(parts, record, toWrite, old, options, now);
    // Whatever times are stored, the person's action (at `now`) comes after them.
    return { fault: null, record: options.replace ? toWrite : mergeRecords(capTimes(clean, now - 1), toWrite), old };
  };

  const otherTabs: OtherTabLine = { waiting: null, cleared: 0 };

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
    if (!left.length) otherTabs.cleared++;
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
    onOtherTab: (listener) => listenToOtherTabs(events, store, rules, listener, otherTabs),
    otherTabsWaiting: () => otherTabs.waiting,
  };
}
