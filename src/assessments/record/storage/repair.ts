/**
 * The answers storage's parts that a page whose answers are stored cleanly
 * never needs, loaded with the full record reader (reader.ts): loading or
 * saving over a record that is newer, damaged, partly readable or older, the
 * methods that only imports, lists and damaged records use, and taking other
 * tabs' changes (other-tab-events.ts, ../other-tab-change.ts), which only a
 * second tab brings.
 */
import type { AnswerRecord, ValueRule } from '../../../schemas/answers-core';
import { capTimes, mergeRecords } from '../answer-record';
import { BEFORE_MIGRATION, ANSWERS, KEPT_ASIDE, recordKey } from './keys';
import { listKeptAside } from './kept-aside';
import { parseRecord, readStored, type Parsed } from './parse-record';
import type { MoreStorage, Prepared, StorageParts } from './storage-parts';
import type { Loaded, SavedAll, SaveOptions, StorageFault } from './types';

export { parseRecord } from './parse-record';
export { otherTabChanges } from './other-tab-events';
export { takeOtherTabChange } from '../other-tab-change';

/** `load` for stored text that clean-record.ts did not read ("READING A RECORD" in index.ts's header). */
export function loadStored(parts: StorageParts, instrument: string, raw: string, fresh: AnswerRecord, rule?: ValueRule): Loaded {
  const parsed = parseRecord(raw, instrument, undefined, rule);
  if (parsed.kind === 'newer') {
    return {
      record: parsed.record ? capTimes(parsed.record, Date.now()) : fresh,
      readOnly: true,
      faults: [{ kind: 'newer-version', version: parsed.version }],
    };
  }
  return loadRepaired(parts, instrument, raw, parsed, fresh);
}

/**
 * `prepare` (answer-storage.ts) over stored text that clean-record.ts did not
 * read: `toWrite` is the record with its times capped at `now`.
 */
export function prepareOver(
  { keepAside, rules }: StorageParts,
  record: AnswerRecord,
  toWrite: AnswerRecord,
  old: string,
  options: SaveOptions,
  now: number,
): Prepared {
  const parsed = parseRecord(old, record.instrument, undefined, rules.get(record.instrument));
  if (parsed.kind === 'newer') return { fault: { kind: 'newer-version', version: parsed.version }, record, old };
  // Whatever times are stored, the person's action (at `now`) comes after them.
  if (parsed.kind === 'record' && !options.replace) toWrite = mergeRecords(capTimes(parsed.record, now - 1), toWrite);
  // A damaged record is never overwritten before a copy of it is kept. When no copy can
  // be kept, the damaged record is what stops the save, and the fault says so.
  const damage: StorageFault | null =
    parsed.kind === 'not-json' ? { kind: 'not-json', keptAs: null }
    : parsed.kind === 'wrong-shape' ? { kind: 'wrong-shape', keptAs: null, problems: parsed.problems }
    : parsed.dropped.length ? { kind: 'partly-kept', keptAs: null, dropped: parsed.dropped }
    : null;
  if (damage && !keepAside(record.instrument, old)) return { fault: damage, record, old };
  return { fault: null, record: toWrite, old };
}

/**
 * `load` for a record that is neither clean nor newer ("READING A RECORD" in
 * index.ts's header): kept aside, partly kept, or migrated.
 */
export function loadRepaired(
  { guarded, keepAside }: StorageParts,
  instrument: string,
  raw: string,
  parsed: Exclude<Parsed, { kind: 'newer' }>,
  fresh: AnswerRecord,
): Loaded {
  const { write, remove } = guarded;
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
}

/** The storage methods only imports, lists and damaged records use. */
export function moreStorage({ guarded, rules, prepare }: StorageParts): MoreStorage {
  const { read, write, remove, keys } = guarded;

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

  return {
    saveAll,
    loadAll,
    instruments,
    keptAside: () => listKeptAside(guarded),
    discardKeptAside: (key) => key.startsWith(KEPT_ASIDE) && remove(key),
    discardDamaged,
  };
}
