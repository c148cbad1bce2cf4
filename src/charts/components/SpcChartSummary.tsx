/**
 * What an SPC chart shows, in words: variation, assurance and special causes,
 * with the Making Data Count icons. Loaded with import() once an SPC chart is
 * drawn, so a run chart page does not fetch it; spcSummary comes with it.
 */
import type { Spc } from '../rules/making-data-count';
import { useState } from 'preact/hooks';
import { count } from '../../site/lib/format';
import { EPISODES_LISTED_UP_TO, episodeCounts, type Episode, type SpcSummary } from '../maker/spc-summary';
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
          <Episodes episodes={s.episodes} />
        </>
      ) : (
        <p>No special cause variation: every point is common cause variation, the ordinary ups and downs of this process.</p>
      )}
    </div>
  );
}

/**
 * Each stretch of special cause points. A long list (noisy data with a shift can give 150 in 1,000
 * points) is counted above and kept behind "Show all", drawn only when opened: laying it out again
 * on every change of chart kind or direction cost more than drawing the chart.
 */
function Episodes({ episodes }: { episodes: readonly Episode[] }) {
  const [open, setOpen] = useState(false);
  const list = (
    <ul class="nhsuk-list nhsuk-list--bullet">
      {episodes.map((e) => (
        <li key={e.start}>{e.text}.</li>
      ))}
    </ul>
  );
  if (episodes.length <= EPISODES_LISTED_UP_TO) return list;
  return (
    <>
      <p>{episodeCounts(episodes)}</p>
      <details class="nhsuk-details" open={open} onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
        <summary class="nhsuk-details__summary">
          <span class="nhsuk-details__summary-text">Show all {count(episodes.length)} stretches</span>
        </summary>
        <div class="nhsuk-details__text">{open && list}</div>
      </details>
    </>
  );
}
