/**
 * Where self-assessment answers are stored. Every read and write goes through
 * the guarded access in src/storage/guarded.ts (which the document store for
 * charts and reviews uses too): nothing else calls `localStorage`, because in
 * real browsers storage can be blocked (reading `window.localStorage` throws
 * when cookies are blocked), full (`setItem` throws a quota error), emptied by
 * another tab or by the person, or hold anything at all.
 *
 * KEYS
 *   qi-hub:answers:<instrument>                 the record (below)
 *   qi-hub:kept-aside:<instrument>:<time>:<n>   a record that could not be used, byte for byte;
 *                                               written once, never overwritten, downloadable
 *   qi-hub:before-migration:<instrument>:v<n>   the original of a record being migrated;
 *                                               removed once the migrated record is written
 *   qi-hub:backup:before-import                 the answers an import is about to change, as an
 *                                               export file's text (its exportedAt is the time of
 *                                               the import); replaced by the next import, removed
 *                                               by undo (or when undo would change nothing) and
 *                                               by Clear everything
 *   Nothing else is written under qi-hub: (a probe key is only read). `clearAll` removes
 *   every key that starts with qi-hub:, whatever wrote it.
 *
 * RECORD
 *   The shape, version 1, is documented and defined in `src/schemas/answers.ts`
 *   (`answerRecordSchema`, `RECORD_VERSION`) and checked here with `readRecord` from
 *   `answers-core.ts`, which tests hold to the schema's verdicts, one answer at a time
 *   (`record-salvage.ts`), so one bad answer does not cost the others. Values are also
 *   checked against the instrument's scale when the caller passes the rule.
 *
 * READING A RECORD, case by case (`load`)
 *   - storage unavailable            -> empty record in memory, fault "blocked"
 *   - no record                      -> empty record
 *   - not JSON                       -> raw text kept aside, empty record, fault "not-json"
 *   - JSON with v > RECORD_VERSION   -> "newer-version" only if it really looks like one of our
 *     (up to MAX_KNOWN_VERSION), this   records (this instrument, a valid updatedAt, an answers
 *     instrument and updatedAt          object) and its answers still read as version 1: shown
 *                                       read-only, never overwritten. Anything else with a
 *                                       high v is damaged ("wrong-shape", below), so the person
 *                                       can download or discard it rather than face an empty,
 *                                       locked form
 *   - JSON with v = 1, valid         -> the record
 *   - JSON with v = 1, wrong shape   -> kept aside, empty record, fault "wrong-shape"
 *   - readable but for some answers  -> (an item id that breaks the id rule, a damaged answer,
 *                                       a value no longer on the scale) the original is
 *                                       copied aside, the other answers are kept and written
 *                                       back, fault "partly-kept" lists what was left out
 *   - JSON with no v (version 0: a bare {item: number} map)
 *                                    -> migrated: the original is first copied to
 *                                       before-migration, the migrated record written, then
 *                                       the copy removed. If any step fails the original
 *                                       stays where it was and the migrated record is used
 *                                       in memory (fault says why). If migration itself
 *                                       fails, the original is kept aside ("wrong-shape").
 *   - any other version below 1      -> kept aside ("wrong-shape"): no migration known
 *   A damaged record that cannot be copied aside (storage full, or the record itself is
 *   megabytes long) stays where it is, with the fault's keptAs null. The page is NOT
 *   read-only: answers are kept in memory, saving reports that same fault (the damaged
 *   record is in the way; storage may have room) rather than overwrite the record, and the
 *   person can download the record (`storedText`) or discard it (`discardDamaged`), which
 *   removes it only while it is still damaged.
 *   Times later than now (a clock that ran fast) are brought back to now in the loaded
 *   record (`capTimes`), so exports and share links made from it are never dated in the
 *   future. Stored text keeps them until the next write.
 *
 * WRITING (`save`)
 *   Before writing, the stored value is read again: a newer-version record is never
 *   overwritten, anything unusable that appeared since loading is kept aside first, and a
 *   valid record is merged with the one being saved (per item, the later answer wins), so
 *   a write never drops answers another tab saved a moment ago. The write's time `now` (the
 *   time of the person's action) caps the stored record's times to 1 ms before it, so the
 *   person's action always wins, whatever times a wrong clock left behind.
 *   `saveAll` writes several records all or nothing: if one write fails, the ones already
 *   written get their old text back.
 *   A quota error is reported as "full", anything else as "write-failed"; the caller keeps
 *   the record in memory, so nothing the person did is lost and export still works.
 *
 * OTHER TABS (`onOtherTab`)
 *   The browser's "storage" event reports writes made by other tabs only. A changed record
 *   is validated and handed to the listener, which merges it (`mergeRecords`) and writes back
 *   only if its own copy held something newer, so two tabs settle after one exchange.
 *   Its times are not capped: all tabs share one clock, and an action another tab stamped
 *   after everything it held (its clock put back) must keep its place in the order.
 *   A removed record, or storage cleared, is reported as "cleared" and nothing is written:
 *   the person decides whether to save their answers again. A change to the import backup
 *   is reported as "backup", so pages stop offering an undo that no longer exists.
 */
