/**
 * Keeping the charts of an imported file, all or none. If storage fills up (or
 * fails) part way, the charts this import already wrote are removed again and
 * the message says none were imported and how many would have fitted. Why not
 * keep the ones that fitted: a browser left full could not save the next change
 * to the open chart, nor answers on any other page, and "163 of 200" would
 * leave the person to find which 37 are missing. All or none changes nothing
 * already saved, and the file still holds every chart for another try.
 */
import { newId, type DocumentFault } from '../../storage/documents';
import { plural } from '../../site/lib/format';
import type { ChartStore } from './chart-store';
import type { ChartDoc } from './model';
import { importCharts } from './transfer';

export type Kept = { saved: number; fault: null } | { saved: 0; fault: DocumentFault; fitted: number };

/** Saves every chart under a new id, or, at the first that cannot be saved, removes those already written. */
export function keepAll(store: ChartStore, charts: readonly ChartDoc[], makeId: () => string = newId): Kept {
  const written: string[] = [];
  for (const chart of charts) {
    const id = makeId();
    const { fault } = store.save(id, chart);
    if (fault) {
      for (const gone of written) store.remove(gone);
      return { saved: 0, fault, fitted: written.length };
    }
    written.push(id);
  }
  return { saved: written.length, fault: null };
}

/** What the import control says: `error` when nothing was imported. */
export interface ImportOutcome {
  error: boolean;
  text: string;
}

const chartCount = (n: number) => plural(n, 'chart');

function notKept(kept: Extract<Kept, { fault: DocumentFault }>, total: number, name: string): string {
  const none = total === 1 ? `The chart in ${name} was not imported` : `None of the ${chartCount(total)} in ${name} were imported`;
  const unchanged = 'Your saved charts are as they were.';
  switch (kept.fault.kind) {
    case 'full': {
      const room = kept.fitted === 0 ? 'it has no room for another chart' : `it had room for only ${kept.fitted} of them`;
      return `${none}: this browser’s storage is full, and ${room}. ${unchanged} To import them, make room by deleting charts or answers you no longer need, or use a file with fewer charts.`;
    }
    case 'blocked':
      return `${none}: this browser is not letting QI Hub save charts. This can happen in private browsing, or when cookies and site data are blocked.`;
    default:
      return `${none}: saving in this browser failed. ${unchanged} Try again.`;
  }
}

/** Reads a charts file, keeps its charts all or none, and says what happened, naming the file. */
export function importChartsFile(store: ChartStore, text: string, name: string, makeId?: () => string): ImportOutcome {
  const read = importCharts(text);
  if (read.charts.length === 0) {
    // The file control is empty again once a file is read, so the message names the file.
    return { error: true, text: read.problems.length ? `Nothing was imported from ${name}. ${read.problems.join(' ')}` : `There are no charts in ${name}.` };
  }
  const kept = keepAll(store, read.charts, makeId);
  if (kept.fault) return { error: true, text: notKept(kept, read.charts.length, name) };
  return { error: false, text: [`Imported ${chartCount(kept.saved)} from ${name}. Open ${kept.saved === 1 ? 'it' : 'them'} from the list.`, ...read.problems].join(' ') };
}
