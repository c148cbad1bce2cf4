/**
 * Where charts are kept: the shared document store, kind "chart". The page
 * asks for the store through `openChartStore`, so a test can pass one over a
 * fake Storage, and the page never touches localStorage itself.
 */
import { browserDocumentStore, type DocumentStore } from '../../storage/documents';
import { CHART_VERSION, checkChart, type ChartDoc } from './model';

export type ChartStore = DocumentStore<ChartDoc>;

export const CHART_STORE_OPTIONS = { kind: 'chart', check: checkChart, version: CHART_VERSION } as const;

export function openChartStore(): ChartStore {
  return browserDocumentStore<ChartDoc>(CHART_STORE_OPTIONS);
}