import {
  emptyRecord,
  ISO_TIME,
  RECORD_VERSION,
  readRecord,
  type AnswerRecord,
  type ValueRule,
} from '../../schemas/answers-core';
import { capTimes, mergeRecords } from './answer-record';
import { salvageRecord } from './record-salvage';
import { guardedStorage, KEY_PREFIX } from '../../storage/guarded';

export { KEY_PREFIX };
const ANSWERS = `${KEY_PREFIX}answers:`;
const KEPT_ASIDE = `${KEY_PREFIX}kept-aside:`;
const BEFORE_MIGRATION = `${KEY_PREFIX}before-migration:`;
const IMPORT_BACKUP = `${KEY_PREFIX}backup:before-import`;
/** Read (never written) to tell whether storage can be used at all. */
const PROBE = `${KEY_PREFIX}probe`;
/** Versions above this are not taken for a newer QI Hub: the record is damaged. */
const MAX_KNOWN_VERSION = 1000;

export const recordKey = (instrument: string) => `${ANSWERS}${instrument}`;

/** Something that went wrong with storage, for the page to explain. */
export type StorageFault =
  | { kind: 'blocked' }
  | { kind: 'full' }
  | { kind: 'write-failed' }
  | { kind: 'not-json'; keptAs: string | null }
  | { kind: 'wrong-shape'; keptAs: string | null; problems: string[] }
  | { kind: 'partly-kept'; keptAs: string | null; dropped: string[] }
  | { kind: 'newer-version'; version: number }
  | { kind: 'migrated'; from: number }
  | { kind: 'cleared' };

export type FaultKind = StorageFault['kind'];

export interface Loaded {
  record: AnswerRecord;
  /** True when the stored record is from a newer version: show it, never write it. */
  readOnly: boolean;
  faults: StorageFault[];
}

/** A record kept aside because it could not be used. */
export interface KeptAside {
  key: string;
  instrument: string;
  keptAt: string;
  /** Exactly what was stored. */
  raw: string;
}

/** What another tab did to a record. */
export type OtherTabChange =
  | { kind: 'changed'; instrument: string; record: AnswerRecord }
  | { kind: 'newer-version'; instrument: string; version: number }
  | { kind: 'cleared'; instrument: string | null }
  | { kind: 'backup' };

export interface SaveOptions {
  /** Write the record as it is instead of merging with the stored one (import "replace"). */
  replace?: boolean;
  /** The time of the person's action, ms since 1970: stored times are capped just before it. */
  now?: number;
}

export interface SavedAll {
  fault: StorageFault | null;
  /** The records as stored (or as they would have been). */
  records: AnswerRecord[];
}

export interface Saved {
  fault: StorageFault | null;
  record: AnswerRecord;
}

export interface AnswerStorage {
  /** Whether storage can be read at all. */
  available(): boolean;
  load(instrument: string, rule?: ValueRule): Loaded;
  /**
   * Writes the record, merged with what is stored now (another tab may have
   * written since this one last read), unless `replace` is set. Returns the
   * record as stored (or as it would have been) and the fault, null when saved.
   */
  save(record: AnswerRecord, options?: SaveOptions): Saved;
  /** Every record in storage that can be read, without faults (for lists and export). */
  loadAll(rule?: (instrument: string) => ValueRule | undefined): AnswerRecord[];
  /** Instrument ids that have a stored record. */
  instruments(): string[];
  keptAside(): KeptAside[];
  /** Deletes one kept-aside copy: only when the person asks. */
  discardKeptAside(key: string): boolean;
  /** Writes every record or none: on a failure the ones written get their old text back. */
  saveAll(records: readonly AnswerRecord[], options?: SaveOptions): SavedAll;
  /** The stored text of an instrument's record, exactly (to download a damaged one). */
  storedText(instrument: string): string | null;
  /** Removes an instrument's record only if it still cannot be read. True when gone. */
  discardDamaged(instrument: string): boolean;
  /** Removes every key QI Hub wrote. The keys that could not be removed are returned. */
  clearAll(): { ok: boolean; left: string[] };
  /** The import backup's text, if there is one. */
  readBackup(): string | null;
  /** Null when written; the fault otherwise (the import must then not go ahead). */
  writeBackup(text: string): StorageFault | null;
  removeBackup(): boolean;
  /** Calls the listener when another tab changes stored answers. Returns an unsubscribe function. */
  onOtherTab(listener: (change: OtherTabChange) => void): () => void;
}

