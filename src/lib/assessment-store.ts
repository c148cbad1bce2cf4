/**
 * The in-memory state of a person's assessments, as nanostores, and the
 * actions that change it. Memory is the source of truth while the page is
 * open: every action updates memory first, then tries to save through
 * `storage.ts`. When storage is blocked or full the answers stay in memory,
 * the fault is shown, and export (which reads memory) still works.
 */
import { map } from 'nanostores';
import type { AnswerRecord, ValueRule } from '../schemas/answers-core';
import { emptyRecord } from '../schemas/answers-core';
import {
  mergeRecords,
  resetRecord,
  sameRecord,
  setAnswer,
  startAgain,
  takeSnapshot,
  type AnswerChange,
} from './answer-record';
import { browserStorage, type AnswerStorage, type FaultKind, type StorageFault } from './storage';

/** Where an instrument's answers stand. */
export interface InstrumentState {
  record: AnswerRecord;
  /** Loaded from storage yet (false during server render and before hydration finishes). */
  loaded: boolean;
  /** A newer version of QI Hub wrote the stored record: show, never save. */
  readOnly: boolean;
  /** When the record was last written to storage in this page, if it was. */
  savedAt: string | null;
  /** Faults to show, newest last; one of each kind. */
  faults: StorageFault[];
}

/** Every opened instrument's state, by instrument id. */
export const $assessments = map<Record<string, InstrumentState>>({});

let storage: AnswerStorage | null = null;
const rules = new Map<string, ValueRule>();
let stopListening: (() => void) | null = null;

const storageNow = () => (storage ??= browserStorage());

/** Swaps the storage module (tests). Clears all state. */
export function useStorage(next: AnswerStorage): void {
  stopListening?.();
  stopListening = null;
  storage = next;
  rules.clear();
  $assessments.set({});
}

/** The state of one instrument; an empty, unloaded one if it was never opened. */
export function stateOf(instrument: string): InstrumentState {
  return (
    $assessments.get()[instrument] ?? {
      record: emptyRecord(instrument, '1970-01-01T00:00:00.000Z'),
      loaded: false,
      readOnly: false,
      savedAt: null,
      faults: [],
    }
  );
}

const withFault = (faults: StorageFault[], fault: StorageFault | null, clear: FaultKind[] = []): StorageFault[] => {
  const kept = faults.filter((f) => !clear.includes(f.kind) && (!fault || f.kind !== fault.kind));
  return fault ? [...kept, fault] : kept;
};

/** Faults that a successful write proves are over. */
const CLEARED_BY_SAVE: FaultKind[] = ['blocked', 'full', 'write-failed', 'cleared'];

/** Loads an instrument's stored answers and starts following other tabs. Call after hydration. */
export function openInstrument(instrument: string, rule?: ValueRule): InstrumentState {
  if (rule) rules.set(instrument, rule);
  const loaded = storageNow().load(instrument, rule);
  const state: InstrumentState = { ...loaded, loaded: true, savedAt: null };
  $assessments.setKey(instrument, state);
  followOtherTabs();
  return state;
}

/** Applies a change to memory and saves it. */
function commit(instrument: string, change: (r: AnswerRecord) => AnswerRecord, options?: { replace?: boolean }): InstrumentState {
  const before = stateOf(instrument);
  const record = change(before.record);
  if (before.readOnly) {
    const state = { ...before, record };
    $assessments.setKey(instrument, state);
    return state;
  }
  const saved = storageNow().save(record, options);
  const state: InstrumentState = {
    ...before,
    record: saved.fault ? record : saved.record,
    savedAt: saved.fault ? before.savedAt : saved.record.updatedAt,
    readOnly: saved.fault?.kind === 'newer-version',
    faults: withFault(before.faults, saved.fault, saved.fault ? [] : CLEARED_BY_SAVE),
  };
  $assessments.setKey(instrument, state);
  return state;
}

/** Records an answer (a point on the scale and/or a note) to one item. */
export const answer = (instrument: string, item: string, change: AnswerChange) =>
  commit(instrument, (r) => setAnswer(r, item, change));

/** Saves the current answers as a dated, named snapshot. */
export const saveSnapshot = (instrument: string, label: string) => commit(instrument, (r) => takeSnapshot(r, label));

/** Clears the current answers and keeps the snapshots. */
export const startInstrumentAgain = (instrument: string) => commit(instrument, (r) => startAgain(r));

/** Clears answers and snapshots of one instrument. */
export const resetInstrument = (instrument: string) => commit(instrument, (r) => resetRecord(r));

/** Clears every instrument stored in this browser, opened here or not. */
export function clearEverything(): void {
  const ids = new Set([...storageNow().instruments(), ...Object.keys($assessments.get())]);
  for (const id of ids) {
    if (!$assessments.get()[id]) $assessments.setKey(id, { ...stateOf(id), loaded: true });
    resetInstrument(id);
  }
}

/** Writes memory to storage again, e.g. after another tab cleared it. */
export const saveAgain = (instrument: string) => commit(instrument, (r) => r);

/**
 * Puts a whole record in place (import). `replace` writes it as it is;
 * otherwise it is merged with what is there.
 */
export const putRecord = (record: AnswerRecord, replace = false) =>
  commit(record.instrument, (r) => (replace ? record : mergeRecords(r, record)), { replace });

/** The records held in memory: what export reads when storage is unavailable. */
export function recordsInMemory(): AnswerRecord[] {
  return Object.values($assessments.get()).map((s) => s.record);
}

/** Forgets one fault the person has read. */
export function dismissFault(instrument: string, kind: FaultKind): void {
  const s = stateOf(instrument);
  $assessments.setKey(instrument, { ...s, faults: s.faults.filter((f) => f.kind !== kind) });
}

function followOtherTabs(): void {
  if (stopListening) return;
  stopListening = storageNow().onOtherTab((change) => {
    const all = $assessments.get();
    const targets = change.instrument === null ? Object.keys(all) : [change.instrument];
    for (const id of targets) {
      const s = all[id];
      if (!s) continue;
      if (change.kind === 'cleared') {
        // Memory keeps the answers; the person chooses whether to save them again.
        $assessments.setKey(id, { ...s, savedAt: null, faults: withFault(s.faults, { kind: 'cleared' }) });
      } else if (change.kind === 'newer-version') {
        $assessments.setKey(id, { ...s, readOnly: true, faults: withFault(s.faults, { kind: 'newer-version', version: change.version }) });
      } else {
        const merged = mergeRecords(s.record, change.record);
        const next: InstrumentState = { ...s, record: merged, faults: withFault(s.faults, null, ['cleared']) };
        $assessments.setKey(id, next);
        // Write back only if this tab held something the other did not: the exchange then ends.
        if (!s.readOnly && !sameRecord(merged, change.record)) commit(id, (r) => r);
      }
    }
  });
}
