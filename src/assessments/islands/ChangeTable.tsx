/** A table of two sets of answers side by side, with the change: the data table under every comparison. */
import type { ComponentChildren } from 'preact';
import { TableScroll } from '../../site/islands/TableScroll';

export interface ChangeRow {
  key: string;
  /** The row's header cell: a section or a numbered statement or question. */
  label: ComponentChildren;
  before: ComponentChildren;
  after: ComponentChildren;
  change: ComponentChildren;
}

interface Props {
  caption: string;
  /** The caption's id, which names the region the table scrolls sideways in when too wide for the screen (never the page). */
  id: string;
  /** What each row is: "Section", "Statement", "Question". */
  rowsAre: string;
  names: [string, string];
  rows: ChangeRow[];
}

export function ChangeTable({ caption, id, rowsAre, names, rows }: Props) {
  const table = (
    <table class="nhsuk-table">
      <caption class="nhsuk-table__caption" id={id}>{caption}</caption>
      <thead class="nhsuk-table__head">
        <tr class="nhsuk-table__row">
          <th class="nhsuk-table__header" scope="col">{rowsAre}</th>
          <th class="nhsuk-table__header" scope="col">{names[0]}</th>
          <th class="nhsuk-table__header" scope="col">{names[1]}</th>
          <th class="nhsuk-table__header" scope="col">Change</th>
        </tr>
      </thead>
      <tbody class="nhsuk-table__body">
        {rows.map((r) => (
          <tr class="nhsuk-table__row" key={r.key}>
            <th class="nhsuk-table__header" scope="row">{r.label}</th>
            <td class="nhsuk-table__cell">{r.before}</td>
            <td class="nhsuk-table__cell">{r.after}</td>
            <td class="nhsuk-table__cell">{r.change}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return <TableScroll labelledBy={id}>{table}</TableScroll>;
}
