/**
 * The warning cards the assessment form shows for storage faults, with what
 * the person can do about each, and where they go. Loaded by assessment-form.ts
 * only when a fault is shown, so that a page whose answers are stored cleanly
 * never fetches it. The cards that read or remove a damaged record (download,
 * discard) come only from the full record reader (storage/reader.ts), so it is
 * in place whenever they are shown.
 */
import { saveAgain } from '../record/assessment-store';
import { discardDamaged, dismissFault, saveShownAgain } from '../record/actions/assessment-actions';
import { faultText } from '../record/fault-messages';

// The status line's words for why answers are not saved come with the cards (see storage-messages.ts).
export { notSavedLine } from '../record/fault-messages';
import { browserStorage } from '../record/storage/browser';
import type { StorageFault } from '../record/storage/types';
import { isDamaged } from '../record/storage-messages';
import { download } from '../../site/browser/download';
import { el } from './element';

/**
 * Downloads a damaged (or newer) record exactly as stored: from its kept-aside copy, or from where it is.
 * A copy is kept aside only by the full reader, so the whole storage (storage/index.ts, with it) is in
 * place by then: importing it here finds it loaded, and keeps it out of what this card fetches.
 */
async function downloadStored(instrument: string, keptAs: string | null) {
  if (keptAs) {
    const { keptAsideDownload } = await import('../record/storage');
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
      return [{ label: 'Download the stored record', run: () => void downloadStored(instrument, null) }];
    case 'migrated':
      return [{ label: 'OK', run: () => dismissFault(instrument, 'migrated') }];
    case 'blocked':
      return [];
    default: {
      const keptAs = fault.keptAs;
      // Answers were kept from a partly readable record: only the original copy goes.
      const partly = fault.kind === 'partly-kept';
      return [
        { label: partly ? 'Download the original record' : 'Download the damaged record', run: () => void downloadStored(instrument, keptAs) },
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
export function faultCard(fault: StorageFault, instrument: string, gone: () => void): HTMLElement {
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

/**
 * Keeps the cards for `instrument`'s faults in place: one card per fault kind,
 * before the status line, newest last. Cards still wanted stay where they are,
 * so a focused button in one keeps focus. Focus moves to the status line when
 * a card's action has dealt with its fault.
 */
export function faultCards(status: HTMLElement, instrument: string): (faults: StorageFault[]) => void {
  const cards = new Map<string, { fault: StorageFault; card: HTMLElement }>();
  return (faults) => {
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
}
