/**
 * Bring the project list: choose a CSV file (or an Excel file), or paste rows
 * copied from a spreadsheet, map its columns to fields with a preview, then
 * import. Rows that cannot be read are listed by row number; the rest come in.
 */
import { useMemo, useRef, useState } from 'preact/hooks';
import type { Project } from '../model';
import { fieldLabels, guessMapping, looksLikeJson, looksLikeOurExport, splitRepeats, noTitleMessage, readRegister, registerFields, type ColumnMapping, type RegisterField, type RowProblem } from '../register-import';
import { decodeRegister, WINDOWS_1252_NOTE } from '../register-text';
import { TableScroll } from '../../site/islands/TableScroll';
import { plural } from '../../site/lib/format';

interface Source {
  name: string;
  header: string[];
  rows: string[][];
  /** Set when the bytes were not UTF-8 and were read as Windows-1252: the preview says so. */
  encoding?: 'windows-1252';
}

const OUR_EXPORT_NOTE =
  'This looks like the projects file downloaded from this tool. Its projects can be imported, but not their goals, decisions or relations: only the review file (JSON) brings those back. To get them back, use “Open a review file” in step 7 with the JSON file.';

/** The name the pasted rows go by mid-sentence; a sentence that starts with it says “The pasted rows”. */
const PASTED = 'the pasted rows';
const startOf = (name: string) => (name === PASTED ? 'The pasted rows' : name);
const REVIEW_FILE_NOTE = 'is a review file, not a project register: use “Open a review file” in step 7 to open it.';

interface Props {
  existing: readonly Project[];
  onImport: (projects: Project[]) => void;
}

