/**
 * "Import answers": checks a chosen file, shows what it would change, and
 * writes it only when agreed; offers to undo the last import while a backup
 * is kept. The codecs, the preview and the undo question load only when they
 * are needed, so none of them is on the page's first path.
 */
import type { Instrument } from '../../instrument';
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { $importBackup } from '../../record/assessment-store';
import type { InstrumentPlan } from '../../transfer/import-plan';
import ErrorSummary from '../../../site/islands/ErrorSummary';
import { notLoaded } from '../../../site/browser/not-loaded';

export const FILE_INPUT_ID = 'import-file';
const fileInput = () => document.getElementById(FILE_INPUT_ID) as HTMLInputElement | null;

type Preview = typeof import('../ImportPreview').default;
type Undo = typeof import('../UndoImport').default;

type ImportState =
  | { step: 'idle' }
  | { step: 'errors'; errors: string[] }
  | { step: 'preview'; plans: InstrumentPlan[]; warnings: string[]; blocked: string[]; describe: (p: InstrumentPlan) => string; Preview: Preview };

interface Props {
  catalogue: Instrument[];
  /** Shows a message in the status line. */
  say: (message: string) => void;
  /** Shows a message in the status line and moves focus to it. */
  report: (message: string) => void;
  /** The server-rendered file input, found by FILE_INPUT_ID. */
  children?: ComponentChildren;
}

export function ImportAnswers({ catalogue, say, report, children }: Props) {
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  const [busy, setBusy] = useState(false);
  const canUndo = useStore($importBackup);
  const [UndoImport, setUndoImport] = useState<{ C: Undo } | null>(null);
  useEffect(() => {
    if (canUndo && !UndoImport) void import('../UndoImport').then((m) => setUndoImport({ C: m.default }));
  }, [canUndo]);

  // After "Cancel", focus goes back to the button that opened the question.
  const checkButton = useRef<HTMLButtonElement>(null);
  const [backToCheck, setBackToCheck] = useState(0);
  useEffect(() => {
    if (backToCheck) checkButton.current?.focus();
  }, [backToCheck]);

  async function checkFile() {
    const file = fileInput()?.files?.[0];
    if (!file) return setState({ step: 'errors', errors: ['Choose a file to import.'] });
    const loaded = await Promise.all([
      import('../../transfer/import'),
      import('../../../site/lib/csv'),
      import('../../transfer/import-plan'),
      import('../ImportPreview'),
      import('./actions'),
    ]).catch(() => null);
    if (!loaded) return setState({ step: 'errors', errors: [notLoaded('The file could not be checked')] });
    const [{ checkSize, decodeText, checkImport, WINDOWS_1252_IMPORT, damagedTextImport }, { readCsv }, { describePlan }, { default: Preview }, { planFor }] = loaded;
    // Size first: a huge file is refused before a byte of it is read.
    const sizeProblem = checkSize(file.size);
    if (sizeProblem) return setState({ step: 'errors', errors: [sizeProblem] });
    const text = decodeText(new Uint8Array(await file.arrayBuffer()));
    if (!text.ok) return setState({ step: 'errors', errors: [text.error] });
    const checked = checkImport(text.text, catalogue, readCsv);
    if (!checked.ok) return setState({ step: 'errors', errors: checked.errors });
    const planned = await planFor(checked.instruments, catalogue).catch(() => null);
    if (!planned) return setState({ step: 'errors', errors: [notLoaded('The file could not be checked')] });
    const { plans, blocked } = planned;
    const read = text.encoding === 'windows-1252' ? [WINDOWS_1252_IMPORT] : text.damaged ? [damagedTextImport(text.damaged)] : [];
    const warnings = [...read, ...checked.warnings];
    setState({ step: 'preview', plans, warnings, blocked, describe: describePlan, Preview });
  }

  async function confirmImport(plans: InstrumentPlan[]) {
    setBusy(true);
    // The preview stays, so "Import these answers" can be pressed again once the code can be fetched.
    const result = await import('./actions').then(({ applyImport }) => applyImport(plans, catalogue)).catch(() => null);
    setBusy(false);
    if (!result) return say(notLoaded('Nothing was imported'));
    if (!result.ok) return 'error' in result ? setState({ step: 'errors', errors: [result.error] }) : undefined;
    setState({ step: 'idle' });
    const input = fileInput();
    if (input) input.value = '';
    report(`Imported: ${result.applied.written.join(', ')}.`);
  }

  function cancelImport() {
    setState({ step: 'idle' });
    say('Import cancelled. Nothing was changed.');
    setBackToCheck((n) => n + 1);
  }

  const Undo = UndoImport?.C;
  return (
    <>
      <h3>Import answers</h3>
      {state.step === 'errors' && <ErrorSummary title="The file could not be imported" errors={state.errors} />}
      {state.step === 'preview' ? (
        <state.Preview
          plans={state.plans}
          warnings={state.warnings}
          blocked={state.blocked}
          describe={state.describe}
          confirmLabel="Import these answers"
          busy={busy}
          onConfirm={() => confirmImport(state.plans)}
          onCancel={cancelImport}
        />
      ) : (
        <div class="nhsuk-form-group">
          <label class="nhsuk-label" for={FILE_INPUT_ID}>
            Choose a file you downloaded from QI Hub
          </label>
          <div class="nhsuk-hint" id="import-file-hint">
            A JSON or CSV file. You will see what will change before anything is saved.
          </div>
          {children}
          <div class="nhsuk-button-group app-portability__import-actions">
            <button type="button" class="nhsuk-button nhsuk-button--secondary" onClick={checkFile} ref={checkButton}>
              Check the file
            </button>
          </div>
        </div>
      )}
      {canUndo && Undo && <Undo catalogue={catalogue} say={say} report={report} />}
    </>
  );
}
