/**
 * "Undo the last import": first says what undo will change in each
 * assessment, and what the person did since the import that it will lose,
 * then asks. Offered only while the store holds a backup (`$importBackup`);
 * the question is worked out again when the person confirms, and if the
 * answers changed in the meantime the new question is shown instead.
 */
import type { Instrument } from '../instrument';
import { useEffect, useRef, useState } from 'preact/hooks';
import { describeLoss, describeUndo, type UndoPlan } from '../transfer/undo-import';
import { planUndoNow, undoImport } from './portability/actions';

interface Props {
  catalogue: Instrument[];
  /** Shows a message in the portability status line. */
  say: (message: string) => void;
  /** Shows a message in the status line and moves focus to it (the question is gone). */
  report: (message: string) => void;
}

export default function UndoImport({ catalogue, say, report }: Props) {
  const [plan, setPlan] = useState<UndoPlan | null>(null);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const [backToOpener, setBackToOpener] = useState(false);
  useEffect(() => {
    if (plan) heading.current?.focus();
    else if (backToOpener) opener.current?.focus();
  }, [plan, backToOpener]);

  async function ask() {
    const now = await planUndoNow(catalogue);
    setNote('');
    if (!now.ok) return report(now.message);
    setBackToOpener(false);
    setPlan(now.plan);
  }

  async function confirm() {
    if (!plan || busy) return;
    setBusy(true);
    const result = await undoImport(plan, catalogue);
    setBusy(false);
    if (result.done) {
      setPlan(null);
      return report(result.message);
    }
    setPlan(result.plan ?? null);
    if (result.plan) setNote(result.message);
    else report(result.message);
  }

  function cancel() {
    setPlan(null);
    setBackToOpener(true);
    say('Undo cancelled. Nothing was changed.');
  }

  if (!plan) {
    return (
      <p class="nhsuk-body">
        <button type="button" class="app-link-button" onClick={ask} ref={opener}>
          Undo the last import
        </button>{' '}
        and put back the answers you had before it. You will see what changes first.
      </p>
    );
  }
  const losses = plan.instruments.map(describeLoss).filter(Boolean);
  return (
    // Escape answers the question with Cancel.
    <div class="nhsuk-card nhsuk-card--warning" data-testid="undo-confirm" onKeyDown={(e) => e.key === 'Escape' && !busy && cancel()}>
      <div class="nhsuk-card__content">
        <h3 class="nhsuk-card__heading" tabIndex={-1} ref={heading}>
          Undo the last import?
        </h3>
        {note && <p class="nhsuk-body">{note}</p>}
        <p class="nhsuk-body">This puts back the answers you had before the import:</p>
        <ul class="nhsuk-list nhsuk-list--bullet">
          {plan.instruments.map((i) => (
            <li key={i.id}>
              <strong>{i.title}</strong>: {describeUndo(i)} {describeLoss(i)}
            </li>
          ))}
        </ul>
        {losses.length > 0 && <p class="nhsuk-body">Download your answers first if you want to keep a copy of them as they are now.</p>}
        <div class="nhsuk-button-group">
          <button type="button" class="nhsuk-button nhsuk-button--warning" onClick={confirm} disabled={busy}>
            {losses.length > 0 ? 'Yes, undo and lose those changes' : 'Yes, undo the import'}
          </button>
          <button type="button" class="nhsuk-button nhsuk-button--secondary" onClick={cancel}>
            Cancel
          </button>
        </div>
      </div>
    </div>
  );
}
