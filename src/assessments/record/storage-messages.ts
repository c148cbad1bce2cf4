/**
 * What the assessment page says about where answers stand: the status line
 * (the words for each storage fault are in fault-messages.ts, which loads only
 * when there is a fault). Pure, so tests can check that every state has words.
 */
import type { InstrumentState } from './assessment-store';
import type { StorageFault } from './storage';

const timeOf = (iso: string) => new Date(iso).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });

/** What the page says before its script has run, or when JavaScript is off. */
export const NO_SCRIPT_STATUS = 'Not saved yet: your answers are saved in this browser once this page has finished loading, which needs JavaScript. If this message stays, check your connection.';

/** The status line for a state. */
export function statusLine(state: InstrumentState): string {
  if (state.readOnly) return 'Not saved: a newer version of QI Hub stored these answers, so this page shows them but will not change them.';
  if (state.faults.some((f) => isDamaged(f) && f.keptAs === null))
    return 'Not saved: a damaged record is stored for this checklist and is in the way. Your answers are kept on this page until you close it.';
  if (state.faults.some((f) => f.kind === 'blocked' || f.kind === 'full' || f.kind === 'write-failed'))
    return 'Not saved in this browser. Your answers are kept on this page until you close it.';
  if (state.faults.some((f) => f.kind === 'cleared')) return 'Not saved: your answers were removed from this browser. They are still on this page.';
  if (state.savedAt) return `Saved in this browser at ${timeOf(state.savedAt)}.`;
  return 'Your answers are saved in this browser as you choose them.';
}

/** True for a fault about a stored record that could not be read. */
export const isDamaged = (fault: StorageFault): fault is Extract<StorageFault, { keptAs: string | null }> =>
  fault.kind === 'not-json' || fault.kind === 'wrong-shape' || fault.kind === 'partly-kept';
