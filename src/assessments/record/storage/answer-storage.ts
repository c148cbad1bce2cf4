/** The answers storage itself: loading, saving, listing and clearing records over guarded storage. */
import { emptyRecord, type AnswerRecord, type ValueRule } from '../../../schemas/answers-core';
import { guardedStorage, KEY_PREFIX } from '../../../storage/guarded';
import { capTimes, mergeRecords } from '../answer-record';
import { BEFORE_MIGRATION, IMPORT_BACKUP, KEPT_ASIDE, PROBE, recordKey, ANSWERS } from './keys';
import { keeperOf } from '../../../storage/kept-aside';
import { listKeptAside } from './kept-aside';
import { listenToOtherTabs } from './other-tabs';
import { ReaderNotLoaded, readStored } from './reader';
import type { AnswerStorage, Loaded, Saved, SavedAll, SaveOptions, StorageEvents, StorageFault } from './types';

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
    // An unusable record is copied aside before the key is freed for new answers.
    // If the copy cannot be written, the original stays in place (never overwritten)
    // and the page carries on in memory: the person can download or discard it.
    const setAside = (fault: StorageFault & { keptAs: string | null }): Loaded => {
      const keptAs = keepAside(instrument, raw);
      fault.keptAs = keptAs;
      if (keptAs) remove(recordKey(instrument));
      return { record: fresh, readOnly: false, faults: [fault] };
    };
    if (parsed.kind === 'not-json') return setAside({ kind: 'not-json', keptAs: null });
    if (parsed.kind === 'wrong-shape') return setAside({ kind: 'wrong-shape', keptAs: null, problems: parsed.problems });
    const record = capTimes(parsed.record, Date.now());
    if (parsed.dropped.length) {
      // The original is copied aside first; only then are the answers that could be kept written over it.
      const keptAs = keepAside(instrument, raw);
      if (keptAs) write(recordKey(instrument), JSON.stringify(record));
      return { record, readOnly: false, faults: [{ kind: 'partly-kept', keptAs, dropped: parsed.dropped }] };
    }
    if (parsed.migratedFrom === undefined) return { record, readOnly: false, faults: [] };

    const faults: StorageFault[] = [{ kind: 'migrated', from: parsed.migratedFrom }];
    const backupKey = `${BEFORE_MIGRATION}${instrument}:v${parsed.migratedFrom}`;
    const backupFault = write(backupKey, raw);
    if (backupFault) return { record, readOnly: false, faults: [...faults, backupFault] };
    const saveFault = write(recordKey(instrument), JSON.stringify(record));
    if (saveFault) return { record, readOnly: false, faults: [...faults, saveFault] };
    remove(backupKey);
    return { record, readOnly: false, faults };
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

  const save = (record: AnswerRecord, options: SaveOptions = {}): Saved => {
    const ready = prepare(record, options);
    if (ready.fault) return { fault: ready.fault, record };
    return { fault: write(recordKey(record.instrument), JSON.stringify(ready.record)), record: ready.record };
  };

  const saveAll = (records: readonly AnswerRecord[], options: SaveOptions = {}): SavedAll => {
    const done: { key: string; old: string | null }[] = [];
    const out: AnswerRecord[] = [];
    const undo = () => {
      for (const { key, old } of done.reverse()) {
        if (old === null) remove(key);
        else write(key, old);
      }
    };
    for (const record of records) {
      const ready = prepare(record, options);
      const fault = ready.fault ?? write(recordKey(record.instrument), JSON.stringify(ready.record));
      if (fault) {
        undo();
        return { fault, records: [...records] };
      }
      done.push({ key: recordKey(record.instrument), old: ready.old });
      out.push(ready.record);
    }
    return { fault: null, records: out };
  };

  const instruments = () => keys().filter((k) => k.startsWith(ANSWERS)).map((k) => k.slice(ANSWERS.length));

  const loadAll = (rule?: (instrument: string) => ValueRule | undefined): AnswerRecord[] => {
    const out: AnswerRecord[] = [];
    for (const instrument of instruments()) {
      const got = read(recordKey(instrument));
      if (!got.ok || got.value === null) continue;
      const parsed = readStored(got.value, instrument, rule?.(instrument) ?? rules.get(instrument));
      const record = parsed.kind === 'record' ? parsed.record : parsed.kind === 'newer' ? parsed.record : null;
      if (record) out.push(capTimes(record, Date.now()));
    }
    return out;
  };

  const storedText = (instrument: string) => {
    const got = read(recordKey(instrument));
    return got.ok ? got.value : null;
  };

  const discardDamaged = (instrument: string): boolean => {
    const raw = storedText(instrument);
    if (raw === null) return read(recordKey(instrument)).ok;
    const parsed = readStored(raw, instrument, rules.get(instrument));
    if (parsed.kind === 'newer' || (parsed.kind === 'record' && parsed.dropped.length === 0)) return false;
    return remove(recordKey(instrument)) && storedText(instrument) === null;
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
    saveAll,
    loadAll,
    instruments,
    keptAside: () => listKeptAside(guarded),
    discardKeptAside: (key) => key.startsWith(KEPT_ASIDE) && remove(key),
    storedText,
    discardDamaged,
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
