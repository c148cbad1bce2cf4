/**
 * Listens for changes other tabs make to stored answers, from the browser's
 * "storage" event ("OTHER TABS" in index.ts's header says what each change
 * becomes). What an event means is worked out by the full reader
 * (other-tab-events.ts, in repair.ts), fetched with the first event, so a page
 * open in only one tab never loads it. Events wait for it in order, in a line
 * the storage shares with the store: the store saves this tab's own changes
 * after the events that came before them (`waiting`), as if each event had
 * been taken as it arrived.
 */
import type { ValueRule } from '../../../schemas/answers-core';
import { fullReader, loadFullReader, ReaderNotLoaded } from './reader';
import type { OtherTabChange, StorageEvents } from './types';

/** Events not yet handed on: their promise, which never rejects, until the last has been. */
export interface OtherTabLine {
  waiting: Promise<void> | null;
  /**
   * Counts "clear everything" (`clearAll`): an event still waiting when everything is cleared is
   * dropped, as what it reported went with the rest, and taking it first would have changed nothing.
   */
  cleared: number;
}

/**
 * Subscribes `listener` to changes other tabs make in the storage `store()`
 * returns; `rules` holds each instrument's scale. Returns the unsubscribe function.
 */
export function listenToOtherTabs(
  events: StorageEvents | undefined,
  store: () => Storage | null,
  rules: ReadonlyMap<string, ValueRule>,
  listener: (change: OtherTabChange) => void,
  line: OtherTabLine,
): () => void {
  if (!events) return () => {};
  const handle = (e: StorageEvent) => fullReader().otherTabChanges(e, store, rules).forEach((change) => listener(change));
  // A listener's error is thrown again outside the line, so the events and saves after it still run.
  const queue = (next: Promise<void>) => {
    const link = next.catch((error: unknown) => {
      setTimeout(() => {
        throw error;
      });
    });
    line.waiting = link;
    void link.then(() => {
      if (line.waiting === link) line.waiting = null;
    });
  };
  const take = (e: StorageEvent) => {
    if (!line.waiting) {
      try {
        return handle(e);
      } catch (error) {
        if (!(error instanceof ReaderNotLoaded)) throw error;
      }
    }
    // After the events already waiting, once the reader is in. If it cannot be fetched (offline), the
    // event is dropped (the next load reads what is stored) and the next event tries again.
    const before = line.waiting ?? Promise.resolve();
    const since = line.cleared;
    queue(
      before.then(loadFullReader).then(
        () => {
          if (line.cleared === since) handle(e);
        },
        () => {},
      ),
    );
  };
  events.addEventListener('storage', take);
  return () => events.removeEventListener('storage', take);
}
