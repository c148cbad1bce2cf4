/**
 * "From N projects to M" by directorate and by goal: a bar chart (before and
 * after, drawn with SVG attributes so the CSP needs no inline styles), a
 * sentence that says the same, and the data table.
 */
import { TableScroll } from '../../site/islands/TableScroll';
import type { TotalsRow } from '../totals';

interface Props {
  id: string;
  title: string;
  rows: TotalsRow[];
}

export default function Totals({ id, title, rows }: Props) {
  if (rows.length === 0) return null;
  const max = Math.max(1, ...rows.map((r) => r.before));
  const summary = rows.map((r) => `${r.label}: from ${r.before} to ${r.after}`).join('; ');
  return (
    <section aria-labelledby={`${id}-heading`} class="app-portfolio__totals" data-testid={id}>
      <h3 id={`${id}-heading`}>{title}</h3>
      <p>{summary}.</p>
      <figure class="app-portfolio__chart" aria-hidden="true">
        <div class="app-portfolio__legend">
          <span class="app-portfolio__key app-portfolio__key--before" /> Before <span class="app-portfolio__key app-portfolio__key--after" /> After
        </div>
        {rows.map((r) => (
          <div class="app-portfolio__bar-row" key={r.label}>
            <div class="app-portfolio__bar-label">{r.label}</div>
            <svg class="app-portfolio__bars" viewBox="0 0 100 10" preserveAspectRatio="none" focusable="false">
              <rect class="app-portfolio__bar--before" x="0" y="0" height="4.5" width={(100 * r.before) / max} />
              <rect class="app-portfolio__bar--after" x="0" y="5.5" height="4.5" width={(100 * r.after) / max} />
            </svg>
            <div class="app-portfolio__bar-value">{r.before} → {r.after}</div>
          </div>
        ))}
      </figure>
      <TableScroll labelledBy={`${id}-caption`}>
        <table class="nhsuk-table">
          <caption class="nhsuk-table__caption" id={`${id}-caption`}>{title}: projects before and after the decisions</caption>
          <thead class="nhsuk-table__head">
            <tr>
              <th scope="col"><span class="nhsuk-u-visually-hidden">Group</span></th>
              <th scope="col" class="nhsuk-table__header--numeric">Before</th>
              <th scope="col" class="nhsuk-table__header--numeric">After</th>
              <th scope="col" class="nhsuk-table__header--numeric">Keep</th>
              <th scope="col" class="nhsuk-table__header--numeric">Merge</th>
              <th scope="col" class="nhsuk-table__header--numeric">Pause</th>
              <th scope="col" class="nhsuk-table__header--numeric">Stop</th>
              <th scope="col" class="nhsuk-table__header--numeric">Not decided</th>
            </tr>
          </thead>
          <tbody class="nhsuk-table__body">
            {rows.map((r) => (
              <tr key={r.label}>
                <th scope="row">{r.label}</th>
                {[r.before, r.after, r.keep, r.merge, r.pause, r.stop, r.undecided].map((n, i) => (
                  <td class="nhsuk-table__cell--numeric" key={i}>{n}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
