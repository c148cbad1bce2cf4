/** Per-section scores as a chart and the equivalent table: the person's own results and a shared link's. */
import type { SectionScore } from '../results/scoring';
import { useId } from 'preact/hooks';
import { BarChart } from './AssessmentChart';
import { TableScroll } from '../../site/islands/TableScroll';

export const percentText = (v: number | null) => (v === null ? 'Not answered' : `${v}%`);

export function SectionScores({ sections }: { sections: SectionScore[] }) {
  const captionId = `section-scores-${useId()}`;
  return (
    <div class="app-section-scores">
      <BarChart
        title="Score for each section, as a percentage of the scale"
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
            <th class="nhsuk-table__header" scope="col">Percentage of the scale</th>
          </tr>
        </thead>
        <tbody class="nhsuk-table__body">
          {sections.map((s) => (
            <tr class="nhsuk-table__row" key={s.id}>
              <th class="nhsuk-table__header" scope="row">{s.title}</th>
              <td class="nhsuk-table__cell">{s.answered} of {s.count}</td>
              <td class="nhsuk-table__cell">{s.total} out of {s.max}</td>
              <td class="nhsuk-table__cell">{percentText(s.percent)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      </TableScroll>
    </div>
  );
}
