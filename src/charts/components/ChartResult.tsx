/** The chart with its summary, legend, data table and downloads. */
import { useMemo, useRef, useState } from 'preact/hooks';
import type { Evaluated } from '../maker/evaluate';
import type { ChartDoc } from '../maker/model';
import { MIN_POINTS } from '../maker/read-data';
import { runSummary } from '../maker/run-summary';
import { ChartSvg } from './ChartSvg';
import { RunChartSummary } from './ChartSummary';
import { NOT_LOADED, useLoaded } from './use-loaded';
import { ChartTable } from './ChartTable';
import { ChartPending } from './ChartPending';

/** The download code is loaded when a person first asks for a download. */
const downloads = () => import('./download-chart');
/** The SPC chart's words and icons are loaded once an SPC chart is drawn. */
const spcWords = () => import('./SpcChartSummary');

export function ChartResult({ ev, doc }: { ev: Evaluated; doc: ChartDoc }) {
  const holder = useRef<HTMLDivElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  // Worked out when the rules' answer changes, not again for a note, the title or a message (ev.run and ev.spc stay the same
  // objects then), and the same elements, so Preact leaves a summary of many signals alone.
  const run = useMemo(() => ev.run && runSummary(ev.run, ev.points), [ev.run, ev.points]);
  const spcPart = useLoaded(spcWords, ev.spc !== null);
  const spcMod = spcPart.mod;
  const spc = useMemo(() => ev.spc && spcMod && spcMod.spcSummary(ev.spc, ev.points), [ev.spc, ev.points, spcMod]);
  const runWords = useMemo(() => run && <RunChartSummary s={run} />, [run]);
  const spcWordsShown = useMemo(() => ev.spc && spc && spcMod && <spcMod.SpcChartSummary chart={ev.spc} s={spc} />, [ev.spc, spc, spcMod]);
  const valueName = ev.header?.value || 'Value';
  const description = run ? run.headline : spc ? spc.variation : '';
  // The same element while nothing it draws has changed, so Preact leaves the 1,000-point picture alone.
  const picture = useMemo(
    () => <ChartSvg ev={ev} title={doc.title} description={description} valueName={valueName} target={doc.target} id="chart-svg" />,
    [ev, doc.title, description, valueName, doc.target],
  );
  if (ev.points.length < MIN_POINTS) {
    return <ChartPending />;
  }
  const svg = () => holder.current?.querySelector('svg') ?? null;
  const attempt = (action: () => unknown) => async () => {
    setProblem(null);
    try {
      await action();
    } catch {
      // Almost always the download's code could not be fetched (offline); the browser's own words name a file.
      setProblem('The download could not be made. Check your connection, then try again. Your chart is kept.');
    }
  };
  return (
    <section aria-labelledby="chart-result-heading" id="chart-result">
      <h2 id="chart-result-heading">Your chart</h2>
      <div class="app-chart-figure" ref={holder}>
        {picture}
      </div>
      <p class="nhsuk-body-s app-chart-legend">
        {ev.spc
          ? 'Solid line: mean. Dashed lines: process limits. Grey circles: common cause. Blue circles: improvement. Orange squares: concern. Purple triangles: special cause where neither direction is better.'
          : 'Solid line: median (dashed after the baseline). Orange squares: points in a shift or trend.'}
        {ev.spc && doc.target !== null && ' Green dashed line: target.'}
        {ev.annotations.length > 0 && ' Dotted purple lines: your notes.'}
      </p>
      {runWords}
      {spcWordsShown}
      {ev.spc && !spc && <p role="status">{spcPart.failed ? NOT_LOADED : 'Working out what the chart shows…'}</p>}
      <div class="app-no-print app-chart-downloads">
        <h3>Download the chart</h3>
        {problem && (
          <p class="nhsuk-error-message" role="alert">
            {problem}
          </p>
        )}
        <button type="button" class="nhsuk-button nhsuk-button--secondary" onClick={attempt(async () => (await downloads()).downloadPng(svg()!, doc.title))}>
          Download as an image (PNG)
        </button>{' '}
        <button type="button" class="nhsuk-button nhsuk-button--secondary" onClick={attempt(async () => (await downloads()).downloadSvg(svg()!, doc.title))}>
          Download as SVG
        </button>{' '}
        <button type="button" class="nhsuk-button nhsuk-button--secondary" onClick={attempt(async () => (await downloads()).downloadCsv(ev, doc.title))}>
          Download the data (CSV)
        </button>
      </div>
      <div class="app-chart-table-wrap">
        <ChartTable ev={ev} title={doc.title} />
      </div>
    </section>
  );
}
