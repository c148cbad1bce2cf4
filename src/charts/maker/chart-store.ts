/**
 * Where charts are kept: the shared document store, kind "chart". The page
 * asks for the store through `openChartStore`, so a test can pass one over a
 * fake Storage, and the page never touches localStorage itself.
 */
import { browserDocumentStore, type DocumentFault, type DocumentStore } from '../../storage/documents';
import { CHART_VERSION, checkChart, type ChartDoc } from './model';
import { upgradeChart } from './chart-upgrade';

export type ChartStore = DocumentStore<ChartDoc>;

export const CHART_STORE_OPTIONS = { kind: 'chart', check: checkChart, version: CHART_VERSION, migrations: { 1: upgradeChart, 2: upgradeChart } } as const;

export function openChartStore(): ChartStore {
  return browserDocumentStore<ChartDoc>(CHART_STORE_OPTIONS);
}

export interface DamagedCopy {
  key: string;
  raw: string;
}

/**
 * Sets aside every saved chart that cannot be read (which `list` leaves out),
 * and returns what the page should offer: every copy kept aside, and any
 * damaged chart that could not be copied (left where it is), with the first fault met.
 */
export function findDamaged(store: ChartStore): { fault: DocumentFault | null; copies: DamagedCopy[] } {
  let fault: DocumentFault | null = null;
  const stuck: DamagedCopy[] = [];
  for (const id of store.damagedIds()) {
    const loaded = store.load(id).faults[0] ?? null;
    fault ??= loaded;
    const raw = store.storedText(id);
    if (raw !== null && store.damagedIds().includes(id)) stuck.push({ key: `${CHART_KEY_PREFIX}${id}`, raw });
  }
  return { fault, copies: [...store.keptAside(), ...stuck] };
}

/** Where a chart lives in storage; a damaged one is discarded by id. */
export const CHART_KEY_PREFIX = 'qi-hub:chart:';
