/**
 * The team view of an easy-or-hard instrument (system appraisal): for each
 * question, how many people found it easy to answer and how many struggled
 * over it. No totals, medians or ranges: the two answers are not scores.
 */
import type { TeamQuestion } from '../results/easy-or-hard';
import { TableScroll } from '../../site/islands/TableScroll';
import { plural } from '../../site/lib/format';
import { TeamSection } from './TeamSection';


export function EasyOrHardTeam({ title, count, questions, onExport }: { title: string; count: number; questions: TeamQuestion[]; onExport: () => void }) {
  const hard = questions.filter((q) => q.struggled > 0).sort((a, b) => b.struggled - a.struggled || a.number - b.number);
  return (
    <TeamSection title={title} people={count} onExport={onExport}>
      <p class="nhsuk-body">Each person marked each question easy to answer or struggled over. This shows how many did each, question by question.</p>
      <h3>Questions people struggled over</h3>
      {hard.length ? (
        <ul class="nhsuk-list nhsuk-list--bullet" data-testid="team-struggled">
          {hard.map((q) => (
            <li key={q.id}>
              {q.number}. {q.text} ({plural(q.struggled, 'person', 'people')} struggled over it)
            </li>
          ))}
        </ul>
      ) : (
        <p class="nhsuk-body" data-testid="team-struggled">Nobody marked a question as struggled over.</p>
      )}
      <TableScroll labelledBy="team-items-caption">
        <table class="nhsuk-table" data-testid="team-items">
          <caption class="nhsuk-table__caption" id="team-items-caption">How many people found each question easy, and how many struggled over it</caption>
          <thead class="nhsuk-table__head">
            <tr class="nhsuk-table__row">
              <th scope="col" class="nhsuk-table__header">Question</th>
              <th scope="col" class="nhsuk-table__header">Found it easy</th>
              <th scope="col" class="nhsuk-table__header">Struggled over it</th>
            </tr>
          </thead>
          <tbody class="nhsuk-table__body">
            {questions.map((q) => (
              <tr class="nhsuk-table__row" key={q.id}>
                <th scope="row" class="nhsuk-table__header">{q.number}. {q.text}</th>
                <td class="nhsuk-table__cell">{q.easy}</td>
                <td class="nhsuk-table__cell">{q.struggled}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </TeamSection>
  );
}
