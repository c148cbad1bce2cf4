/** Per-section scores as a chart and the equivalent table: the person's own results and a shared link's. */
import type { SectionScore } from '../results/scoring';
import { useId } from 'preact/hooks';
import { BarChart } from './AssessmentChart';
import { TableScroll } from '../../site/islands/TableScroll';

export const percentText = (v: number | null) => (v === null ? 'Not answered' : `${v}%`);

export function SectionScores({ sections }: { sections: SectionScore[] }) {
  const captionId = `section-scores-${useId()}`;
  // On a scale starting above 0 (1 to 5), "3 out of 10" is not 30%: the lowest possible score is above 0. Said, since people read it so.
  const lowest = sections.find((s) => s.count > 0 && s.min > 0);
  // Each statement's lowest and highest score, and a section's highest for the statements answered: the percentage counts only those.
  const perItem = (s: SectionScore) => ({ lo: s.min / s.count, hi: s.max / s.count });
  return (
    <div class="app-section-scores">
      <BarChart
        title="Score for each section, as a percentage of the way from lowest to highest"
        series={['Score']}
        max={100}
        unit="%"
        rows={sections.map((s) => ({ label: s.title, values: [s.percent] }))}
      />
      {/* Four columns do not fit a 320 px screen: the table scrolls in its own region, not the page. */}
      <TableScroll labelledBy={captionId}>
      <table class="nhsuk-table">
        <caption class="nhsuk-table__caption" id={captionId}>Score for each section</caption>
        <thead class="nhsuk-table__head">
          <tr class="nhsuk-table__row">
            <th class="nhsuk-table__header" scope="col">Section</th>
            <th class="nhsuk-table__header" scope="col">Answered</th>
            <th class="nhsuk-table__header" scope="col">Score</th>
            <th class="nhsuk-table__header" scope="col">Percentage</th>
          </tr>
        </thead>
        <tbody class="nhsuk-table__body">
          {sections.map((s) => (
            <tr class="nhsuk-table__row" key={s.id}>
              <th class="nhsuk-table__header" scope="row">{s.title}</th>
              <td class="nhsuk-table__cell">{s.answered} of {s.count}</td>
              <td class="nhsuk-table__cell">{s.answered ? `${s.total} out of ${perItem(s).hi * s.answered}` : 'Not answered'}</td>
              <td class="nhsuk-table__cell">{percentText(s.percent)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      </TableScroll>
      {lowest && (
        // Not printed: the one-page report has no room, and the chart's title says what the percentages are.
        <p class="nhsuk-body-s app-no-print" data-testid="section-percent-note">
          Each answer scores at least {perItem(lowest).lo}, so 0% is the lowest possible score and 100% the highest. Scores count only the statements
          answered.
        </p>
      )}
    </div>
  );
}
