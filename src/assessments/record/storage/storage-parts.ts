/**
 * What the answers storage's modules share (answer-storage.ts builds it; the
 * parts that load on demand, repair.ts, use it).
 */
import type { AnswerRecord, ValueRule } from '../../../schemas/answers-core';
import type { GuardedStorage } from '../../../storage/guarded';
import type { AnswerStorage, SaveOptions, StorageFault } from './types';

export interface StorageParts {
  guarded: GuardedStorage;
  /** Each instrument's scale, as last passed to `load`. */
  rules: Map<string, ValueRule>;
  /** Copies a record aside; its key, or null when it could not be written. */
  keepAside: (instrument: string, raw: string) => string | null;
  /** What `save` would write for one record, or the fault that stops it. Writes only kept-aside copies. */
  prepare: (record: AnswerRecord, options: SaveOptions) => Prepared;
}

/** What `save` would write (or the fault that stops it), and the text stored before. */
export interface Prepared {
  fault: StorageFault | null;
  record: AnswerRecord;
  old: string | null;
}

/** The methods that only imports, lists and damaged records need: built by repair.ts. */
export type MoreStorage = Pick<AnswerStorage, 'saveAll' | 'loadAll' | 'instruments' | 'keptAside' | 'discardKeptAside' | 'discardDamaged'>;
