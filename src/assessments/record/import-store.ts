/**
 * Putting whole records in place in the assessment store (import, and undo of
 * an import), with the backup an import leaves behind. Apart from
 * assessment-store.ts so that pages load it only with the import controls.
 */
import type { AnswerRecord } from '../../schemas/answers-core';
import { importTime } from '../transfer/import-plan';
import { $assessments, $importBackup, followOtherTabs, stateOf, storageNow } from './assessment-store';
import { CLEARED_BY_SAVE, withFault } from './fault-list';
import type { StorageFault } from './storage/types';

export type PutOutcome = { ok: true } | { ok: false; fault: StorageFault };

/**
 * Puts whole records in place, as they are (import, undo): all of them or
 * none. Memory changes only when storage took every one; on a fault nothing
 * has changed anywhere.
 */
function putAll(records: readonly AnswerRecord[]): PutOutcome {
  const saved = storageNow().saveAll(records, { replace: true });
  if (saved.fault) return { ok: false, fault: saved.fault };
  const savedAt = new Date().toISOString();
  for (const record of saved.records) {
    const s = stateOf(record.instrument);
    $assessments.setKey(record.instrument, { ...s, loaded: true, record, savedAt, faults: withFault(s.faults, null, CLEARED_BY_SAVE) });
  }
  return { ok: true };
}

/**
 * Imports records (already planned, see import-plan.ts): first a backup of
 * what they replace, made by `backupOf` from the records in memory now and
 * dated at the time of the import (`importTime`, which Undo reads); then
 * every record, or none. If the records cannot all be written, the previous
 * backup is put back, so nothing at all has changed.
 */
export function importRecords(records: readonly AnswerRecord[], backupOf: (before: AnswerRecord[], importedAt: string) => string): PutOutcome {
  const s = storageNow();
  const previous = s.readBackup();
  const backupFault = s.writeBackup(backupOf(records.map((r) => stateOf(r.instrument).record), importTime(records)));
  if (backupFault) return { ok: false, fault: backupFault };
  const put = putAll(records);
  if (!put.ok) {
    if (previous === null) s.removeBackup();
    else s.writeBackup(previous);
  }
  $importBackup.set(s.readBackup() !== null);
  return put;
}

/** Puts back the records from an import's backup (all or none), then removes the backup. */
export function restoreBackup(records: readonly AnswerRecord[]): PutOutcome {
  const put = putAll(records);
  if (put.ok) storageNow().removeBackup();
  $importBackup.set(storageNow().readBackup() !== null);
  return put;
}

/** The import backup's text, if any; refreshes `$importBackup`. */
export function importBackup(): string | null {
  const text = storageNow().readBackup();
  $importBackup.set(text !== null);
  followOtherTabs();
  return text;
}

/** Removes the import backup (an undo that no longer means anything). */
export function dropImportBackup(): void {
  storageNow().removeBackup();
  $importBackup.set(storageNow().readBackup() !== null);
}
