/**
 * Which chart the page opens: a chart shared in the address (shown, not
 * saved until the person asks), else the one asked for, else the most
 * recently saved, else a new blank chart.
 */
import { newId, type DocumentFault } from '../../storage/documents';
import type { ChartStore } from './chart-store';
import { blankChart, type ChartDoc } from './model';
import type { ChartShareProblem, DecodedChart } from './share';

export interface Opened {
  id: string;
  doc: ChartDoc;
  /** Shown from a share link and not saved here yet. */
  shared: boolean;
  readOnly: boolean;
  faults: DocumentFault[];
  /** When it was last saved in this browser; null when it is not (yet). */
  savedAt: string | null;
  shareProblem?: ChartShareProblem;
}

/**
 * `shared`: the chart link in the address, read (the page loads the code that reads one only when there is one), or null.
 * `which`: an id to open, null for a new chart, undefined for the most recent.
 */
export function openOrStart(store: ChartStore, shared: DecodedChart | null, which?: string | null): Opened {
  let shareProblem: ChartShareProblem | undefined;
  if (shared) {
    if (shared.ok) return { id: newId(), doc: shared.doc, shared: true, readOnly: false, faults: [], savedAt: null };
    shareProblem = shared.problem;
  }
  const fresh = (faults: DocumentFault[] = []): Opened => ({
    id: newId(),
    doc: blankChart(),
    shared: false,
    readOnly: false,
    faults,
    savedAt: null,
    ...(shareProblem ? { shareProblem } : {}),
  });
  if (which === null) return fresh();
  const id = which ?? store.list()[0]?.id;
  if (!id) return fresh(store.available() ? [] : [{ kind: 'blocked' }]);
  const { stored, readOnly, faults } = store.load(id);
  if (!stored) return fresh(faults);
  return { id, doc: stored.doc, shared: false, readOnly, faults, savedAt: stored.updatedAt, ...(shareProblem ? { shareProblem } : {}) };
}
