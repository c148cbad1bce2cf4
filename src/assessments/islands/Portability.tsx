/**
 * Download, share, import and print controls for one assessment (or, with no
 * `instrument`, for everything). The codecs (src/assessments/transfer/export, import, csv,
 * share-link) load only when the person uses them, so they add nothing to
 * the page until then.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { $importBackup, importBackup } from '../record/assessment-store';
import type { InstrumentInfo } from '../catalogue';
import type { InstrumentPlan } from '../transfer/import-plan';
import ErrorSummary from '../../site/islands/ErrorSummary';
import ImportPreview from './ImportPreview';
import UndoImport from './UndoImport';
import { applyImport, planFor, recordsToExport } from './portability/actions';
import { download } from '../../site/browser/download';
import './Portability.scss';

interface Props {
  /** The instrument this page is about; leave out for "everything". */
  instrument?: string;
  catalogue: InstrumentInfo[];
  /** The shared-results page, with the base path, e.g. "/qi-hub/assessments/shared/". */
  sharedPath: string;
  /** The facilitator's team view, with the base path. */
  teamPath: string;
  /** The blank paper copy of this instrument, with the base path. */
  printPath?: string;
  /**
   * The file input, rendered by Astro (a void element written as the site's HTML
   * style wants it, and present before hydration). Found by its id, FILE_INPUT_ID.
   */
  children?: ComponentChildren;
}

export const FILE_INPUT_ID = 'import-file';
const fileInput = () => document.getElementById(FILE_INPUT_ID) as HTMLInputElement | null;

type ImportState =
  | { step: 'idle' }
  | { step: 'errors'; errors: string[] }
  | { step: 'preview'; plans: InstrumentPlan[]; warnings: string[]; blocked: string[]; describe: (p: InstrumentPlan) => string };

