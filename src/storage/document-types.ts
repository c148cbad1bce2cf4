/** The document store's shapes: what it holds, reports and is given. */
import type { WriteFault } from './guarded';

/** What went wrong, in the answers storage's terms, so pages word faults one way. */
export type DocumentFault =
  | WriteFault
  | { kind: 'not-json'; keptAs: string | null }
  | { kind: 'wrong-shape'; keptAs: string | null; problems: string[] }
  | { kind: 'newer-version'; version: number };

export type Checked<T> = { ok: true; value: T } | { ok: false; problems: string[] };

export interface StoredDocument<T> {
  id: string;
  updatedAt: string;
  doc: T;
}

export type DocumentChange<T> =
  | { kind: 'changed'; id: string; stored: StoredDocument<T> }
  /** Removed in another tab; id "*" when that tab cleared all storage. */
  | { kind: 'removed'; id: string }
  | { kind: 'newer-version'; id: string; version: number };

export interface KeptAsideDocument {
  key: string;
  /** Exactly what was stored. */
  raw: string;
}

export interface DocumentStore<T> {
  available(): boolean;
  /** Every readable document of this kind, newest first. Damaged ones are left for `load` to set aside. */
  list(): StoredDocument<T>[];
  /** The ids `list` leaves out because their stored text cannot be read (not JSON, or the wrong shape). */
  damagedIds(): string[];
  load(id: string): { stored: StoredDocument<T> | null; readOnly: boolean; faults: DocumentFault[] };
  /** Writes the document whole. `doc` must pass `check` (anything else is a bug, and throws). */
  save(id: string, doc: T, now?: number): { fault: DocumentFault | null; stored: StoredDocument<T> };
  remove(id: string): boolean;
  /** The stored text of a document exactly as it is (to download a damaged one). */
  storedText(id: string): string | null;
  /** Removes a document only while it still cannot be read. True when gone. */
  discard(id: string): boolean;
  keptAside(): KeptAsideDocument[];
  discardKeptAside(key: string): boolean;
  onOtherTab(listener: (change: DocumentChange<T>) => void): () => void;
}

export interface DocumentStoreOptions<T> {
  /** Lower-case word: keys are qi-hub:<kind>:<id>. */
  kind: string;
  /** The document's shape, checked on every read and write. */
  check: (doc: unknown) => Checked<T>;
  /** The envelope version this code writes. */
  version: number;
  /** Upgrades a doc from the version given by the key to the next one. */
  migrations?: Record<number, (old: unknown) => unknown>;
}
