/** The team view's list of people added, each with a button to remove them. */
import type { Participant } from '../team';
import { TableScroll } from '../../site/islands/TableScroll';
import { localDate } from '../../site/lib/format';
import { firstClickOnly } from '../../site/browser/first-click';

interface Props {
  people: Participant[];
  titleOf: (instrument: string) => string;
  onRemove: (key: string) => void;
}

export function TeamPeople({ people, titleOf, onRemove }: Props) {
  return (
    <TableScroll labelledBy="team-people-caption">
      <table class="nhsuk-table" data-testid="team-people">
        <caption class="nhsuk-table__caption nhsuk-table__caption--s" id="team-people-caption">People in the team view</caption>
        <thead class="nhsuk-table__head">
          <tr class="nhsuk-table__row">
            <th scope="col" class="nhsuk-table__header">Person</th>
            <th scope="col" class="nhsuk-table__header">Assessment</th>
            <th scope="col" class="nhsuk-table__header">From</th>
            <th scope="col" class="nhsuk-table__header">Answered</th>
            <th scope="col" class="nhsuk-table__header">
              <span class="nhsuk-u-visually-hidden">Action</span>
            </th>
          </tr>
        </thead>
        <tbody class="nhsuk-table__body">
          {people.map((p, i) => (
            <tr class="nhsuk-table__row" key={p.key}>
              <th scope="row" class="nhsuk-table__header">Person {i + 1}</th>
              <td class="nhsuk-table__cell">{titleOf(p.instrument)}</td>
              <td class="nhsuk-table__cell">{p.source}</td>
              <td class="nhsuk-table__cell">{localDate(p.answeredAt, { month: 'short' })}</td>
              <td class="nhsuk-table__cell">
                <button type="button" class="app-link-button" onClick={firstClickOnly(() => onRemove(p.key))}>
                  Remove<span class="nhsuk-u-visually-hidden"> person {i + 1}</span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
