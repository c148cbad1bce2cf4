/** The list of storage faults a page shows for one instrument: one of each kind, newest last. */
import type { FaultKind, StorageFault } from './storage';

/** The faults with `fault` added (replacing one of its kind) and every kind in `clear` removed. */
export const withFault = (faults: StorageFault[], fault: StorageFault | null, clear: FaultKind[] = []): StorageFault[] => {
  const kept = faults.filter((f) => !clear.includes(f.kind) && (!fault || f.kind !== fault.kind));
  return fault ? [...kept, fault] : kept;
};

/** Faults that a successful write proves are over. */
export const CLEARED_BY_SAVE: FaultKind[] = ['blocked', 'full', 'write-failed', 'cleared'];

/** A damaged record left where it was: a save that went through has just copied it aside. */
export const inPlace = (f: StorageFault) => 'keptAs' in f && f.keptAs === null;
