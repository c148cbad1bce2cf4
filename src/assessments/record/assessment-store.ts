/**
 * The in-memory state of a person's assessments, as nanostores, and the
 * actions that change it. Memory is the source of truth while the page is
 * open: every action updates memory first, then tries to save through
 * `storage/`. When storage is blocked or full the answers stay in memory,
 * the fault is shown, and export (which reads memory) still works.
 *
 * Every action is stamped with a time later than anything the record holds
 * (`stampFor`), and storage caps stored times just before it, so what the
 * person does now always wins, even after a clock that ran fast.
 *
 * Only what loading and saving answers need is here (it runs at page load);
 * snapshots, start again, reset and the fault cards' actions are in
 * actions/assessment-actions.ts.
 */
import { atom, map } from 'nanostores';
import type { AnswerRecord, ValueRule } from '../../schemas/answers-core';
import { emptyRecord } from '../../schemas/answers-core';
import { setAnswer, stampFor, type AnswerChange } from './answer-record';
import { CLEARED_BY_SAVE, inPlace, withFault } from './fault-list';
import { browserStorage, canReadNow, fullReader, loadFullReader, ReaderNotLoaded } from './storage/browser';
import type { AnswerStorage, StorageFault } from './storage/types';

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

/** Whether this browser holds a backup from the last import (so it can be undone). */
export const $importBackup = atom(false);

let storage: AnswerStorage | null = null;
let stopListening: (() => void) | null = null;

/** The storage module in use (this browser's, unless a test swapped it). */
export const storageNow = () => (storage ??= browserStorage());

/** Swaps the storage module (tests). Clears all state. */
export function useStorage(next: AnswerStorage): void {
  stopListening?.();
  stopListening = null;
  storage = next;
  $assessments.set({});
  $importBackup.set(false);
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

/** Loads an instrument's stored answers and starts following other tabs. Call after hydration. */
export function openInstrument(instrument: string, rule?: ValueRule): InstrumentState {
  const loaded = storageNow().load(instrument, rule);
  const state: InstrumentState = { ...loaded, loaded: true, savedAt: null };
  $assessments.setKey(instrument, state);
  followOtherTabs();
  return state;
}

/**
 * Null when the instrument's stored record can be read at once (clean and
 * current, or none); otherwise a promise that settles when the reader for it
 * has been fetched, or could not be. Call `openInstrument` after it.
 */
export function readerReady(instrument: string, rule?: ValueRule): Promise<void> | null {
  if (canReadNow(storageNow().storedText(instrument), instrument, rule)) return null;
  return loadFullReader().catch(() => {});
}

/**
 * Keeps a change in memory and saves it once `ready` settles: when another tab has just
 * stored a record this page cannot read without the full reader (if the reader cannot be
 * fetched, the fault says the change was not saved), or when other tabs' changes that came
 * before it are still waiting to be taken (they are taken first, as if they had been at once).
 */
function saveWhen(ready: Promise<void>, instrument: string, state: InstrumentState): InstrumentState {
  $assessments.setKey(instrument, state);
  ready.then(
    () => saveAgain(instrument),
    () => {
      const s = stateOf(instrument);
      $assessments.setKey(instrument, { ...s, faults: withFault(s.faults, { kind: 'write-failed' }) });
    },
  );
  return state;
}

/** Applies a change to memory and saves it (the actions here and in actions/assessment-actions.ts). */
export function commit(instrument: string, change: (r: AnswerRecord, now: string) => AnswerRecord): InstrumentState {
  const before = stateOf(instrument);
  const stamp = stampFor(before.record);
  const record = change(before.record, new Date(stamp).toISOString());
  if (before.readOnly) {
    const state = { ...before, record };
    $assessments.setKey(instrument, state);
    return state;
  }
  const waiting = storageNow().otherTabsWaiting();
  if (waiting) return saveWhen(waiting, instrument, { ...before, record });
  let saved;
  try {
    saved = storageNow().save(record, { now: stamp });
  } catch (e) {
    if (e instanceof ReaderNotLoaded) return saveWhen(loadFullReader(), instrument, { ...before, record });
    throw e;
  }
  const state: InstrumentState = {
    ...before,
    record: saved.fault ? record : saved.record,
    // The real time of the save, for the status line: never a time in the future.
    savedAt: saved.fault ? before.savedAt : new Date().toISOString(),
    readOnly: saved.fault?.kind === 'newer-version',
    faults: saved.fault ? withFault(before.faults, saved.fault) : withFault(before.faults, null, CLEARED_BY_SAVE).filter((f) => !inPlace(f)),
  };
  $assessments.setKey(instrument, state);
  return state;
}

/** Records an answer (a point on the scale and/or a note) to one item. */
export const answer = (instrument: string, item: string, change: AnswerChange) =>
  commit(instrument, (r, now) => setAnswer(r, item, change, now));

/** Writes memory to storage again, e.g. after a failed write. */
export const saveAgain = (instrument: string) => commit(instrument, (r) => r);

/** Starts following other tabs' changes, once. */
export function followOtherTabs(): void {
  if (stopListening) return;
  stopListening = storageNow().onOtherTab((change) => {
    if (change.kind === 'backup') return void $importBackup.set(storageNow().readBackup() !== null);
    const all = $assessments.get();
    const targets = change.instrument === null ? Object.keys(all) : [change.instrument];
    for (const id of targets) {
      const s = all[id];
      if (!s) continue;
      // Storage hands changes on only once the full reader is in (storage/other-tabs.ts): the code that takes them comes with it.
      const taken = fullReader().takeOtherTabChange(s, change);
      $assessments.setKey(id, taken.state);
      if (taken.writeBack) commit(id, (r) => r);
    }
  });
}
