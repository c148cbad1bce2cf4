/**
 * The results island for an instrument with a scored scale: the total, a
 * chart or the section scores, each statement's answer, where to focus, and
 * snapshots compared score by score. What it shares with the easy-or-hard
 * island (the store, snapshots, clearing) is ResultsArea.tsx. The page
 * hydrates it as soon as the form holds an answer (client:answers), so the
 * results are there to print.
 */
import { shortLabels } from '../results/scoring';
import { BarChart } from './AssessmentChart';
import { SectionScores } from './SectionScores';
import { ResultsAdvice } from './ResultsAdvice';
import { ComparisonView } from './ComparisonView';
import { ResultsArea, type ComparisonProps, type ResultsIslandProps, type ResultsProps } from './ResultsArea';

export default function AssessmentResults(props: ResultsIslandProps) {
  return <ResultsArea {...props} ask="answer a statement" Results={ScaleResults} Compare={ScaleComparison} />;
}

const ScaleComparison = ({ instrument, comparison, names, number }: ComparisonProps) => (
  <ComparisonView instrument={instrument} comparison={comparison} names={names} number={number} />
);

function ScaleResults({ instrument, score, current, focus, number }: ResultsProps) {
  const multi = instrument.sections.length > 1;
  const items = instrument.sections.flatMap((s) => s.items);
  const labelOf = (v: number) => instrument.scale.points.find((p) => p.value === v)?.label ?? String(v);
  const shortOf = shortLabels(instrument);
  const onScale = new Set(instrument.scale.points.map((p) => p.value));
  const values = new Map<string, number>();
  for (const [id, a] of Object.entries(current)) if (a.value !== undefined && onScale.has(a.value)) values.set(id, a.value);
  return (
    <>
      <p class="nhsuk-body-l" data-testid="total">
        Total: {score.total} out of {score.max}
      </p>
      <p class="nhsuk-body">
        {score.complete
          ? `You have answered all ${score.count} statements.`
          : `You have answered ${score.answered} of ${score.count} statements. These results are based on those answers.`}
      </p>
      {multi ? (
        <SectionScores sections={score.sections} />
      ) : (
        <BarChart
          title="Your answer to each statement"
          series={['Answer']}
          max={Math.max(...instrument.scale.points.map((p) => p.value))}
          rows={items.map((item) => ({ label: shortOf(item.id), values: [values.get(item.id) ?? null] }))}
        />
      )}
      <table class="nhsuk-table app-results__table">
        <caption class="nhsuk-table__caption">Your answer to each statement</caption>
        <thead class="nhsuk-table__head">
          <tr class="nhsuk-table__row">
            <th class="nhsuk-table__header" scope="col">Statement</th>
            <th class="nhsuk-table__header" scope="col">Your answer</th>
          </tr>
        </thead>
        <tbody class="nhsuk-table__body">
          {items.map((item) => {
            const v = values.get(item.id);
            const note = current[item.id]?.note?.trim();
            return (
              <tr class="nhsuk-table__row" key={item.id}>
                <th class="nhsuk-table__header" scope="row">
                  {number.get(item.id)}. {item.text}
                  {note && <span class="app-results__note" data-testid="note">Your note: {note}</span>}
                </th>
                <td class="nhsuk-table__cell">{v === undefined ? 'Not answered' : labelOf(v)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <ResultsAdvice
        instrument={instrument.id}
        score={score}
        scale={instrument.scale.points}
        number={number}
        shortOf={shortOf}
        focus={focus}
        own
      />
    </>
  );
}
