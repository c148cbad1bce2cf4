/**
 * Keeping stored text that could not be used: byte for byte, under a fresh key
 * `<prefix><name>:<time>:<n>`, written once and never overwritten. The answers
 * storage and the document store both keep damaged records this way.
 */
import type { GuardedStorage } from './guarded';

/** Copies raw text to a fresh kept-aside key. Returns the key, or null if it could not be written. */
export function keeperOf({ read, write }: GuardedStorage, prefix: string): (name: string, raw: string) => string | null {
  let keptCount = 0;
  return (name, raw) => {
    const stamp = new Date().toISOString();
    for (let attempt = 0; attempt < 20; attempt++) {
      const key = `${prefix}${name}:${stamp}:${keptCount++}`;
      const existing = read(key);
      if (!existing.ok) return null;
      if (existing.value !== null) continue;
      return write(key, raw) === null ? key : null;
    }
    return null;
  };
}
