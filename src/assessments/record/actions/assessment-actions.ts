/**
 * The store's actions that the results, the clear questions and the fault
 * cards use: snapshots, start again, reset, clear everything, save again
 * after another tab cleared, discard a damaged record. Apart from
 * assessment-store.ts so that what an assessment page runs at load, to save
 * answers, does not carry them; each goes through the store's `commit`.
 */
import { stampFor } from '../answer-record';
import { recordHasContent } from '../current-answers';
import { resetRecord, restamp, startAgain, takeSnapshot } from './record-resets';
import { $assessments, $importBackup, commit, saveAgain, stateOf, storageNow } from '../assessment-store';
import { withFault } from '../fault-list';
import { notSaved } from '../storage-messages';
import type { FaultKind } from '../storage/types';

/**
 * Saves the current answers as a dated, named snapshot. False when the
 * snapshot is only on the page (`notSaved`: storage full, blocked or failing,
 * a damaged record in the way, a newer version owning the record), so the
 * person is not told it was saved.
 */
export const saveSnapshot = (instrument: string, label: string): boolean => !notSaved(commit(instrument, (r, now) => takeSnapshot(r, label, now)));

/** Clears the current answers and keeps the snapshots. */
export const startInstrumentAgain = (instrument: string) => commit(instrument, (r, now) => startAgain(r, now));

/** Clears answers and snapshots of one instrument. */
export const resetInstrument = (instrument: string) => commit(instrument, (r, now) => resetRecord(r, now));

/**
 * Removes everything QI Hub keeps in this browser: every instrument's answers,
 * the import backup (so there is nothing to undo), kept-aside and migration
 * copies. Memory is emptied too, with a tombstone so that another tab's older
 * answers do not come back into this page. `left` lists keys that could not
 * be removed (storage blocked).
 */
export function clearEverything(): { ok: boolean; left: string[] } {
  const result = storageNow().clearAll();
  for (const [id, s] of Object.entries($assessments.get())) {
    if (!s.loaded) continue;
    const faults = result.ok ? [] : withFault(s.faults, { kind: 'blocked' });
    const record = resetRecord(s.record, new Date(stampFor(s.record)).toISOString());
    $assessments.setKey(id, { ...s, record, readOnly: false, savedAt: null, faults });
  }
  if (result.ok) $importBackup.set(false);
  return result;
}

/**
 * Saves exactly what this page shows, after another tab or window removed
 * the stored answers. Everything is stamped now, after a tombstone of now,
 * so that the tombstone the other tab's "Clear everything" keeps in its
 * memory (older than this) cannot wipe what the person chose to keep.
 */
export const saveShownAgain = (instrument: string) => commit(instrument, (r, now) => restamp(r, new Date(Date.parse(now) - 1)));

/** Removes a damaged record the person chose to discard, and saves what this page holds instead. */
export function discardDamaged(instrument: string): boolean {
  if (!storageNow().discardDamaged(instrument)) return false;
  const s = stateOf(instrument);
  $assessments.setKey(instrument, { ...s, faults: [] });
  if (recordHasContent(s.record)) saveAgain(instrument);
  return true;
}

/** Forgets one fault the person has read. */
export function dismissFault(instrument: string, kind: FaultKind): void {
  const s = stateOf(instrument);
  $assessments.setKey(instrument, { ...s, faults: s.faults.filter((f) => f.kind !== kind) });
}
