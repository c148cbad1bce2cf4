/**
 * This browser's answers storage, without the full record reader: what an
 * assessment page loads at once. A record that is not clean and current is
 * read after `loadFullReader` (reader.ts); index.ts is the whole entry.
 */
import { createAnswerStorage } from './answer-storage';
import type { AnswerStorage } from './types';

let browser: AnswerStorage | undefined;

/** The storage module over this browser's localStorage (created on first use, never on the server). */
export function browserStorage(): AnswerStorage {
  browser ??= createAnswerStorage(
    () => globalThis.localStorage,
    typeof window === 'undefined' ? undefined : window,
  );
  return browser;
}

export { canReadNow, fullReader, loadFullReader, ReaderNotLoaded } from './reader';