export default function ImportRegister({ existing, onImport }: Props) {
  const existingIds = new Set(existing.map((p) => p.id));
  const resultRef = useRef<HTMLDivElement>(null);
  const [skipRepeats, setSkipRepeats] = useState(true);
  const [source, setSource] = useState<Source | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [pasted, setPasted] = useState('');
  const [error, setError] = useState('');
  const [result, setResult] = useState<{ count: number; skipped: number; name: string; problems: RowProblem[]; ours: boolean } | null>(null);
  const [mapError, setMapError] = useState('');

  const filled = (row: readonly string[]) => row.some((c) => c.trim() !== '');

  /** A file or paste that cannot be used: say why, and take away the mapping of any earlier file so it cannot be imported by mistake. */
  function fail(message: string) {
    setError(message);
    setSource(null);
    setResult(null);
    setMapError('');
  }

  async function readText(name: string, text: string, encoding?: Source['encoding']) {
    if (looksLikeJson(name, text)) return fail(`${startOf(name)} ${REVIEW_FILE_NOTE}`);
    const { readCsv } = await import('../../site/lib/csv');
    // Blank rows are kept so a problem is reported with the row number the spreadsheet shows.
    const csv = readCsv(text, { keepBlankRows: true });
    if (!csv.ok) return fail(`${startOf(name)}: ${csv.error}`);
    if (!csv.rows.some(filled)) return fail(`${startOf(name)} has a heading row but no projects.`);
    take({ name, header: csv.header, rows: csv.rows, ...(encoding ? { encoding } : {}) });
  }

  function take(next: Source) {
    setError('');
    setResult(null);
    setSource(next);
    setMapError('');
    setSkipRepeats(true);
    setMapping(guessMapping(next.header));
  }

  async function chooseFile(e: Event) {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (/\.xlsx$/i.test(file.name)) {
      const { readXlsx } = await import('../xlsx');
      const read = await readXlsx(file);
      return read.ok ? take({ name: file.name, header: read.header, rows: read.rows }) : fail(`${file.name}: ${read.error}`);
    }
    if (file.size > 20_000_000) return fail(`${file.name} is larger than 20 MB. Save the register as CSV with only the columns you need.`);
    const decoded = decodeRegister(new Uint8Array(await file.arrayBuffer()), file.name);
    if (!decoded.ok) return fail(decoded.error);
    await readText(file.name, decoded.text, decoded.encoding === 'windows-1252' ? 'windows-1252' : undefined);
  }

  function importRows() {
    if (!source) return;
    // Which column is the title is a question about the whole file, not a bad row: ask it at the title's choice.
    if (mapping.title === undefined) {
      setMapError(noTitleMessage(source.header));
      requestAnimationFrame(() => document.getElementById('map-title')?.focus());
      return;
    }
    const read = readRegister(source.rows, mapping, existingIds);
    const taken = skipRepeats ? splitRepeats(read.projects, existing).fresh : read.projects;
    if (taken.length) onImport(taken);
    setResult({ count: taken.length, skipped: read.projects.length - taken.length, name: source.name, problems: read.problems, ours: looksLikeOurExport(source.header) });
    if (read.projects.length) setSource(null);
    // The button that was pressed has gone: focus moves to what the import did.
    requestAnimationFrame(() => resultRef.current?.focus());
  }

  const setField = (field: RegisterField, value: string) => {
    if (field === 'title') setMapError('');
    setMapping((m) => {
    const next = { ...m };
    if (value === '') delete next[field];
    else next[field] = Number(value);
    return next;
    });
  };
  const preview = source?.rows.filter(filled).slice(0, 5) ?? [];
  const repeats = useMemo(() => (source && mapping.title !== undefined ? splitRepeats(readRegister(source.rows, mapping).projects, existing).repeats.length : 0), [source, mapping, existing]);
  // Until a title column is chosen, the preview shows the file's own columns, so the person can see which holds the titles.
  const titled = mapping.title !== undefined;
  const columns = titled
    ? registerFields.filter((f) => mapping[f] !== undefined).map((f) => ({ label: fieldLabels[f], col: mapping[f]! }))
    : (source?.header ?? []).map((h, i) => ({ label: h || `Column ${i + 1}`, col: i }));

  return (
    <div class="app-portfolio__import">
      <div class="nhsuk-form-group">
        <label class="nhsuk-label nhsuk-label--s" for="register-file">Choose your project register</label>
        <div class="nhsuk-hint" id="register-file-hint">A CSV file, or an Excel workbook (.xlsx, first sheet). The first row must hold the column headings.</div>
        <input class="app-file-input" id="register-file" type="file" accept=".csv,.tsv,.txt,.xlsx,text/csv" aria-describedby="register-file-hint" onChange={chooseFile} />
      </div>
      <div class="nhsuk-form-group">
        <label class="nhsuk-label nhsuk-label--s" for="register-paste">Or paste rows from a spreadsheet</label>
        <div class="nhsuk-hint" id="register-paste-hint">Copy the rows with their heading row, then paste them here.</div>
        <textarea class="nhsuk-textarea" id="register-paste" rows={4} aria-describedby="register-paste-hint" value={pasted} onInput={(e) => setPasted(e.currentTarget.value)} />
        <button type="button" class="nhsuk-button nhsuk-button--secondary" onClick={() => (pasted.trim() ? readText(PASTED, pasted) : setError('Paste some rows first.'))}>
          Read pasted rows
        </button>
      </div>
      {error && (
        <p class="nhsuk-error-message" role="alert" data-testid="import-error">
          <span class="nhsuk-u-visually-hidden">Error: </span>
          {error}
        </p>
      )}
      {source && (
        <section aria-labelledby="mapping-heading" class="app-portfolio__mapping">
          <h3 id="mapping-heading">Match the columns in {source.name}</h3>
          <p>{plural(source.rows.filter(filled).length, 'row')} found. Choose which column holds each field. Only the title is needed.</p>
          {source.encoding && <p class="nhsuk-inset-text" data-testid="encoding-note">{WINDOWS_1252_NOTE}</p>}
          {looksLikeOurExport(source.header) && <p class="nhsuk-inset-text" data-testid="our-export-note">{OUR_EXPORT_NOTE}</p>}
          {mapping.title === undefined && !mapError && <p class="nhsuk-inset-text" data-testid="no-title-note">{noTitleMessage(source.header)}</p>}
          {registerFields.map((field) => (
            <div class={`nhsuk-form-group${field === 'title' && mapError ? ' nhsuk-form-group--error' : ''}`} key={field}>
              <label class="nhsuk-label" for={`map-${field}`}>{fieldLabels[field]}</label>
              {field === 'title' && mapError && (
                <p class="nhsuk-error-message" id="map-title-error" data-testid="map-error">
                  <span class="nhsuk-u-visually-hidden">Error: </span>
                  {mapError}
                </p>
              )}
              <select class={`nhsuk-select${field === 'title' && mapError ? ' nhsuk-select--error' : ''}`} id={`map-${field}`} aria-describedby={field === 'title' && mapError ? 'map-title-error' : undefined} value={mapping[field] ?? ''} onChange={(e) => setField(field, e.currentTarget.value)}>
                <option value="">Not in the file</option>
                {source.header.map((h, i) => (
                  <option value={i} key={i}>{h || `Column ${i + 1}`}</option>
                ))}
              </select>
            </div>
          ))}
          <TableScroll labelledBy="preview-caption">
            <table class="nhsuk-table">
              <caption class="nhsuk-table__caption" id="preview-caption">{preview.length === 1 ? 'The first row' : `The first ${preview.length} rows`}, as {titled ? 'they will be imported' : 'the file holds them'}</caption>
              <thead class="nhsuk-table__head">
                <tr>{columns.map((c) => <th scope="col" key={c.col}>{c.label}</th>)}</tr>
              </thead>
              <tbody class="nhsuk-table__body">
                {preview.map((row, r) => (
                  <tr key={r}>{columns.map((c) => <td key={c.col}>{row[c.col] ?? ''}</td>)}</tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          {repeats > 0 && (
            <div class="nhsuk-warning-callout" data-testid="repeats-warning">
              <h4 class="nhsuk-warning-callout__label">Already in this review</h4>
              <p>{plural(repeats, 'project')} in {source.name} {repeats === 1 ? 'has' : 'have'} the same title and team as a project already in this review.</p>
              <div class="nhsuk-checkboxes"><div class="nhsuk-checkboxes__item">
                <input class="nhsuk-checkboxes__input" id="skip-repeats" type="checkbox" checked={skipRepeats} onChange={(e) => setSkipRepeats(e.currentTarget.checked)} />
                <label class="nhsuk-label nhsuk-checkboxes__label" for="skip-repeats">Skip the projects already in this review</label></div>
              </div>
            </div>
          )}
          <button type="button" class="nhsuk-button" onClick={importRows}>Import these projects</button>
        </section>
      )}
      {result && (
        <div class="nhsuk-inset-text" data-testid="import-result" role="status" tabIndex={-1} ref={resultRef}>
          <p>{plural(result.count, 'project')} imported from {result.name}.{result.skipped ? ` ${plural(result.skipped, 'project')} already in this review ${result.skipped === 1 ? 'was' : 'were'} skipped.` : ''}{result.problems.length ? ` ${plural(result.problems.length, 'row')} could not be read:` : ''}</p>
          {result.problems.length > 0 && (
            <ul data-testid="import-problems">{result.problems.slice(0, 50).map((p) => <li key={p.row}>{p.message}</li>)}</ul>
          )}
          {result.problems.length > 50 && <p>and {result.problems.length - 50} more.</p>}
          {result.ours && <p data-testid="our-export-result">{OUR_EXPORT_NOTE}</p>}
        </div>
      )}
    </div>
  );
}
