/**
 * What the assessment page says about where answers stand, in the status
 * line, as far as the page needs it before it is usable: whether answers are
 * saved, and when. Why answers are not saved (storage full, blocked, a
 * damaged record in the way, a newer version) is worded in fault-messages.ts,
 * which loads with the fault cards: such a state always has a fault to show.
 * Until those words arrive, or if they cannot be fetched, the line says
 * NOT_SAVED. Pure, so tests can check that every state has words.
 */
import type { InstrumentState } from './assessment-store';
import { CLEARED_BY_SAVE, inPlace } from './fault-list';
import type { StorageFault } from './storage';

const timeOf = (iso: string) => new Date(iso).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });

/** What the page says before its script has run, or when JavaScript is off. */
export const NO_SCRIPT_STATUS = 'Not saved yet: your answers are saved in this browser once this page has finished loading, which needs JavaScript. If this message stays, check your connection.';

/** What the status line says of answers not saved, until fault-messages.ts says why. */
export const NOT_SAVED = 'Not saved in this browser.';

/**
 * True when what the page shows is not what storage holds: a newer version
 * owns the record, a damaged record is in the way, storage is blocked, full
 * or failing, or the answers were removed from storage (the faults a
 * successful save would end).
 */
export const notSaved = (state: InstrumentState): boolean => state.readOnly || state.faults.some((f) => inPlace(f) || CLEARED_BY_SAVE.includes(f.kind));

/** The status line for answers that are saved (not `notSaved`). */
export const savedLine = (state: InstrumentState): string =>
  state.savedAt ? `Saved in this browser at ${timeOf(state.savedAt)}.` : 'Your answers are saved in this browser as you choose them.';

/** True for a fault about a stored record that could not be read. */
export const isDamaged = (fault: StorageFault): fault is Extract<StorageFault, { keptAs: string | null }> =>
  fault.kind === 'not-json' || fault.kind === 'wrong-shape' || fault.kind === 'partly-kept';