/** The parts of `window` the storage module listens to. */
export interface StorageEvents {
  addEventListener(type: 'storage', fn: (e: StorageEvent) => void): void;
  removeEventListener(type: 'storage', fn: (e: StorageEvent) => void): void;
}

type Parsed =
  | { kind: 'record'; record: AnswerRecord; migratedFrom?: number; dropped: string[] }
  | { kind: 'not-json' }
  | { kind: 'wrong-shape'; problems: string[] }
  | { kind: 'newer'; version: number; record: AnswerRecord | null };

/** Upgrades an older record to the current version. Key: the version it upgrades from. */
const migrations: Record<number, (old: unknown, instrument: string, now: string) => unknown> = {
  0: (old, instrument, now) => {
    if (typeof old !== 'object' || old === null || Array.isArray(old)) throw new MigrationError(['record: expected an object']);
    // Every entry is carried over (as own keys, whatever their names): the answers that
    // break a rule are then left out one by one and listed, as for a current record.
    const answers = Object.fromEntries(Object.entries(old).map(([item, value]) => [item, { value, at: now }]));
    return { v: 1, instrument, updatedAt: now, answers, snapshots: [] };
  },
};

class MigrationError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join(' '));
  }
}
const describe = (error: unknown): string[] => (error instanceof MigrationError ? error.problems : [String(error)]);

/** A record a newer QI Hub wrote still names its instrument and time and holds answers. */
function looksNewer(json: unknown, v: number, instrument: string): boolean {
  const r = json as { instrument?: unknown; updatedAt?: unknown; answers?: unknown };
  return (
    v <= MAX_KNOWN_VERSION &&
    r.instrument === instrument &&
    typeof r.updatedAt === 'string' &&
    ISO_TIME.test(r.updatedAt) &&
    typeof r.answers === 'object' &&
    r.answers !== null &&
    !Array.isArray(r.answers)
  );
}

/**
 * Reads stored text as a record of the given instrument, migrating if it can.
 * Answers that cannot be kept (see record-salvage.ts; with `rule`, values off
 * the scale too) are left out and listed in `dropped`.
 */
export function parseRecord(raw: string, instrument: string, now = new Date().toISOString(), rule?: ValueRule): Parsed {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { kind: 'not-json' };
  }
  const v = typeof json === 'object' && json !== null && !Array.isArray(json) && 'v' in json ? json.v : 0;
  if (typeof v !== 'number' || !Number.isInteger(v)) return { kind: 'wrong-shape', problems: ['v: not a version number'] };
  if (v > RECORD_VERSION) {
    if (!looksNewer(json, v, instrument)) return { kind: 'wrong-shape', problems: [`v: ${v}, but the rest is not a QI Hub record`] };
    // A record whose answers this version cannot read would leave the person
    // a locked, empty form: treat it as damaged, which can be downloaded or discarded.
    const asCurrent = readRecord({ ...(json as object), v: RECORD_VERSION });
    if (!asCurrent.ok) return { kind: 'wrong-shape', problems: [`v: ${v}, and its answers cannot be read by this version`] };
    return { kind: 'newer', version: v, record: asCurrent.value };
  }
  let data = json;
  let from: number | undefined;
  try {
    for (let at = v; at < RECORD_VERSION; at++) {
      const step = migrations[at];
      if (!step) return { kind: 'wrong-shape', problems: [`version ${v} cannot be upgraded`] };
      data = step(data, instrument, now);
      from = v;
    }
  } catch (e) {
    return { kind: 'wrong-shape', problems: describe(e) };
  }
  const result = salvageRecord(data, rule);
  if (!result) {
    const read = readRecord(data);
    return { kind: 'wrong-shape', problems: read.ok ? ['the record cannot be read'] : read.problems };
  }
  if (result.record.instrument !== instrument) {
    return { kind: 'wrong-shape', problems: [`instrument: "${result.record.instrument}" stored under "${instrument}"`] };
  }
  const parsed: Parsed = { kind: 'record', record: result.record, dropped: result.dropped };
  if (from !== undefined) parsed.migratedFrom = from;
  return parsed;
}

/**
 * Builds the storage module over a Storage. `getStorage` may throw (as
 * `window.localStorage` does when blocked); `events` is where "storage" events
 * arrive (the window in a browser).
 */
