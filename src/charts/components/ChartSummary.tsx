/** What a run chart shows, in words: the rules and their meaning. The SPC chart's words are in SpcChartSummary.tsx. */
import type { RunSummary } from '../maker/run-summary';

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
