/**
 * Binds the server-rendered assessment form to the store, without Preact, so
 * that what an assessment page runs at load is this module, the store and
 * storage (Preact arrives with the results island, when it is scrolled to).
 * It loads stored answers into the radios and notes, saves each answer as it
 * is given, keeps the "saved in this browser" line up to date and shows any
 * storage fault. The server renders the default state; everything here
 * changes the page only after it has loaded.
 */
import { $assessments, answer, dismissFault, openInstrument, saveAgain, type InstrumentState } from '../lib/assessment-store';
import { browserStorage, keptAsideDownload, type StorageFault } from '../lib/storage';

const timeOf = (iso: string) => new Date(iso).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });

/** The status line for a state. */
export function statusLine(state: InstrumentState): string {
  if (state.readOnly) return 'Not saved: a newer version of QI Hub stored these answers, so this page shows them but will not change them.';
  if (state.faults.some((f) => f.kind === 'blocked' || f.kind === 'full' || f.kind === 'write-failed'))
    return 'Not saved in this browser. Your answers are kept on this page until you close it.';
  if (state.faults.some((f) => f.kind === 'cleared')) return 'Not saved: your answers were removed from this browser. They are still on this page.';
  if (state.savedAt) return `Saved in this browser at ${timeOf(state.savedAt)}.`;
  return 'Your answers are saved in this browser as you choose them.';
}

function download(key: string) {
  const item = browserStorage().keptAside().find((k) => k.key === key);
  if (!item) return;
  const { filename, text } = keptAsideDownload(item);
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([text], { type: 'text/plain' }));
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

type Action = [label: string, run: () => void] | null;

/** Heading, explanation and the one thing the person can do about a fault. */
function explain(fault: StorageFault, instrument: string): [string, string, Action] {
  const again = (label: string): Action => [label, () => saveAgain(instrument)];
  switch (fault.kind) {
    case 'blocked':
      return [
        'This browser is not letting QI Hub save your answers',
        'This can happen in private browsing, or when cookies and site data are blocked. Your answers stay on this page until you close it. Export them to keep a copy.',
        null,
      ];
    case 'full':
    case 'write-failed':
      return [
        fault.kind === 'full' ? 'This browser’s storage is full' : 'Your latest answers could not be saved',
        'Your latest answers were not saved in this browser, but they are still on this page. Export them to keep a copy, or clear answers you no longer need, then try again.',
        again('Try saving again'),
      ];
    case 'cleared':
      return [
        'Your answers were removed from this browser',
        'They were cleared from this browser’s storage, perhaps in another tab or window, or by clearing browsing data. They are still on this page.',
        again('Save them in this browser again'),
      ];
    case 'newer-version':
      return [
        'These answers were saved by a newer version of QI Hub',
        'You can see them, but this page will not change them. Reload the page to get the newer version.',
        null,
      ];
    case 'migrated':
      return ['Your answers were updated to the current format', 'They were stored in an older format. Nothing was lost.', ['OK', () => dismissFault(instrument, 'migrated')]];
    default: {
      const keptAs = fault.keptAs;
      const damaged =
        fault.kind === 'out-of-range'
          ? 'Some answers stored in this browser are not on this checklist’s answer scale, probably because its answer options changed after you answered.'
          : 'The answers stored in this browser for this checklist were damaged or in a shape we do not recognise.';
      return keptAs
        ? [
            'Your answers could not be read',
            `${damaged} We have kept a copy aside, exactly as it was, and started afresh. Nothing has been deleted.`,
            ['Download the stored copy', () => download(keptAs)],
          ]
        : ['Your answers could not be read', `${damaged} We could not keep a copy aside, so we have left them where they are and will not change them.`, null];
    }
  }
}

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = '') => {
  const e = document.createElement(tag);
  e.className = className;
  e.textContent = text;
  return e;
};

/** The NHS.UK warning card for a fault (the shape of the card component's fixture). */
function faultCard(fault: StorageFault, instrument: string): HTMLElement {
  const [heading, body, action] = explain(fault, instrument);
  const card = el('div', 'nhsuk-card nhsuk-card--warning app-assessment-fault');
  card.dataset.fault = fault.kind;
  const content = el('div', 'nhsuk-card__content');
  content.append(el('h2', 'nhsuk-card__heading', heading), el('p', 'nhsuk-card__description', body));
  if (action) {
    const button = el('button', 'nhsuk-button nhsuk-button--secondary nhsuk-button--small', action[0]);
    button.type = 'button';
    button.addEventListener('click', action[1]);
    content.append(button);
  }
  card.append(content);
  return card;
}

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
  form.addEventListener('change', (e) => {
    const t = e.target;
    if (t instanceof HTMLInputElement && t.type === 'radio') answer(instrument, t.name, { value: Number(t.value) });
    else if (t instanceof HTMLTextAreaElement && t.dataset.note) saveNote(t);
  });
  // Notes are saved a moment after typing stops, and at once when the page goes away.
  form.addEventListener('input', (e) => {
    const t = e.target;
    if (!(t instanceof HTMLTextAreaElement) || !t.dataset.note) return;
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
      input.checked = answers[input.name]?.value === Number(input.value);
    });
    form.querySelectorAll<HTMLTextAreaElement>('textarea[data-note]').forEach((t) => {
      if (t !== document.activeElement) t.value = answers[t.dataset.note!]?.note ?? '';
    });
    form.querySelectorAll('fieldset').forEach((f) => (f.disabled = readOnly));
    form.querySelectorAll('textarea').forEach((t) => (t.readOnly = readOnly));
    // Tells scripts and tests that the form now shows what is stored.
    form.dataset.loaded = 'true';
  };

  // One card per fault kind, before the status line, newest last. Cards still
  // wanted stay where they are, so a focused button in one keeps focus.
  const cards = new Map<string, { fault: StorageFault; card: HTMLElement }>();
  const showFaults = (faults: StorageFault[]) => {
    for (const [kind, { fault, card }] of cards) {
      const now = faults.find((f) => f.kind === kind);
      if (!now || JSON.stringify(now) !== JSON.stringify(fault)) {
        card.remove();
        cards.delete(kind);
      }
    }
    let next: Element = status;
    for (const fault of [...faults].reverse()) {
      const shown = cards.get(fault.kind) ?? { fault, card: faultCard(fault, instrument) };
      cards.set(fault.kind, shown);
      if (shown.card.nextElementSibling !== next) next.before(shown.card);
      next = shown.card;
    }
  };

  openInstrument(instrument, { items, values });
  let last: InstrumentState | undefined;
  $assessments.subscribe((all) => {
    const state = all[instrument];
    if (!state?.loaded) return;
    if (state.record !== last?.record || state.readOnly !== last.readOnly) fill(state);
    if (state.faults !== last?.faults) showFaults(state.faults);
    // Rewritten only when it changes, so screen readers hear each change once.
    const line = statusLine(state);
    if (status.textContent !== line) status.textContent = line;
    last = state;
  });
}
