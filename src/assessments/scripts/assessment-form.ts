/**
 * Binds the server-rendered assessment form to the store, without Preact, so
 * that what an assessment page runs at load is this module, the store and
 * storage (Preact arrives with the results island, when it is scrolled to).
 * It loads stored answers into the radios and notes, saves each answer as it
 * is given, keeps the "saved in this browser" line up to date and shows any
 * storage fault (the fault cards load only when there is one, from
 * fault-card.ts, which also places them). The server renders the default state; what the person
 * chose or typed before this ran is newer than what is stored, so it is saved
 * and kept (early-answers.ts); everything else shows what is stored.
 */
import { $assessments, answer, openInstrument, readerReady, type InstrumentState } from '../record/assessment-store';
import { earlyChanges, type ItemOnForm } from '../record/early-answers';
import type { StorageFault } from '../record/storage/types';
import { NOT_SAVED, notSaved, savedLine } from '../record/storage-messages';
import { el } from './element';

/** Enhances the form named by the status line's `data-form`. Does nothing without both. */
export function enhanceAssessmentForm(status = document.querySelector<HTMLElement>('[data-assessment-status]')): void {
  const form = status && document.getElementById(status.dataset.form ?? '');
  const instrument = form?.dataset.instrument;
  if (!status || !form || !instrument) return;
  const items = (status.dataset.items ?? '').split(' ');
  const values = (status.dataset.values ?? '').split(' ').map(Number);

  const timers = new Map<string, number>();
  const saveNote = (note: HTMLTextAreaElement) => {
    const id = note.dataset.note!;
    clearTimeout(timers.get(id));
    timers.delete(id);
    answer(instrument, id, { note: note.value });
  };
  // Until the stored answers are on the form (a moment, when a damaged or old record needs
  // the full reader), changes are not saved at once: opening reads them off the form and saves them then.
  let opened = false;
  form.addEventListener('change', (e) => {
    const t = e.target;
    if (!opened) return;
    if (t instanceof HTMLInputElement && t.type === 'radio') answer(instrument, t.name, { value: Number(t.value) });
    else if (t instanceof HTMLTextAreaElement && t.dataset.note) saveNote(t);
  });
  // Notes are saved a moment after typing stops, and at once when the page goes away.
  form.addEventListener('input', (e) => {
    const t = e.target;
    if (!opened || !(t instanceof HTMLTextAreaElement) || !t.dataset.note) return;
    t.parentElement?.querySelector('[data-note-changed]')?.remove();
    t.removeAttribute('aria-describedby');
    clearTimeout(timers.get(t.dataset.note));
    timers.set(t.dataset.note, window.setTimeout(() => saveNote(t), 600));
  });
  window.addEventListener('pagehide', () =>
    form.querySelectorAll<HTMLTextAreaElement>('textarea[data-note]').forEach((t) => timers.has(t.dataset.note!) && saveNote(t)),
  );

  // Puts what memory holds on the form: after loading, after another tab's change, after "start again".
  const fill = ({ record, readOnly }: InstrumentState) => {
    const answers = record.answers;
    form.querySelectorAll<HTMLInputElement>('input[type=radio]').forEach((input) => {
      input.checked = Object.hasOwn(answers, input.name) && answers[input.name]!.value === Number(input.value);
    });
    form.querySelectorAll<HTMLTextAreaElement>('textarea[data-note]').forEach((t) => {
      const id = t.dataset.note!;
      const stored = (Object.hasOwn(answers, id) && answers[id]!.note) || '';
      // Text still being typed is saved in a moment, and wins then. Anything else shows what is stored.
      if (t.value === stored || timers.has(id)) return;
      const typing = t === document.activeElement;
      t.value = stored;
      if (typing) noteChanged(t);
    });
    form.querySelectorAll('fieldset').forEach((f) => (f.disabled = readOnly));
    form.querySelectorAll('textarea').forEach((t) => (t.readOnly = readOnly));
    // Tells scripts and tests that the form now shows what is stored.
    form.dataset.loaded = 'true';
  };

  // Says, under a note being edited, that another tab changed it and what is shown now.
  const noteChanged = (t: HTMLTextAreaElement) => {
    if (t.parentElement?.querySelector('[data-note-changed]')) return;
    const message = el('p', 'nhsuk-hint app-assessment__note-changed', 'This note was changed in another tab or window. It now shows what is saved.');
    message.dataset.noteChanged = '';
    message.setAttribute('role', 'status');
    message.id = `${t.id}-changed`;
    t.after(message);
    t.setAttribute('aria-describedby', message.id);
  };

  // The fault cards (fault-card.ts) arrive with the first fault; the faults shown are the latest by then.
  // With them come the status line's words for why answers are not saved: until then the line says only
  // NOT_SAVED. If they cannot be fetched (offline), it goes on saying so; the connection coming back, or the
  // next fault, tries again.
  let placeCards: ((faults: StorageFault[]) => void) | undefined;
  let whyNotSaved: ((state: InstrumentState) => string) | undefined;
  let loading: Promise<unknown> | undefined;
  let last: InstrumentState | undefined;
  // Rewritten only when it changes, so screen readers hear each change once.
  const showStatus = (state: InstrumentState) => {
    const line = notSaved(state) ? (whyNotSaved?.(state) ?? NOT_SAVED) : savedLine(state);
    if (status.textContent !== line) status.textContent = line;
  };
  const showFaults = (faults: StorageFault[]) => {
    // Once loaded, cards change in step with the state, so an action that removes
    // its own card (see fault-card.ts) finds it gone at once and can move focus.
    if (placeCards) return placeCards(faults);
    if (!faults.length) return;
    loading ??= import('./fault-card').then(
      (m) => {
        whyNotSaved = m.notSavedLine;
        (placeCards = m.faultCards(status, instrument))(last!.faults);
        showStatus(last!);
      },
      () => {
        loading = undefined;
        addEventListener('online', () => showFaults(last!.faults), { once: true });
      },
    );
  };

  // Focus moves here when a card's action has dealt with its fault.
  status.tabIndex = -1;
  const rule = { items, values };
  const open = () => {
    const { record } = openInstrument(instrument, rule);
    opened = true;
    // Choices made on the page before now go through the normal path (saved, merged,
    // shown in the results; in memory only when the record is read-only or storage fails).
    // Not after Back or Forward: the browser may have filled the form in from the last visit,
    // and those old choices would overwrite any made since in another tab.
    if (!cameBackOrForward()) for (const [item, change] of earlyChanges(readForm(form), record.answers)) answer(instrument, item, change);
    $assessments.subscribe((all) => {
      const state = all[instrument];
      if (!state?.loaded) return;
      const before = last;
      last = state;
      if (state.record !== before?.record || state.readOnly !== before.readOnly) fill(state);
      if (state.faults !== before?.faults) showFaults(state.faults);
      showStatus(state);
    });
    // After Back or Forward the browser fills the form in again from the last visit, after this script has run:
    // once it has (by pageshow), the form shows what is stored again.
    if (cameBackOrForward()) addEventListener('pageshow', () => last && fill(last), { once: true });
  };
  // A record that is not clean and current needs the full reader first (fetched only then).
  const ready = readerReady(instrument, rule);
  if (ready) void ready.then(open);
  else open();
}

/** True when this page was reached by the browser's Back or Forward buttons (and not from its page cache, where no script runs again). */
const cameBackOrForward = () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.type === 'back_forward';

/** Each item's radios and note box as served (`defaultChecked`, `defaultValue`) and as they are now. */
function readForm(form: HTMLElement): ItemOnForm[] {
  const items = new Map<string, ItemOnForm>();
  const of = (item: string) => {
    let entry = items.get(item);
    if (!entry) items.set(item, (entry = { item, served: { value: null }, now: { value: null } }));
    return entry;
  };
  form.querySelectorAll<HTMLInputElement>('input[type=radio]').forEach((input) => {
    const entry = of(input.name);
    if (input.defaultChecked) entry.served.value = Number(input.value);
    if (input.checked) entry.now.value = Number(input.value);
  });
  form.querySelectorAll<HTMLTextAreaElement>('textarea[data-note]').forEach((t) => {
    const entry = of(t.dataset.note!);
    entry.served.note = t.defaultValue;
    entry.now.note = t.value;
  });
  return [...items.values()];
}
