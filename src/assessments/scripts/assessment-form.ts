/**
 * Binds the server-rendered assessment form to the store, without Preact, so
 * that what an assessment page runs at load is this module, the store and
 * storage (Preact arrives with the results island, when it is scrolled to).
 * It loads stored answers into the radios and notes, saves each answer as it
 * is given, keeps the "saved in this browser" line up to date and shows any
 * storage fault. The server renders the default state; everything here
 * changes the page only after it has loaded.
 */
import { $assessments, answer, discardDamaged, dismissFault, openInstrument, saveAgain, saveShownAgain, type InstrumentState } from '../record/assessment-store';
import { browserStorage, keptAsideDownload, type StorageFault } from '../record/storage';
import { faultText, isDamaged, statusLine } from '../record/storage-messages';
import { download } from '../../site/browser/download';

/** Downloads a damaged (or newer) record exactly as stored: from its kept-aside copy, or from where it is. */
function downloadStored(instrument: string, keptAs: string | null) {
  if (keptAs) {
    const item = browserStorage().keptAside().find((k) => k.key === keptAs);
    if (item) {
      const { filename, text } = keptAsideDownload(item);
      download(filename, text);
    }
    return;
  }
  const text = browserStorage().storedText(instrument);
  if (text !== null) download(`qi-hub-stored-${instrument}.txt`, text);
}

type Action = { label: string; run: () => void; confirm?: { question: string; yes: string } };

/** What the person can do about a fault. */
function actionsFor(fault: StorageFault, instrument: string): Action[] {
  const again = (label: string): Action[] => [{ label, run: () => saveAgain(instrument) }];
  switch (fault.kind) {
    case 'full':
    case 'write-failed':
      return again('Try saving again');
    case 'cleared':
      return [{ label: 'Save them in this browser again', run: () => saveShownAgain(instrument) }];
    case 'newer-version':
      return [{ label: 'Download the stored record', run: () => downloadStored(instrument, null) }];
    case 'migrated':
      return [{ label: 'OK', run: () => dismissFault(instrument, 'migrated') }];
    case 'blocked':
      return [];
    default: {
      const keptAs = fault.keptAs;
      // Answers were kept from a partly readable record: only the original copy goes.
      const partly = fault.kind === 'partly-kept';
      return [
        { label: partly ? 'Download the original record' : 'Download the damaged record', run: () => downloadStored(instrument, keptAs) },
        {
          label: partly ? 'Discard the original record' : 'Discard it and start again',
          confirm: {
            question: partly
              ? 'Discard the original record? It will be deleted from this browser and cannot be got back. The answers shown on this page are kept. Download it first if you might need it.'
              : 'Discard the damaged record? It will be deleted from this browser and cannot be got back. Download it first if you might need it.',
            yes: 'Yes, discard it',
          },
          run: () => {
            if (keptAs) {
              browserStorage().discardKeptAside(keptAs);
              dismissFault(instrument, fault.kind);
            } else discardDamaged(instrument);
          },
        },
      ];
    }
  }
}

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = '') => {
  const e = document.createElement(tag);
  e.className = className;
  e.textContent = text;
  return e;
};

const button = (label: string, style: string, run: () => void) => {
  const b = el('button', `nhsuk-button ${style} nhsuk-button--small`, label);
  b.type = 'button';
  b.addEventListener('click', run);
  return b;
};

/**
 * The NHS.UK warning card for a fault (the shape of the card component's fixture).
 * `gone` is called when an action has removed the card, so focus can move to
 * the status line that says what happened rather than drop to the page.
 */
function faultCard(fault: StorageFault, instrument: string, gone: () => void): HTMLElement {
  const { heading, body, list } = faultText(fault);
  const card = el('div', 'nhsuk-card nhsuk-card--warning app-assessment-fault');
  card.dataset.fault = fault.kind;
  if (isDamaged(fault)) card.dataset.damaged = fault.keptAs ? 'kept-aside' : 'in-place';
  const content = el('div', 'nhsuk-card__content');
  content.append(el('h2', 'nhsuk-card__heading', heading), el('p', 'nhsuk-card__description', body));
  if (list?.length) {
    const ul = el('ul', 'nhsuk-list nhsuk-list--bullet');
    ul.append(...list.map((line) => el('li', '', line)));
    content.append(ul);
  }
  const group = el('div', 'nhsuk-button-group');
  let question: HTMLElement | null = null;
  const run = (action: Action) => {
    action.run();
    if (!card.isConnected) gone();
  };
  const showButtons = () => {
    question?.remove();
    question = null;
    group.replaceChildren(
      ...actionsFor(fault, instrument).map((action) =>
        button(action.label, 'nhsuk-button--secondary', () => (action.confirm ? ask(action) : run(action))),
      ),
    );
  };
  // Cancel puts focus back on the button that asked the question.
  let asked: Action | null = null;
  const cancel = () => {
    showButtons();
    ([...group.children].find((b) => b.textContent === asked?.label) as HTMLElement | undefined)?.focus();
  };
  // Escape answers an open question with Cancel.
  card.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && question) cancel();
  });
  // A question in the card itself, focused, with the answer buttons under it.
  const ask = (action: Action) => {
    asked = action;
    question = el('p', 'nhsuk-body nhsuk-u-font-weight-bold', action.confirm!.question);
    question.tabIndex = -1;
    group.before(question);
    group.replaceChildren(button(action.confirm!.yes, 'nhsuk-button--warning', () => run(action)), button('Cancel', 'nhsuk-button--secondary', cancel));
    question.focus();
  };
  showButtons();
  if (group.childElementCount) content.append(group);
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
      const shown = cards.get(fault.kind) ?? { fault, card: faultCard(fault, instrument, () => status.focus()) };
      cards.set(fault.kind, shown);
      if (shown.card.nextElementSibling !== next) next.before(shown.card);
      next = shown.card;
    }
  };

  // Focus moves here when a card's action has dealt with its fault.
  status.tabIndex = -1;
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
