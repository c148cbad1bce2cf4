/** A table of text boxes, one row per line of the data, for typing data in or correcting it. */
import { textToRows, rowsToText } from '../maker/table-edit';
import { TableScroll } from '../../site/islands/TableScroll';
import { firstClickOnly } from '../../site/browser/first-click';

export function DataTableEditor({ data, onData }: { data: string; onData: (text: string) => void }) {
  const rows = textToRows(data);
  if (rows.length === 0) rows.push(['', '']);
  const set = (i: number, j: number, value: string) => {
    const next = rows.map((r) => [...r]);
    next[i]![j] = value;
    onData(rowsToText(next));
  };
  return (
    <>
      <TableScroll labelledBy="chart-editor-caption">
        <table class="nhsuk-table app-chart-editor">
          <caption class="nhsuk-table__caption nhsuk-table__caption--s" id="chart-editor-caption">
            Your data, one row a line
          </caption>
          <thead class="nhsuk-table__head">
            <tr class="nhsuk-table__row">
              <th scope="col" class="nhsuk-table__header">
                Line
              </th>
              <th scope="col" class="nhsuk-table__header">
                Date or label
              </th>
              <th scope="col" class="nhsuk-table__header">
                Value
              </th>
              <th scope="col" class="nhsuk-table__header">
                <span class="nhsuk-u-visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody class="nhsuk-table__body">
            {rows.map((row, i) => (
              <tr class="nhsuk-table__row" key={i}>
                <td class="nhsuk-table__cell">{i + 1}</td>
                <td class="nhsuk-table__cell">
                  <input class="nhsuk-input" aria-label={`Line ${i + 1} date or label`} value={row[0]} onInput={(e) => set(i, 0, e.currentTarget.value)} />
                </td>
                <td class="nhsuk-table__cell">
                  <input
                    class="nhsuk-input"
                    inputMode="decimal"
                    aria-label={`Line ${i + 1} value`}
                    value={row[1]}
                    onInput={(e) => set(i, 1, e.currentTarget.value)}
                  />
                </td>
                <td class="nhsuk-table__cell">
                  <button
                    type="button"
                    class="nhsuk-button nhsuk-button--secondary nhsuk-button--small app-chart-remove"
                    onClick={firstClickOnly(() => onData(rowsToText(rows.filter((_, k) => k !== i))))}
                  >
                    Remove<span class="nhsuk-u-visually-hidden"> line {i + 1}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <button type="button" class="nhsuk-button nhsuk-button--secondary" onClick={() => onData(rowsToText([...rows, ['', '']]))}>
        Add a row
      </button>
    </>
  );
}
