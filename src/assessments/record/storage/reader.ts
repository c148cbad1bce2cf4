/**
 * Reads stored text as a record. Clean, current records are read by
 * clean-record.ts; everything else needs the full reader (repair.ts, with
 * parse-record.ts: migration, salvage, versions, the storage methods only
 * damaged records, imports and lists use, and other tabs' changes), which is
 * loaded only when needed, so an assessment page whose answers are stored
 * cleanly, open in one tab, never fetches it.
 * index.ts puts it in place at once, so every module that imports the whole
 * storage (and every test) works synchronously as before.
 */
import type { ValueRule } from '../../../schemas/answers-core';
import { readClean } from './clean-record';

type FullReader = typeof import('./repair');

let full: FullReader | undefined;

/** Thrown when text needs the full reader before it has been loaded (`loadFullReader`). */
export class ReaderNotLoaded extends Error {
  constructor() {
    super('The full record reader is not loaded yet.');
  }
}

/** Puts the full reader in place (index.ts, statically). */
export function useFullReader(reader: FullReader): void {
  full = reader;
}

/** Loads the full reader; resolves at once when it is already in place. */
export function loadFullReader(): Promise<void> {
  if (full) return Promise.resolve();
  return import('./repair').then(useFullReader);
}

/** Whether `raw` (null: nothing stored) can be read now without loading anything. */
export function canReadNow(raw: string | null, instrument: string, rule?: ValueRule): boolean {
  return !!full || raw === null || readClean(raw, instrument, rule) !== null;
}

/** The full reader; throws ReaderNotLoaded when it is not loaded. */
export function fullReader(): FullReader {
  if (!full) throw new ReaderNotLoaded();
  return full;
}
