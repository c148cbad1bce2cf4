/** What the chart shows, in words: the rules and their meaning (run chart) or the variation, assurance and special causes (SPC). */
import type { Spc } from '../rules/making-data-count';
import type { RunSummary } from '../maker/run-summary';
import type { SpcSummary } from '../maker/spc-summary';
import { AssuranceIcon, VariationIcon } from './Icons';

export function RunChartSummary({ s }: { s: RunSummary }) {
  return (
    <div class="app-chart-summary" id="chart-summary">
      <h3>What the chart shows</h3>
      <p>
        <strong>{s.headline}</strong> {s.centre}
        {s.onMedianText && ` ${s.onMedianText}`}
      </p>
      <h3>The run chart rules</h3>
      <dl class="nhsuk-summary-list app-chart-rules">
        {s.rules.map((r) => (
          <div class="nhsuk-summary-list__row" key={r.id}>
            <dt class="nhsuk-summary-list__key">
              {r.name}
              <span class="nhsuk-body-s app-chart-meaning">{r.meaning}</span>
            </dt>
            <dd class="nhsuk-summary-list__value">
              <strong class={`nhsuk-tag ${r.found ? 'nhsuk-tag--orange' : r.found === false ? 'nhsuk-tag--grey' : 'nhsuk-tag--white'}`}>
                {r.found ? 'Signal' : r.found === false ? 'No signal' : r.id === 'astronomical' ? 'Judge by eye' : 'Not tested'}
              </strong>{' '}
              {r.detail}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

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