export default function Portability({ instrument, catalogue, sharedPath, teamPath, printPath, children }: Props) {
  const [status, setStatus] = useState('');
  const [link, setLink] = useState('');
  const [importState, setImportState] = useState<ImportState>({ step: 'idle' });
  const [busy, setBusy] = useState(false);
  // Controls need JavaScript: the server renders a line saying so, and they appear once this runs.
  const [hydrated, setHydrated] = useState(false);
  const canUndo = useStore($importBackup);

  const linkInput = useRef<HTMLInputElement>(null);
  // Where focus goes once the page has redrawn after a question closes: the
  // status that reports the outcome, or the control that opened the question.
  const statusLine = useRef<HTMLParagraphElement>(null);
  const checkButton = useRef<HTMLButtonElement>(null);
  const [focusOn, setFocusOn] = useState<{ target: 'status' | 'check' } | null>(null);
  useEffect(() => {
    if (focusOn) (focusOn.target === 'status' ? statusLine : checkButton).current?.focus();
  }, [focusOn]);
  const report = (message: string) => {
    setStatus(message);
    setFocusOn({ target: 'status' });
  };
  const info = catalogue.find((c) => c.id === instrument);
  useEffect(() => {
    setHydrated(true);
    importBackup();
  }, []);

  const records = (all = false) => recordsToExport(catalogue, all ? undefined : instrument);

  async function exportAs(kind: 'json' | 'csv', all = !instrument) {
    const what = all ? 'all-assessments' : instrument!;
    const list = records(all);
    if (list.length === 0) return setStatus('There are no answers to download yet.');
    const { exportJson, exportCsv, exportFilename } = await import('../transfer/export');
    if (kind === 'json') download(exportFilename(what, 'json'), exportJson(list, catalogue), 'application/json');
    else {
      const { writeCsv } = await import('../../site/lib/csv');
      download(exportFilename(what, 'csv'), exportCsv(list, catalogue, writeCsv), 'text/csv;charset=utf-8');
    }
    setStatus(`Your answers were downloaded as ${kind === 'json' ? 'a JSON file' : 'a CSV spreadsheet file'}.`);
  }

  async function makeLink() {
    if (!info) return;
    const record = records()[0];
    if (!record || !Object.values(record.answers).some((a) => a.value !== undefined)) return setStatus('Answer at least one statement before you share your results.');
    const { shareUrl } = await import('../transfer/share-link');
    setLink(shareUrl(new URL(sharedPath, location.href).href, record, info));
    setStatus('Your share link is ready. Copy it and send it to the people you choose.');
  }

  useEffect(() => {
    if (link) linkInput.current?.select();
  }, [link]);

  async function copyLink() {
    try {
      await navigator.clipboard.writeText(link);
      setStatus('The link was copied.');
    } catch {
      linkInput.current?.select();
      setStatus('Your browser did not let us copy. The link is selected: press Ctrl+C (or Command+C) to copy it.');
    }
  }

  async function checkFile() {
    const file = fileInput()?.files?.[0];
    if (!file) return setImportState({ step: 'errors', errors: ['Choose a file to import.'] });
    const [{ checkSize, decodeText, checkImport }, { readCsv }, { describePlan }] = await Promise.all([
      import('../transfer/import'),
      import('../../site/lib/csv'),
      import('../transfer/import-plan'),
    ]);
    // Size first: a huge file is refused before a byte of it is read.
    const sizeProblem = checkSize(file.size);
    if (sizeProblem) return setImportState({ step: 'errors', errors: [sizeProblem] });
    const text = decodeText(new Uint8Array(await file.arrayBuffer()));
    if (!text.ok) return setImportState({ step: 'errors', errors: [text.error] });
    const checked = checkImport(text.text, catalogue, readCsv);
    if (!checked.ok) return setImportState({ step: 'errors', errors: checked.errors });
    const { plans, blocked } = await planFor(checked.instruments, catalogue);
    setImportState({ step: 'preview', plans, warnings: checked.warnings, blocked, describe: describePlan });
  }

  async function confirmImport(plans: InstrumentPlan[]) {
    setBusy(true);
    const result = await applyImport(plans, catalogue);
    setBusy(false);
    if (!result.ok) return 'error' in result ? setImportState({ step: 'errors', errors: [result.error] }) : undefined;
    setImportState({ step: 'idle' });
    const input = fileInput();
    if (input) input.value = '';
    report(`Imported: ${result.applied.written.join(', ')}.`);
  }

  function cancelImport() {
    setImportState({ step: 'idle' });
    setStatus('Import cancelled. Nothing was changed.');
    setFocusOn({ target: 'check' });
  }

  function printResults() {
    const root = document.documentElement;
    root.classList.add('app-printing-results');
    addEventListener('afterprint', () => root.classList.remove('app-printing-results'), { once: true });
    window.print();
  }

  return (
    <section class="app-portability" aria-labelledby="portability-heading" data-testid="portability">
      <h2 id="portability-heading">{instrument ? 'Keep, share or move your answers' : 'Keep or move all your answers'}</h2>
      <p class="nhsuk-body">
        Your answers are kept only in this browser. Download a copy to keep them safe, or to move them to another computer. Nothing is sent anywhere.
      </p>
      {!hydrated && <p class="nhsuk-body">Downloading, importing and sharing your answers need JavaScript, which has not run on this page.</p>}
      <div hidden={!hydrated}>
      <p class="nhsuk-body app-portability__status" role="status" data-testid="portability-status" tabIndex={-1} ref={statusLine}>
        {status}
      </p>

      <h3>Download your answers</h3>
      <div class="nhsuk-button-group">
        <button type="button" class="nhsuk-button nhsuk-button--secondary" onClick={() => exportAs('json')}>
          Download as JSON<span class="nhsuk-u-visually-hidden"> (for importing again)</span>
        </button>
        <button type="button" class="nhsuk-button nhsuk-button--secondary" onClick={() => exportAs('csv')}>
          Download as spreadsheet (CSV)
        </button>
      </div>
      <p class="nhsuk-body-s">The JSON file can be imported again. The spreadsheet has one row for each statement and each saved snapshot.</p>
      {instrument && (
        <p class="nhsuk-body-s">
          Or download every assessment you have answered in this browser:{' '}
          <button type="button" class="app-link-button app-link-button--small" onClick={() => exportAs('json', true)}>
            all as JSON
          </button>{' '}
          or{' '}
          <button type="button" class="app-link-button app-link-button--small" onClick={() => exportAs('csv', true)}>
            all as a spreadsheet (CSV)
          </button>
          .
        </p>
      )}

      {info && (
        <>
          <h3>Share your results</h3>
          <p class="nhsuk-body">
            {info.scaleType === 'easy-or-hard'
              ? 'Make a link that shows someone else which questions you found easy to answer and which you struggled over, for example the facilitator of your workshop. '
              : 'Make a link that shows your scores to someone else, for example the facilitator of your workshop. '}
            It opens the <a href={sharedPath}>shared results page</a>, read-only. Your notes are not included. Anyone with the link can see the{' '}
            {info.scaleType === 'easy-or-hard' ? 'answers' : 'scores'} in it.
          </p>
          <p class="nhsuk-body">
            Running a workshop? Collect everyone’s links and see them together in the <a href={teamPath}>team view for facilitators</a>.
          </p>
          <button type="button" class="nhsuk-button nhsuk-button--secondary" onClick={makeLink}>
            Create a share link
          </button>
          {link && (
            <div class="nhsuk-form-group">
              <label class="nhsuk-label" for="share-link">
                Your share link
              </label>
              <input class="nhsuk-input" id="share-link" type="text" readOnly value={link} ref={linkInput} data-testid="share-link" />
              <button type="button" class="nhsuk-button nhsuk-button--secondary app-portability__copy" onClick={copyLink}>
                Copy link
              </button>
            </div>
          )}
        </>
      )}

      <h3>Import answers</h3>
      {importState.step === 'errors' && <ErrorSummary title="The file could not be imported" errors={importState.errors} />}
      {importState.step === 'preview' ? (
        <ImportPreview
          plans={importState.plans}
          warnings={importState.warnings}
          blocked={importState.blocked}
          describe={importState.describe}
          confirmLabel="Import these answers"
          busy={busy}
          onConfirm={() => confirmImport(importState.plans)}
          onCancel={cancelImport}
        />
      ) : (
        <div class="nhsuk-form-group">
          <label class="nhsuk-label" for="import-file">
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
      {canUndo && <UndoImport catalogue={catalogue} say={setStatus} report={report} />}

      {info && (
        <>
          <h3>Print</h3>
          <div class="nhsuk-button-group">
            <button type="button" class="nhsuk-button nhsuk-button--secondary" onClick={printResults}>
              Print your results
            </button>
            {printPath && (
              <a class="nhsuk-link" href={printPath}>
                Print a blank copy for a workshop
              </a>
            )}
          </div>
        </>
      )}
      </div>
    </section>
  );
}
