/**
 * The relations as a matrix: one row and one column for each project with at
 * least one relation, the relation's type where a row and a column meet. It is
 * a real table with row and column headers, so it reads by keyboard and screen
 * reader; the list of relations below it says the same in words.
 */
import { pairKey, relationLabels, type Review } from '../model';
import { TableScroll } from '../../site/islands/TableScroll';

/** Past this many projects a matrix is too wide to read; the list says it all. */
export const MATRIX_MAX = 25;

export default function RelationMatrix({ review }: { review: Review }) {
  const related = new Set(review.relations.flatMap((r) => [r.a, r.b]));
  const projects = review.projects.filter((p) => related.has(p.id));
  if (projects.length === 0) return null;
  if (projects.length > MATRIX_MAX)
    return <p data-testid="relation-matrix-too-big">{projects.length} projects have relations, too many to show as a grid. The list below shows every relation.</p>;
  const kind = new Map(review.relations.map((r) => [pairKey(r.a, r.b), relationLabels[r.kind]]));
  return (
    <TableScroll labelledBy="relation-matrix-caption">
      <table class="nhsuk-table app-portfolio__matrix" data-testid="relation-matrix">
        <caption class="nhsuk-table__caption" id="relation-matrix-caption">Relations as a grid: projects with at least one relation</caption>
        <thead class="nhsuk-table__head">
          <tr>
            <td />
            {projects.map((p) => <th scope="col" key={p.id}>{p.title}</th>)}
          </tr>
        </thead>
        <tbody class="nhsuk-table__body">
          {projects.map((row) => (
            <tr key={row.id}>
              <th scope="row">{row.title}</th>
              {projects.map((col) => (
                <td key={col.id}>{row.id === col.id ? <span aria-label="Same project">–</span> : (kind.get(pairKey(row.id, col.id)) ?? '')}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
