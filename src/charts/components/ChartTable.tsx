/** The chart's data table: every point with its value, centre line, limits and what the rules make of it. */
import { plural } from '../../site/lib/format';
import { useMemo, useState } from 'preact/hooks';
import { TableScroll } from '../../site/islands/TableScroll';
import type { Evaluated } from '../maker/evaluate';
import { signalPoints } from '../maker/signals';
import { pointNotes, SIGNAL_NOTE } from '../maker/point-notes';
import { CAUSE_NAMES, POINT_TYPE_NAMES, entered, num, pointName } from '../maker/words';

/** Up to this many rows the table is shown at once; a longer one behind "Show the data table", drawn only when opened. */
export const TABLE_OPEN_UP_TO = 60;

export function ChartTable({ ev, title }: { ev: Evaluated; title: string }) {
  const [open, setOpen] = useState(false);
  // The same element while the chart and its name are the same, so saving or a message does not redraw 1,000 rows.
  const table = useMemo(() => <Table ev={ev} title={title} />, [ev, title]);
  if (ev.points.length <= TABLE_OPEN_UP_TO) return table;
  return (
    <details class="nhsuk-details" open={open} onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
      <summary class="nhsuk-details__summary">
        <span class="nhsuk-details__summary-text">Show the data table ({plural(ev.points.length, 'row')})</span>
      </summary>
      <div class="nhsuk-details__text">{open && table}</div>
    </details>
  );
}

function Table({ ev, title }: { ev: Evaluated; title: string }) {
  const marked = ev.run ? signalPoints(ev.run) : null;
  const notes = pointNotes(ev);
  const head = ev.spc ? ['Mean', 'Process limits', 'Point type'] : ['Median', 'Side of the median', 'Signal'];
  return (
    <TableScroll labelledBy="chart-table-caption">
      <table class="nhsuk-table app-chart-table">
        <caption class="nhsuk-table__caption nhsuk-table__caption--s" id="chart-table-caption">
          Data table: {title}
        </caption>
        <thead class="nhsuk-table__head">
          <tr class="nhsuk-table__row">
            {['Date or label', 'Value', ...head, 'Note'].map((h) => (
              <th scope="col" class="nhsuk-table__header" key={h}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody class="nhsuk-table__body">
          {ev.points.map((p, i) => {
            const spc = ev.spc?.points[i];
            const period = spc && ev.spc!.periods[spc.period]!;
            const side = ev.run?.sides[i];
            return (
              <tr class="nhsuk-table__row" key={i}>
                <th scope="row" class="nhsuk-table__header">
                  {pointName(p)}
                </th>
                <td class="nhsuk-table__cell">{entered(p.value)}</td>
                {spc && period ? (
                  <>
                    <td class="nhsuk-table__cell">{num(period.mean)}</td>
                    <td class="nhsuk-table__cell">{Number.isFinite(period.lpl) ? `${num(period.lpl)} to ${num(period.upl)}` : 'none'}</td>
                    <td class="nhsuk-table__cell">
                      {POINT_TYPE_NAMES[spc.type]}
                      {spc.specialCause !== 'common-cause' && `: ${CAUSE_NAMES[spc.specialCause]}`}
                    </td>
                  </>
                ) : (
                  <>
                    <td class="nhsuk-table__cell">{ev.run ? num(ev.run.median) : ''}</td>
                    <td class="nhsuk-table__cell">{side === 1 ? 'Above' : side === -1 ? 'Below' : 'On the median'}</td>
                    <td class="nhsuk-table__cell">{marked?.[i] ? SIGNAL_NOTE : ''}</td>
                  </>
                )}
                <td class="nhsuk-table__cell">{notes[i]}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
