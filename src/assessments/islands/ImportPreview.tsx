/**
 * The check before an import writes anything: per assessment, what will be
 * added or replaced, and anything in the file that will be left out. Nothing
 * is written until the person confirms; cancel changes nothing.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { InstrumentPlan } from '../transfer/import-plan';

interface Props {
  plans: InstrumentPlan[];
  warnings: string[];
  describe: (p: InstrumentPlan) => string;
  /** Instruments that cannot take an import here (a newer version of QI Hub wrote them). */
  blocked: string[];
  confirmLabel: string;
  /** True while the import runs: the button is disabled, so a second click cannot start another. */
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

export default function ImportPreview({ plans, warnings, describe, blocked, confirmLabel, busy = false, onConfirm, onCancel }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const anything = plans.some((p) => p.changes);
  return (
    // Escape answers the question with Cancel, as it closes any question.
    <div class="app-import-preview" data-testid="import-preview" onKeyDown={(e) => e.key === 'Escape' && !busy && onCancel()}>
      <h3 ref={heading} tabIndex={-1}>Check what will change</h3>
      <table class="nhsuk-table">
        <caption class="nhsuk-table__caption nhsuk-table__caption--s">What this import will change in this browser</caption>
        <thead class="nhsuk-table__head">
          <tr class="nhsuk-table__row">
            <th scope="col" class="nhsuk-table__header">Assessment</th>
            <th scope="col" class="nhsuk-table__header">Change</th>
          </tr>
        </thead>
        <tbody class="nhsuk-table__body">
          {plans.map((p) => (
            <tr class="nhsuk-table__row" key={p.id}>
              <th scope="row" class="nhsuk-table__header">{p.title}</th>
              <td class="nhsuk-table__cell">{blocked.includes(p.id) ? 'Cannot import: a newer version of QI Hub saved these answers in this browser.' : describe(p)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {warnings.length > 0 && (
        <div class="nhsuk-inset-text">
          <span class="nhsuk-u-visually-hidden">Information: </span>
          <ul class="nhsuk-list nhsuk-list--bullet">
            {warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </div>
      )}
      {anything ? (
        <p class="nhsuk-body">Your current answers are backed up first, so you can undo the import.</p>
      ) : (
        <p class="nhsuk-body">There is nothing to import.</p>
      )}
      <div class="nhsuk-button-group">
        {anything && (
          <button type="button" class="nhsuk-button" onClick={onConfirm} disabled={busy} aria-disabled={busy}>
            {confirmLabel}
          </button>
        )}
        <button type="button" class="nhsuk-button nhsuk-button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
