/**
 * What other tabs do to stored answers, from the browser's "storage" event
 * ("OTHER TABS" in index.ts's header says what each change becomes).
 */
import type { ValueRule } from '../../../schemas/answers-core';
import { ANSWERS, IMPORT_BACKUP } from './keys';
import { parseRecord } from './parse-record';
import type { OtherTabChange, StorageEvents } from './types';

/**
 * Subscribes `listener` to changes other tabs make in the storage `store()`
 * returns; `rules` holds each instrument's scale. Returns the unsubscribe function.
 */
export function listenToOtherTabs(
  events: StorageEvents | undefined,
  store: () => Storage | null,
  rules: ReadonlyMap<string, ValueRule>,
  listener: (change: OtherTabChange) => void,
): () => void {
  if (!events) return () => {};
  const handle = (e: StorageEvent) => {
    const s = store();
    if (!s || (e.storageArea && e.storageArea !== s)) return;
    if (e.key === null) {
      listener({ kind: 'backup' });
      return listener({ kind: 'cleared', instrument: null });
    }
    if (e.key === IMPORT_BACKUP) return listener({ kind: 'backup' });
    if (!e.key.startsWith(ANSWERS)) return;
    const instrument = e.key.slice(ANSWERS.length);
    if (e.newValue === null) return listener({ kind: 'cleared', instrument });
    const parsed = parseRecord(e.newValue, instrument, undefined, rules.get(instrument));
    if (parsed.kind === 'record') listener({ kind: 'changed', instrument, record: parsed.record });
    else if (parsed.kind === 'newer') listener({ kind: 'newer-version', instrument, version: parsed.version });
    // Anything else is left for the next load to keep aside.
  };
  events.addEventListener('storage', handle);
  return () => events.removeEventListener('storage', handle);
}
