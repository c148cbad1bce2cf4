/**
 * Guarded access to a browser `Storage`. In real browsers, reading
 * `window.localStorage` throws when cookies are blocked, `setItem` throws when
 * storage is full, and another tab or the person can empty it at any moment:
 * every call here catches, and reports what happened as data, never as an
 * exception.
 *
 * The answers storage (`src/assessments/record/storage/`) and the document store
 * (`./documents.ts`) sit on this, so both report the same fault kinds.
 */

/** Every key QI Hub writes starts with this; "Clear everything" removes them all. */
export const KEY_PREFIX = 'qi-hub:';

/** A write that did not happen, and why. */
export type WriteFault = { kind: 'blocked' } | { kind: 'full' } | { kind: 'write-failed' };

export type Read = { ok: true; value: string | null } | { ok: false };

export interface GuardedStorage {
  /** The stored text, null when absent; `ok: false` when storage cannot be read at all. */
  read(key: string): Read;
  /** Null when written; the fault otherwise. */
  write(key: string, value: string): WriteFault | null;
  /** True when the key is gone (or was never there) and storage could be used. */
  remove(key: string): boolean;
  /** Every key in storage (empty when it cannot be read). */
  keys(): string[];
}

/** The parts of `window` the stores listen to, for other tabs' writes. */
export interface StorageEvents {
  addEventListener(type: 'storage', fn: (e: StorageEvent) => void): void;
  removeEventListener(type: 'storage', fn: (e: StorageEvent) => void): void;
}

/** True for the errors browsers throw when storage is full. */
export const isQuota = (e: unknown): boolean =>
  e instanceof Error &&
  (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || (e as { code?: number }).code === 22);

/** Wraps a Storage getter (which may itself throw, as `window.localStorage` does when blocked). */
export function guardedStorage(getStorage: () => Storage | null | undefined): GuardedStorage {
  const store = (): Storage | null => {
    try {
      return getStorage() ?? null;
    } catch {
      return null;
    }
  };
  return {
    read(key) {
      const s = store();
      if (!s) return { ok: false };
      try {
        return { ok: true, value: s.getItem(key) };
      } catch {
        return { ok: false };
      }
    },
    write(key, value) {
      const s = store();
      if (!s) return { kind: 'blocked' };
      try {
        s.setItem(key, value);
        return null;
      } catch (e) {
        return isQuota(e) ? { kind: 'full' } : { kind: 'write-failed' };
      }
    },
    remove(key) {
      const s = store();
      try {
        s?.removeItem(key);
        return !!s;
      } catch {
        return false;
      }
    },
    keys() {
      const s = store();
      if (!s) return [];
      try {
        const out: string[] = [];
        for (let i = 0; i < s.length; i++) {
          const k = s.key(i);
          if (k !== null) out.push(k);
        }
        return out;
      } catch {
        return [];
      }
    },
  };
}
