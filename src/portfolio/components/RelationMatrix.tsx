/**
 * The relations view. For a few projects, a grid: one row and one column for
 * each project with at least one relation, the relation's type where a row
 * and a column meet. For more, a grid is too wide to read, so each related
 * project is listed with its relations, a page at a time. Both are real
 * tables with headers, so they read by keyboard and screen reader; the list
 * of relations below says the same in words.
 */
import { useState } from 'preact/hooks';
import { pairKey, type Review } from '../model';
import { gridLabels, MATRIX_MAX, pageOf, relatedProjects } from '../relations-view';
import { TableScroll } from '../../site/islands/TableScroll';

export default function RelationMatrix({ review }: { review: Review }) {
  const related = relatedProjects(review);
  if (related.length === 0) return null;
  if (related.length > MATRIX_MAX) return <RelationsByProject review={review} />;
  const kind = gridLabels(review);
  return (
    <TableScroll labelledBy="relation-matrix-caption">
      <table class="nhsuk-table app-portfolio__matrix" data-testid="relation-matrix">
        <caption class="nhsuk-table__caption" id="relation-matrix-caption">Relations as a grid: projects with at least one relation</caption>
        <thead class="nhsuk-table__head">
          <tr>
            <td />
            {related.map((p) => <th scope="col" key={p.id}>{p.title}</th>)}
          </tr>
        </thead>
        <tbody class="nhsuk-table__body">
          {related.map((row) => (
            <tr key={row.id}>
              <th scope="row">{row.title}</th>
              {related.map((col) => (
                <td key={col.id}>{row.id === col.id ? <span aria-label="Same project">–</span> : (kind.get(pairKey(row.id, col.id)) ?? '')}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function RelationsByProject({ review }: { review: Review }) {
  const [page, setPage] = useState(1);
  const all = relatedProjects(review);
  const shown = pageOf(all, page);
  function go(to: number) {
    setPage(to);
    // The rows change under the buttons: take focus to the caption, which says which projects are shown now.
    requestAnimationFrame(() => document.getElementById('relations-by-project-caption')?.focus());
  }
  return (
    <div data-testid="relations-by-project">
      <p>{all.length} projects have relations, too many to show as a grid, so each one is listed with its relations.</p>
      <TableScroll labelledBy="relations-by-project-caption">
        <table class="nhsuk-table">
          <caption class="nhsuk-table__caption" id="relations-by-project-caption" tabIndex={-1}>
            Relations by project: projects {shown.first} to {shown.last} of {all.length}
          </caption>
          <thead class="nhsuk-table__head">
            <tr><th scope="col">Project</th><th scope="col">Related to</th></tr>
          </thead>
          <tbody class="nhsuk-table__body">
            {shown.items.map((p) => (
              <tr key={p.id}>
                <th scope="row">{p.title}</th>
                <td>
                  <ul class="nhsuk-list app-portfolio__links">
                    {p.links.map((l) => <li key={l.other}>{l.kind}: {l.title}{l.note ? ` (note: ${l.note})` : ''}</li>)}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {shown.pages > 1 && (
        <nav class="app-portfolio__actions" aria-label="Pages of relations by project">
          <button type="button" class="nhsuk-button nhsuk-button--secondary" disabled={shown.page === 1} onClick={() => go(shown.page - 1)}>
            Previous<span class="nhsuk-u-visually-hidden"> projects</span>
          </button>
          <p class="app-portfolio__page-count">Page {shown.page} of {shown.pages}</p>
          <button type="button" class="nhsuk-button nhsuk-button--secondary" disabled={shown.page === shown.pages} onClick={() => go(shown.page + 1)}>
            Next<span class="nhsuk-u-visually-hidden"> projects</span>
          </button>
        </nav>
      )}
    </div>
  );
}
