/**
 * The words of the assessment page's status line, and of the message under a
 * note another tab changed: the one place they are written. The page puts
 * them into its HTML at build (statusWordsAttributes, on the status line), and
 * the form's script reads them from there, so the JavaScript fetched at load
 * does not carry them. Before the script runs, or without JavaScript, the line
 * says NO_SCRIPT_STATUS.
 */
import type { InstrumentState } from './assessment-store';
import { statusAttribute, statusKind, withTime, type StatusKind } from './storage-messages';

/** What the page says before its script has run, or when JavaScript is off. */
export const NO_SCRIPT_STATUS = 'Not saved: saving your answers needs JavaScript, which has not run on this page.';

/** Each status line. */
export const STATUS_WORDS: Record<StatusKind, string> = {
  'read-only': 'Not saved: a newer version of QI Hub stored these answers, so this page shows them but will not change them.',
  'in-the-way':
    'Not saved: a damaged record is stored for this checklist and is in the way. Your answers are kept on this page until you close it.',
  'not-saved': 'Not saved in this browser. Your answers are kept on this page until you close it.',
  cleared: 'Not saved: your answers were removed from this browser. They are still on this page.',
  'saved-at': 'Saved in this browser at {time}.',
  saving: 'Your answers are saved in this browser as you choose them.',
};

/** Said under a note being edited when another tab changed it. */
export const NOTE_CHANGED = 'This note was changed in another tab or window. It now shows what is saved.';

/** Every line's words as attributes of the status line element. */
export const statusWordsAttributes = (): Record<string, string> => ({
  ...Object.fromEntries(Object.entries(STATUS_WORDS).map(([kind, words]) => [statusAttribute(kind as StatusKind), words])),
  [statusAttribute('note-changed')]: NOTE_CHANGED,
});

/** The status line for a state, as the page shows it. */
export const statusLine = (state: InstrumentState): string => withTime(STATUS_WORDS[statusKind(state)], state.savedAt);
