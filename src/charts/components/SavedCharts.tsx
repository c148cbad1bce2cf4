/** The charts saved in this browser: open, delete (asked twice), export all as a file, import a file. */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { StoredDocument } from '../../storage/documents';
import type { ChartDoc } from '../maker/model';
import type { ImportOutcome } from '../maker/keep-imported';
import { firstClickOnly } from '../../site/browser/first-click';

// One formatter for the page: toLocaleString builds a new one on every call, and the list is drawn on every change.
const WHEN = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });
const when = (iso: string) => WHEN.format(new Date(iso));

export interface SavedChartsProps {
  saved: readonly StoredDocument<ChartDoc>[];
  currentId: string;
  onOpen: (id: string) => void;
  onDelete: (id: string) => void;
  onNew: () => void;
  onExport: () => void;
  onImport: (file: File) => void;
  /** What the last import did, shown with the import control. */
  imported: ImportOutcome | null;
}

export function SavedCharts({ saved, currentId, onOpen, onDelete, onNew, onExport, onImport, imported }: SavedChartsProps) {
  const [confirming, setConfirming] = useState<string | null>(null);
  // Where keyboard focus goes once the list has redrawn: the question after Delete, the Delete button after "Keep it" or
  // Escape, the heading after a delete (the button pressed is gone). Ids, not refs, as the element is drawn by this render.
  const focusNext = useRef<string | null>(null);
  useLayoutEffect(() => {
    const next = focusNext.current && document.getElementById(focusNext.current);
    if (next) (next.focus(), (focusNext.current = null));
  });
  const setFocusId = (id: string) => (focusNext.current = id);
  const keep = (id: string) => (setFocusId(`chart-delete-${id}`), setConfirming(null));
  // firstClickOnly: after a first click on Open, that row's Open button goes and its Delete button moves under the pointer.
  return (
    <section aria-labelledby="chart-saved-heading" class="app-no-print">
      <h2 id="chart-saved-heading" tabIndex={-1}>Your saved charts</h2>
      {saved.length === 0 ? (
        <p>No charts are saved in this browser yet. A chart is saved as soon as it has data.</p>
      ) : (
        <ul class="nhsuk-list app-chart-saved">
          {saved.map((s) => (
            <li key={s.id}>
              <strong>{s.doc.title}</strong>
              {s.id === currentId && ' (open now)'}
              <span class="nhsuk-body-s"> Saved {when(s.updatedAt)}.</span>{' '}
              {s.id !== currentId && (
                <button type="button" class="nhsuk-button nhsuk-button--secondary nhsuk-button--small" onClick={() => onOpen(s.id)}>
                  Open<span class="nhsuk-u-visually-hidden"> {s.doc.title}</span>
                </button>
              )}{' '}
              {confirming === s.id ? (
                <span role="group" aria-labelledby={`chart-confirm-${s.id}`} onKeyDown={(e) => e.key === 'Escape' && keep(s.id)}>
                  <span class="app-chart-confirm" id={`chart-confirm-${s.id}`} tabIndex={-1}>
                    Delete {s.doc.title}?
                  </span>{' '}
                  <button
                    type="button"
                    class="nhsuk-button nhsuk-button--warning nhsuk-button--small"
                    onClick={firstClickOnly(() => (setFocusId('chart-saved-heading'), setConfirming(null), onDelete(s.id)))}
                  >
                    Yes, delete<span class="nhsuk-u-visually-hidden"> {s.doc.title}</span>
                  </button>{' '}
                  <button type="button" class="nhsuk-button nhsuk-button--secondary nhsuk-button--small" onClick={() => keep(s.id)}>
                    Keep it
                  </button>
                </span>
              ) : (
                <button
                  type="button"
                  id={`chart-delete-${s.id}`}
                  class="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
                  onClick={firstClickOnly(() => (setFocusId(`chart-confirm-${s.id}`), setConfirming(s.id)))}
                >
                  Delete<span class="nhsuk-u-visually-hidden"> {s.doc.title}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <button type="button" class="nhsuk-button nhsuk-button--secondary" onClick={onNew}>
        Start a new chart
      </button>{' '}
      <button type="button" class="nhsuk-button nhsuk-button--secondary" onClick={onExport}>
        Export charts (JSON file)
      </button>
      <div class={`nhsuk-form-group${imported?.error ? ' nhsuk-form-group--error' : ''}`}>
        <label class="nhsuk-label" for="chart-import">
          Import charts from a file you exported
        </label>
        {/* Always in the page, so screen readers announce what is put in it; the file control describes itself by it. */}
        <div role="status">
          {imported && (
            <p class={imported.error ? 'nhsuk-error-message' : 'nhsuk-body-s'} id="chart-import-result">
              {imported.error && <span class="nhsuk-u-visually-hidden">Error: </span>}
              {imported.text}
            </p>
          )}
        </div>
        <input
          class="app-file-input"
          id="chart-import"
          type="file"
          accept=".json,application/json"
          aria-describedby={imported ? 'chart-import-result' : undefined}
          onChange={(e) => {
            const input = e.currentTarget;
            const file = input.files?.[0];
            if (file) onImport(file);
            input.value = '';
          }}
        />
      </div>
    </section>
  );
}
