/**
 * Download, share, import and print controls for one assessment (or, with no
 * `instrument`, for everything). The server renders every control, so the
 * keyboard reaches them in order before this hydrates (client:interaction:
 * on view, focus or pointer); without JavaScript a line says they need it
 * (Portability.scss). The codecs (src/assessments/transfer/export, import,
 * csv, share-link) and the glue that reads and writes records
 * (portability/actions.ts) load only when the person uses them.
 */
import type { Instrument } from '../instrument';
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { importBackup } from '../record/import-store';
import { ShareLink } from './portability/ShareLink';
import { ImportAnswers } from './portability/ImportAnswers';
import { download } from '../../site/browser/download';
import { orSayNotLoaded } from '../../site/browser/not-loaded';
import './Portability.scss';

interface Props {
  /** The instrument this page is about; leave out for "everything". */
  instrument?: string;
  catalogue: Instrument[];
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

export default function Portability({ instrument, catalogue, sharedPath, teamPath, printPath, children }: Props) {
  const [status, setStatus] = useState('');
  // After a question closes, focus goes to the status line that reports the outcome.
  const statusLine = useRef<HTMLParagraphElement>(null);
  const [focusStatus, setFocusStatus] = useState(0);
  useEffect(() => {
    if (focusStatus) statusLine.current?.focus();
  }, [focusStatus]);
  const report = (message: string) => {
    setStatus(message);
    setFocusStatus((n) => n + 1);
  };
  const info = catalogue.find((c) => c.id === instrument);
  useEffect(() => {
    importBackup();
  }, []);

  // The glue that reads every stored record (and the full storage reader it needs) loads on the
  // first press, not when the controls come into view: most visits never use them.
  const records = async (all = false) => (await import('./portability/actions')).recordsToExport(catalogue, all ? undefined : instrument);

  async function exportAs(kind: 'json' | 'csv', all = !instrument) {
    const what = all ? 'all-assessments' : instrument!;
    await orSayNotLoaded(
      async () => {
        const list = await records(all);
        if (list.length === 0) return setStatus('There are no answers to download yet.');
        const { exportJson, exportCsv, exportFilename } = await import('../transfer/export');
        if (kind === 'json') download(exportFilename(what, 'json'), exportJson(list, catalogue), 'application/json');
        else {
          const { writeCsv } = await import('../../site/lib/csv');
          download(exportFilename(what, 'csv'), exportCsv(list, catalogue, writeCsv), 'text/csv;charset=utf-8');
        }
        setStatus(`Your answers were downloaded as ${kind === 'json' ? 'a JSON file' : 'a CSV spreadsheet file'}.`);
      },
      report,
      'The download could not be made',
    );
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
      <p class="nhsuk-body app-portability__no-script">Downloading, importing and sharing your answers need JavaScript, which has not run on this page.</p>
      <div class="app-portability__controls">
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

      {info && <ShareLink info={info} sharedPath={sharedPath} teamPath={teamPath} record={async () => (await records())[0]} say={setStatus} />}

      <ImportAnswers catalogue={catalogue} say={setStatus} report={report}>
        {children}
      </ImportAnswers>

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
