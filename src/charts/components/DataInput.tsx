/** Data in: paste two columns, import a CSV or Excel file, or type into a table; bad rows listed with their line numbers. */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { closesBox, isLong, lineCount } from '../maker/data-box';
import type { RowsRead } from '../maker/read-data';
import { plural } from '../../site/lib/format';
import type { FileNote } from '../data/sheet-text';
import { NOT_LOADED, useLoaded } from './use-loaded';

const editor = () => import('./DataTableEditor');
/** Reading files is loaded when a file is first chosen; if it cannot be, the file's error says so. */
const fileReader = () =>
  import('./read-file').catch(() => {
    throw new Error(NOT_LOADED);
  });

export interface DataInputProps {
  data: string;
  ev: RowsRead;
  readOnly: boolean;
  onData: (text: string, how: string) => void;
  /** A file's data: the page decides whether it fills the open chart or a new one, so the open chart's data is never replaced. */
  onFileData: (text: string, name: string, notes: FileNote[]) => void;
  /** A file was chosen: what was said about an earlier file no longer applies. */
  onFileChosen?: () => void;
}

export function DataInput({ data, ev, readOnly, onData, onFileData, onFileChosen }: DataInputProps) {
  const [fileError, setFileError] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const table = useLoaded(editor, editing);
  // Uncontrolled: the box is written only when the data changed from elsewhere (a file, the table, another tab), not read
  // back and compared on every change of the page, which for 1,000 lines cost more than drawing the chart.
  const area = useRef<HTMLTextAreaElement>(null);
  // A long text is kept in the closed box (see ../maker/data-box): `shown` says the person opened it to read or change it.
  const [shown, setShown] = useState(false);
  const closed = !shown && isLong(data);
  const opener = useRef<HTMLButtonElement>(null);
  // The text a long paste replaced, so it can be put back: the browser's own undo cannot reach a box that is closed.
  const [replaced, setReplaced] = useState<string | null>(null);
  /** Set by the paste that makes the offer, so the change of data it brings does not withdraw it. */
  const offerNew = useRef(false);
  const moveFocus = useRef<'box' | 'opener' | null>(null);
  useLayoutEffect(() => {
    if (area.current && area.current.value !== data) {
      // New text from elsewhere (a file, the table, another tab): a long one closes the box, and focus in it moves to its button.
      if (document.activeElement === area.current && isLong(data) && !shown) moveFocus.current = 'opener';
      area.current.value = data;
    }
    // Once the text is short again (emptied, a new chart), the next long paste closes the box again.
    if (!isLong(data)) setShown(false);
    // Any change after the paste (typing, the table, a file, another tab) ends the offer to undo it.
    if (!offerNew.current) setReplaced(null);
    offerNew.current = false;
  }, [data]);
  useLayoutEffect(() => {
    const to = moveFocus.current === 'box' ? area.current : moveFocus.current === 'opener' ? opener.current : null;
    moveFocus.current = null;
    to?.focus();
  }, [closed]);
  const onBoxInput = (box: HTMLTextAreaElement) => {
    // A box the person opened stays open while they change it.
    if (!shown && closesBox(data, box.value) && !closed) {
      // Focus was in the box; it goes to the button that opens it again, next to the message saying what happened.
      if (document.activeElement === box) moveFocus.current = 'opener';
      setShown(false);
      if (data.trim() !== '') {
        offerNew.current = true;
        setReplaced(data);
      }
    }
    onData(box.value, '');
  };
  // The text before the paste comes back; focus goes to the box it opens in, or, if that text is long too, to the button that opens it.
  const undoPaste = (before: string) => {
    setReplaced(null);
    if (isLong(before)) opener.current?.focus();
    else moveFocus.current = 'box';
    onData(before, '');
  };
  const onFile = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    setFileError(null);
    onFileChosen?.();
    try {
      const { text, notes } = await (await fileReader()).fileToData(file);
      onFileData(text, file.name, notes);
    } catch (error) {
      setFileError(error instanceof Error ? error.message : String(error));
    }
    input.value = '';
  };
  return (
    <section aria-labelledby="chart-data-heading">
      <h2 id="chart-data-heading">Your data</h2>
      <div class={`nhsuk-form-group${fileError ? ' nhsuk-form-group--error' : ''}`}>
        <label class="nhsuk-label" for="chart-file">
          Import a CSV or Excel file (.csv or .xlsx)
        </label>
        <div class="nhsuk-hint" id="chart-file-hint">
          The first two columns are used: a date or label, then a value. The first sheet of a workbook is read.
        </div>
        {fileError && (
          <p class="nhsuk-error-message" id="chart-file-error">
            <span class="nhsuk-u-visually-hidden">Error: </span>
            {fileError}
          </p>
        )}
        <input
          class="app-file-input"
          id="chart-file"
          type="file"
          accept=".csv,.txt,.tsv,.xlsx,text/csv"
          aria-describedby={`chart-file-hint${fileError ? ' chart-file-error' : ''}`}
          disabled={readOnly}
          onChange={onFile}
        />
      </div>
      <div class="nhsuk-form-group">
        {/* Not a label for the closed box: clicking it would send focus nowhere. */}
        <label class="nhsuk-label" for={closed ? undefined : 'chart-data'}>
          Or paste or type your data
        </label>
        <div class="nhsuk-hint" id="chart-data-hint">
          Two columns copied from a spreadsheet, or typed with a comma between: a date (day/month/year) or label, then a value. One row for each week, month or
          other period. A heading row is fine.
        </div>
        {closed && (
          <p class="app-chart-data-closed-note">
            <span id="chart-data-closed">
              The box holding {readOnly ? 'the' : 'your'} data ({plural(lineCount(data), 'line')}) is closed so that the page stays quick to use.
              {readOnly ? ' ' : ' Your data is all kept. '}
            </span>
            <button
              type="button"
              ref={opener}
              class="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
              aria-describedby="chart-data-closed"
              onClick={() => ((moveFocus.current = 'box'), setShown(true))}
            >
              {readOnly ? 'Show the data as text' : 'Show or change the data as text'}
            </button>
            {replaced !== null && (
              <button type="button" class="nhsuk-button nhsuk-button--secondary nhsuk-button--small" onClick={() => undoPaste(replaced)}>
                Undo the paste
              </button>
            )}
          </p>
        )}
        <textarea
          class={`nhsuk-textarea app-chart-data${closed ? ' app-chart-data--closed' : ''}`}
          id="chart-data"
          rows={8}
          spellcheck={false}
          aria-describedby="chart-data-hint chart-data-count"
          ref={area}
          defaultValue={data}
          readOnly={readOnly}
          onInput={(e) => onBoxInput(e.currentTarget)}
        />
        <p class="nhsuk-body-s" id="chart-data-count" aria-live="polite">
          {plural(ev.points.length, 'point')} read
          {ev.header ? `, with the heading row “${ev.header.label}, ${ev.header.value}”` : ''}
          {ev.sorted ? '. The rows were not in date order, so the chart puts them in order' : ''}.
        </p>
      </div>
      {ev.bad.length > 0 && (
        <div class="nhsuk-warning-callout" id="chart-bad-rows">
          <h3 class="nhsuk-warning-callout__label">
            <span>
              <span class="nhsuk-u-visually-hidden">Important: </span>
              {plural(ev.bad.length, 'row')} could not be used
            </span>
          </h3>
          <p>These rows are not on the chart. Correct them above; nothing has been removed from your data.</p>
          <ul class="app-chart-bad-list">
            {ev.bad.slice(0, 100).map((b) => (
              <li key={b.line}>
                <strong>Line {b.line}</strong> (“
                {b.text.length > 60 ? `${b.text.slice(0, 60)}…` : b.text}”): {b.reason}
              </li>
            ))}
          </ul>
          {ev.bad.length > 100 && <p>And {plural(ev.bad.length - 100, 'more row')}.</p>}
        </div>
      )}
      {!readOnly && (
        <details class="nhsuk-details" open={editing} onToggle={(e) => setEditing((e.currentTarget as HTMLDetailsElement).open)}>
          <summary class="nhsuk-details__summary">
            <span class="nhsuk-details__summary-text">Type or change your data in a table</span>
          </summary>
          <div class="nhsuk-details__text">
            {editing && table.mod && <table.mod.DataTableEditor data={data} onData={(text) => onData(text, '')} />}
            {editing && table.failed && <p>{NOT_LOADED}</p>}
          </div>
        </details>
      )}
    </section>
  );
}
