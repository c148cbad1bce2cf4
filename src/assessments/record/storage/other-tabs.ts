/**
 * What other tabs do to stored answers, from the browser's "storage" event
 * ("OTHER TABS" in index.ts's header says what each change becomes).
 */
import type { ValueRule } from '../../../schemas/answers-core';
import { ANSWERS, IMPORT_BACKUP } from './keys';
import { loadFullReader, ReaderNotLoaded, readStored } from './reader';
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
  // Changes wait, in order, while the full reader loads for one that needs it.
  let waiting: Promise<void> | null = null;
  const take = (e: StorageEvent) => {
    if (waiting) return void (waiting = waiting.then(() => handle(e)));
    try {
      handle(e);
    } catch (error) {
      if (!(error instanceof ReaderNotLoaded)) throw error;
      const mine: Promise<void> = loadFullReader().then(
        () => handle(e),
        () => {}, // Not fetched (offline): left for the next load, as a damaged record is.
      );
      waiting = mine;
      void mine.then(() => {
        if (waiting === mine) waiting = null;
      });
    }
  };
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
    const parsed = readStored(e.newValue, instrument, rules.get(instrument));
    if (parsed.kind === 'record') listener({ kind: 'changed', instrument, record: parsed.record });
    else if (parsed.kind === 'newer') listener({ kind: 'newer-version', instrument, version: parsed.version });
    // Anything else is left for the next load to keep aside.
  };
  events.addEventListener('storage', take);
  return () => events.removeEventListener('storage', take);
}
