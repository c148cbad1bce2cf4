/**
 * What an SPC chart shows, in words: variation, assurance and special causes,
 * with the Making Data Count icons. Loaded with import() once an SPC chart is
 * drawn, so a run chart page does not fetch it; spcSummary comes with it.
 */
import type { Spc } from '../rules/making-data-count';
import type { SpcSummary } from '../maker/spc-summary';
import { AssuranceIcon, VariationIcon } from './Icons';

export { spcSummary } from '../maker/spc-summary';

export function SpcChartSummary({ chart, s }: { chart: Spc; s: SpcSummary }) {
  const last = chart.periods[chart.periods.length - 1]!;
  return (
    <div class="app-chart-summary" id="chart-summary">
      <h3>What the chart shows</h3>
      <div class="app-chart-icons">
        <VariationIcon type={last.variation} direction={chart.direction} />
        {chart.assurance && <AssuranceIcon assurance={chart.assurance} />}
      </div>
      <p>
        <strong>{s.variation}</strong> {s.assurance}
      </p>
      <ul class="nhsuk-list">
        {s.periods.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
      {s.episodes.length ? (
        <>
          <h4>Special cause variation</h4>
          <ul class="nhsuk-list nhsuk-list--bullet">
            {s.episodes.map((e) => (
              <li key={e.start}>{e.text}.</li>
            ))}
          </ul>
        </>
      ) : (
        <p>No special cause variation: every point is common cause variation, the ordinary ups and downs of this process.</p>
      )}
    </div>
  );
}
