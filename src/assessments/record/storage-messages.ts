/**
 * Which status line the assessment page shows for where answers stand (the
 * words for each storage fault are in fault-messages.ts, which loads only when
 * there is a fault). The words of each line are in status-words.ts: the page
 * writes them into its HTML at build, so the form's script, which runs at
 * load, carries only the choice. Pure, so tests can check that every state
 * has words.
 */
import type { InstrumentState } from './assessment-store';
import type { StorageFault } from './storage';

/** The status lines, by name. `saved-at` has a `{time}` for the time of the last save. */
export type StatusKind = 'read-only' | 'in-the-way' | 'not-saved' | 'cleared' | 'saved-at' | 'saving';

/** The attribute of the status line element that holds a line's words (status-words.ts writes them). */
export const statusAttribute = (kind: StatusKind | 'note-changed') => `data-say-${kind}`;

/** Which line a state shows. */
export function statusKind(state: InstrumentState): StatusKind {
  if (state.readOnly) return 'read-only';
  if (state.faults.some((f) => isDamaged(f) && f.keptAs === null)) return 'in-the-way';
  if (state.faults.some((f) => f.kind === 'blocked' || f.kind === 'full' || f.kind === 'write-failed')) return 'not-saved';
  if (state.faults.some((f) => f.kind === 'cleared')) return 'cleared';
  if (state.savedAt) return 'saved-at';
  return 'saving';
}

/** The `{time}` in a line, as the reader's clock shows it (hours and minutes). */
export const withTime = (words: string, savedAt: string | null): string =>
  savedAt ? words.replace('{time}', new Date(savedAt).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' })) : words;

/** True for a fault about a stored record that could not be read. */
export const isDamaged = (fault: StorageFault): fault is Extract<StorageFault, { keptAs: string | null }> =>
  fault.kind === 'not-json' || fault.kind === 'wrong-shape' || fault.kind === 'partly-kept';
