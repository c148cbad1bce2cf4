/**
 * Everything the chart maker shows once a chart has points: the choices that
 * shape it, the chart with its summary, table and downloads, and the share
 * link. The page loads this with import() when there are points to draw, so
 * a first visit with no data fetches only the data input and saved charts.
 */
import { useMemo } from 'preact/hooks';
import type { ChartDoc } from '../maker/model';
import type { ReadData } from '../maker/read-data';
import { evaluator } from '../maker/evaluate';
import { ChartOptions } from './ChartOptions';
import { ChartResult } from './ChartResult';
import { ShareChart } from './ShareChart';

export interface ChartPanelsProps {
  /** The open chart's id: its options' text boxes start again when another chart is opened. */
  id: string;
  doc: ChartDoc;
  /** The data as the page has already read it (it lists the points read and the bad rows). */
  read: ReadData;
  readOnly: boolean;
  onChange: (patch: Partial<ChartDoc>) => void;
}

export function ChartPanels({ id, doc, read, readOnly, onChange }: ChartPanelsProps) {
  // Parts whose inputs did not change are the same objects again (see evaluator), so their summary and marks are not redrawn.
  const evaluate = useMemo(evaluator, []);
  const ev = useMemo(() => evaluate(doc, read), [doc, read]);
  return (
    <>
      <div class="app-no-print">
        <ChartOptions key={id} doc={doc} points={ev.points} readOnly={readOnly} onChange={onChange} />
      </div>
      <ChartResult ev={ev} doc={doc} />
      {ev.points.length > 0 && <ShareChart doc={doc} />}
    </>
  );
}
