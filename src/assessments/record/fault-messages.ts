/**
 * The heading and explanation the assessment page shows for each storage
 * fault, and the status line's words for why answers are not saved. Pure, so
 * tests can check that every fault has words for the person; loaded with the
 * fault cards (scripts/fault-card.ts), so that a page without faults never
 * loads it.
 */
import type { StorageFault } from './storage/types';
import type { InstrumentState } from './assessment-store';
import { inPlace } from './fault-list';
import { NOT_SAVED, notSaved, savedLine } from './storage-messages';

/** The status line for answers that are not saved (`notSaved` in storage-messages.ts), saying why. */
export function notSavedLine(state: InstrumentState): string {
  if (state.readOnly) return 'Not saved: a newer version of QI Hub stored these answers, so this page shows them but will not change them.';
  if (state.faults.some(inPlace)) return 'Not saved: a damaged record is stored for this checklist and is in the way. Your answers are kept on this page until you close it.';
  if (state.faults.some((f) => f.kind === 'blocked' || f.kind === 'full' || f.kind === 'write-failed'))
    return 'Not saved in this browser. Your answers are kept on this page until you close it.';
  if (state.faults.some((f) => f.kind === 'cleared')) return 'Not saved: your answers were removed from this browser. They are still on this page.';
  return NOT_SAVED;
}

/** The whole status line for a state, as the page shows it once these words have loaded. */
export const statusLine = (state: InstrumentState): string => (notSaved(state) ? notSavedLine(state) : savedLine(state));

/** The heading and explanation for a fault, and a list of what was left out if there is one. */
export function faultText(fault: StorageFault): { heading: string; body: string; list?: string[] } {
  switch (fault.kind) {
    case 'blocked':
      return {
        heading: 'This browser is not letting QI Hub save your answers',
        body: 'This can happen in private browsing, or when cookies and site data are blocked. Your answers stay on this page until you close it. Export them to keep a copy.',
      };
    case 'full':
    case 'write-failed':
      return {
        heading: fault.kind === 'full' ? 'This browser’s storage is full' : 'Your latest answers could not be saved',
        body: 'Your latest answers were not saved in this browser, but they are still on this page. Export them to keep a copy, or clear answers you no longer need, then try again.',
      };
    case 'cleared':
      return {
        heading: 'Your answers were removed from this browser',
        body: 'They were cleared from this browser’s storage, perhaps in another tab or window, or by clearing browsing data. They are still on this page.',
      };
    case 'newer-version':
      return {
        heading: 'These answers were saved by a newer version of QI Hub',
        body: 'You can see them, but this page will not change them. Reload the page to get the newer version. You can also download them as they are stored.',
      };
    case 'migrated':
      return { heading: 'Your answers were updated to the current format', body: 'They were stored in an older format. Nothing was lost.' };
    case 'partly-kept':
      return {
        heading: fault.dropped.length === 1 ? 'One of your stored answers could not be kept' : `${fault.dropped.length} of your stored answers could not be kept`,
        body: fault.keptAs
          ? 'Your other answers are kept and shown below. These were left out, probably because the checklist changed after you answered or the record was damaged. We have kept a copy of the record exactly as it was stored: you can download it, or discard it.'
          : 'Your other answers are shown below. These were left out, probably because the checklist changed after you answered or the record was damaged. There was no room to keep a copy of the record as it was stored, so it is still stored and nothing new can be saved until it is gone. Download it to keep it, or discard it and save the answers shown. Until then, your answers stay on this page.',
        list: fault.dropped,
      };
    default: {
      const damaged = 'The answers stored in this browser for this checklist were damaged or in a shape we do not recognise.';
      return fault.keptAs
        ? {
            heading: 'Your answers could not be read',
            body: `${damaged} We have kept a copy aside, exactly as it was, and started afresh. You can download the damaged record, or discard it.`,
          }
        : {
            heading: 'Your answers could not be read',
            body: `${damaged} There was no room to keep a copy aside, so it is still stored and nothing new can be saved until it is gone. Download the damaged record to keep it, or discard it and start again. Until then, your answers stay on this page.`,
          };
    }
  }
}
