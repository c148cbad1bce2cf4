/** The answers storage's public shapes: what it returns, reports and is given. */
import type { AnswerRecord, ValueRule } from '../../../schemas/answers-core';

export type { StorageEvents } from '../../../storage/guarded';

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
  /**
   * Null when every change other tabs made has been handed to the listener; otherwise a
   * promise, never rejected, that settles once those changes waiting (for the code that
   * reads them, fetched with the first) have been.
   */
  otherTabsWaiting(): Promise<void> | null;
}