export function createAnswerStorage(getStorage: () => Storage | null | undefined, events?: StorageEvents): AnswerStorage {
  let keptCount = 0;
  /** Each instrument's scale, as last passed to `load`: saving judges the stored record by it too. */
  const rules = new Map<string, ValueRule>();

  // Every read and write goes through the guarded access the document store uses too.
  const { read, write, remove, keys } = guardedStorage(getStorage);
  const store = (): Storage | null => {
    try {
      return getStorage() ?? null;
    } catch {
      return null;
    }
  };

  /** Copies raw text to a fresh kept-aside key. Returns the key, or null if it could not be written. */
  const keepAside = (instrument: string, raw: string): string | null => {
    const stamp = new Date().toISOString();
    for (let attempt = 0; attempt < 20; attempt++) {
      const key = `${KEPT_ASIDE}${instrument}:${stamp}:${keptCount++}`;
      const existing = read(key);
      if (!existing.ok) return null;
      if (existing.value !== null) continue;
      return write(key, raw) === null ? key : null;
    }
    return null;
  };

  const load = (instrument: string, rule?: ValueRule): Loaded => {
    if (rule) rules.set(instrument, rule);
    const fresh = emptyRecord(instrument);
    const got = read(recordKey(instrument));
    if (!got.ok) return { record: fresh, readOnly: false, faults: [{ kind: 'blocked' }] };
    if (got.value === null) return { record: fresh, readOnly: false, faults: [] };
    const raw = got.value;
    const parsed = parseRecord(raw, instrument, undefined, rule);
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
      const parsed = parseRecord(existing.value, record.instrument, undefined, rules.get(record.instrument));
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
      const parsed = parseRecord(got.value, instrument, undefined, rule?.(instrument) ?? rules.get(instrument));
      const record = parsed.kind === 'record' ? parsed.record : parsed.kind === 'newer' ? parsed.record : null;
      if (record) out.push(capTimes(record, Date.now()));
    }
    return out;
  };

  const keptAside = (): KeptAside[] => {
    const out: KeptAside[] = [];
    for (const key of keys()) {
      if (!key.startsWith(KEPT_ASIDE)) continue;
      const got = read(key);
      if (!got.ok || got.value === null) continue;
      const [instrument = '', ...rest] = key.slice(KEPT_ASIDE.length).split(':');
      // The time itself holds colons: everything but the trailing counter.
      out.push({ key, instrument, keptAt: rest.slice(0, -1).join(':'), raw: got.value });
    }
    return out.sort((a, b) => (a.key < b.key ? -1 : 1));
  };

  const storedText = (instrument: string) => {
    const got = read(recordKey(instrument));
    return got.ok ? got.value : null;
  };

  const discardDamaged = (instrument: string): boolean => {
    const raw = storedText(instrument);
    if (raw === null) return read(recordKey(instrument)).ok;
    const parsed = parseRecord(raw, instrument, undefined, rules.get(instrument));
    if (parsed.kind === 'newer' || (parsed.kind === 'record' && parsed.dropped.length === 0)) return false;
    return remove(recordKey(instrument)) && storedText(instrument) === null;
  };

  const clearAll = () => {
    if (!read(PROBE).ok) return { ok: false, left: [] };
    for (const key of keys()) if (key.startsWith(KEY_PREFIX)) remove(key);
    const left = keys().filter((k) => k.startsWith(KEY_PREFIX));
    return { ok: left.length === 0, left };
  };

  const onOtherTab = (listener: (change: OtherTabChange) => void) => {
    if (!events) return () => {};
    const handle = (e: StorageEvent) => {
      const s = store();
      if (!s || (e.storageArea && e.storageArea !== s)) return;
      if (e.key === null) {
        listener({ kind: 'backup' });
        return listener({ kind: 'cleared', instrument: null });
      }
      if (e.key === IMPORT_BACKUP) return listener({ kind: 'backup' });
      if (!e.key.startsWith(ANSWERS)) return;
      const instrument = e.key.slice(ANSWERS.length);
      if (e.newValue === null) return listener({ kind: 'cleared', instrument });
      const parsed = parseRecord(e.newValue, instrument, undefined, rules.get(instrument));
      if (parsed.kind === 'record') listener({ kind: 'changed', instrument, record: parsed.record });
      else if (parsed.kind === 'newer') listener({ kind: 'newer-version', instrument, version: parsed.version });
      // Anything else is left for the next load to keep aside.
    };
    events.addEventListener('storage', handle);
    return () => events.removeEventListener('storage', handle);
  };

  return {
    available: () => read(PROBE).ok,
    load,
    save,
    saveAll,
    loadAll,
    instruments,
    keptAside,
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
    onOtherTab,
  };
}

let browser: AnswerStorage | undefined;

/** The storage module over this browser's localStorage (created on first use, never on the server). */
export function browserStorage(): AnswerStorage {
  browser ??= createAnswerStorage(
    () => globalThis.localStorage,
    typeof window === 'undefined' ? undefined : window,
  );
  return browser;
}

/** A file name and text for downloading a kept-aside record, exactly as it was stored. */
export function keptAsideDownload(item: KeptAside): { filename: string; text: string } {
  const safeTime = item.keptAt.replace(/[^0-9T]/g, '').slice(0, 15);
  return { filename: `qi-hub-kept-aside-${item.instrument || 'record'}-${safeTime}.txt`, text: item.raw };
}
