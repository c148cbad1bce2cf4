/**
 * Binds the server-rendered assessment form to the store: loads stored
 * answers after hydration, saves each answer as it is given, and shows
 * whether answers are saved in this browser, plus any storage fault.
 * Server render and first client render show the default state, so
 * hydration always matches.
 */
import { useEffect } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { $assessments, answer, dismissFault, openInstrument, saveAgain } from '../lib/assessment-store';
import { browserStorage, keptAsideDownload, type StorageFault } from '../lib/storage';

interface Props {
  instrument: string;
  formId: string;
  items: string[];
  values: number[];
}

const timeOf = (iso: string) => new Date(iso).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });

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

export default function AssessmentStatus({ instrument, formId, items, values }: Props) {
  const state = useStore($assessments)[instrument];

  useEffect(() => {
    const form = document.getElementById(formId) as HTMLFormElement | null;
    if (!form) return;
    openInstrument(instrument, { items, values });
    const timers = new Map<string, number>();
    const saveNote = (el: HTMLTextAreaElement) => {
      clearTimeout(timers.get(el.dataset.note!));
      timers.delete(el.dataset.note!);
      answer(instrument, el.dataset.note!, { note: el.value });
    };
    const onChange = (e: Event) => {
      const el = e.target as HTMLInputElement | HTMLTextAreaElement;
      if (el instanceof HTMLInputElement && el.type === 'radio') answer(instrument, el.name, { value: Number(el.value) });
      else if (el instanceof HTMLTextAreaElement && el.dataset.note) saveNote(el);
    };
    const onInput = (e: Event) => {
      const el = e.target;
      if (!(el instanceof HTMLTextAreaElement) || !el.dataset.note) return;
      clearTimeout(timers.get(el.dataset.note));
      timers.set(el.dataset.note, window.setTimeout(() => saveNote(el), 600));
    };
    const flush = () => form.querySelectorAll<HTMLTextAreaElement>('textarea[data-note]').forEach((el) => timers.has(el.dataset.note!) && saveNote(el));
    const onSubmit = (e: Event) => e.preventDefault();
    form.addEventListener('change', onChange);
    form.addEventListener('input', onInput);
    form.addEventListener('submit', onSubmit);
    window.addEventListener('pagehide', flush);
    return () => {
      flush();
      form.removeEventListener('change', onChange);
      form.removeEventListener('input', onInput);
      form.removeEventListener('submit', onSubmit);
      window.removeEventListener('pagehide', flush);
    };
  }, [instrument, formId]);

  // Shows what memory holds: after loading, after another tab's change, after "start again".
  useEffect(() => {
    const form = document.getElementById(formId);
    if (!form || !state?.loaded) return;
    const answers = state.record.answers;
    form.querySelectorAll<HTMLInputElement>('input[type=radio]').forEach((input) => {
      input.checked = answers[input.name]?.value === Number(input.value);
    });
    form.querySelectorAll<HTMLTextAreaElement>('textarea[data-note]').forEach((el) => {
      if (el !== document.activeElement) el.value = answers[el.dataset.note!]?.note ?? '';
    });
    form.querySelectorAll('fieldset').forEach((f) => (f.disabled = state.readOnly));
    form.querySelectorAll('textarea').forEach((t) => (t.readOnly = state.readOnly));
    // Tells scripts and tests that the form now shows what is stored.
    form.dataset.loaded = 'true';
  }, [state?.record, state?.readOnly, state?.loaded]);

  let line = 'Your answers are saved in this browser as you choose them.';
  if (state?.readOnly) line = 'Not saved: a newer version of QI Hub stored these answers, so this page shows them but will not change them.';
  else if (state?.faults.some((f) => f.kind === 'blocked' || f.kind === 'full' || f.kind === 'write-failed'))
    line = 'Not saved in this browser. Your answers are kept on this page until you close it.';
  else if (state?.faults.some((f) => f.kind === 'cleared')) line = 'Not saved: your answers were removed from this browser. They are still on this page.';
  else if (state?.savedAt) line = `Saved in this browser at ${timeOf(state.savedAt)}.`;

  // No wrapper: the island element is display: contents, so the status line can stick
  // to the top of the block that holds the form while the person scrolls through it.
  return (
    <>
      {state?.faults.map((f) => <Fault key={f.kind} fault={f} instrument={instrument} />)}
      <p class="app-assessment-status" role="status" data-testid="save-status">
        {line}
      </p>
    </>
  );
}

function Fault({ fault, instrument }: { fault: StorageFault; instrument: string }) {
  let heading = 'Your answers could not be read';
  let body: string;
  let action = null;
  switch (fault.kind) {
    case 'blocked':
      heading = 'This browser is not letting QI Hub save your answers';
      body = 'This can happen in private browsing, or when cookies and site data are blocked. Your answers stay on this page until you close it. Export them to keep a copy.';
      break;
    case 'full':
    case 'write-failed':
      heading = fault.kind === 'full' ? 'This browser’s storage is full' : 'Your latest answers could not be saved';
      body = 'Your latest answers were not saved in this browser, but they are still on this page. Export them to keep a copy, or clear answers you no longer need, then try again.';
      action = <button type="button" class="nhsuk-button nhsuk-button--secondary nhsuk-button--small" onClick={() => saveAgain(instrument)}>Try saving again</button>;
      break;
    case 'cleared':
      heading = 'Your answers were removed from this browser';
      body = 'They were cleared from this browser’s storage, perhaps in another tab or window, or by clearing browsing data. They are still on this page.';
      action = <button type="button" class="nhsuk-button nhsuk-button--secondary nhsuk-button--small" onClick={() => saveAgain(instrument)}>Save them in this browser again</button>;
      break;
    case 'newer-version':
      heading = 'These answers were saved by a newer version of QI Hub';
      body = 'You can see them, but this page will not change them. Reload the page to get the newer version.';
      break;
    case 'migrated':
      heading = 'Your answers were updated to the current format';
      body = 'They were stored in an older format. Nothing was lost.';
      action = <button type="button" class="nhsuk-button nhsuk-button--secondary nhsuk-button--small" onClick={() => dismissFault(instrument, 'migrated')}>OK</button>;
      break;
    default: {
      const keptAs = fault.keptAs;
      body = keptAs
        ? 'The answers stored in this browser for this checklist were damaged or in a shape we do not recognise. We have kept a copy aside, exactly as it was, and started afresh. Nothing has been deleted.'
        : 'The answers stored in this browser for this checklist were damaged or in a shape we do not recognise. We could not keep a copy aside, so we have left them where they are and will not change them.';
      if (keptAs) action = <button type="button" class="nhsuk-button nhsuk-button--secondary nhsuk-button--small" onClick={() => download(keptAs)}>Download the stored copy</button>;
    }
  }
  return (
    <div class="nhsuk-card nhsuk-card--warning app-assessment-fault" data-fault={fault.kind}>
      <div class="nhsuk-card__content">
        <h2 class="nhsuk-card__heading">{heading}</h2>
        <p class="nhsuk-card__description">{body}</p>
        {action}
      </div>
    </div>
  );
}
