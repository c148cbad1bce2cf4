/**
 * Results for one instrument, with its snapshots (Snapshots.tsx) and the
 * start-again and clear questions (ClearAnswers.tsx). Reads the
 * store that src/assessments/scripts/assessment-form.ts fills; all sums and comparisons
 * come from src/assessments/results/. Renders only an empty status line until it has hydrated
 * and stored answers are loaded (so "answer a statement" never shows over
 * answers that are still loading): Preact's hydration keeps the server's
 * attributes, so the first client render must be the server's HTML. The page
 * hydrates it as soon as the form holds an answer (client:answers), so the
 * results are there to print.
 */
import type { Instrument } from '../instrument';
import { useEffect, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { $assessments } from '../record/assessment-store';
import { currentAnswers } from '../record/answer-record';
import { scoreAnswers, shortLabels, type InstrumentScore } from '../results/scoring';
import type { FocusTable } from '../results/focus';
import { isEasyOrHard } from '../results/easy-or-hard';
import type { AnswerMap } from '../../schemas/answers-core';
import { BarChart } from './AssessmentChart';
import { SectionScores } from './SectionScores';
import { EasyOrHardResults } from './EasyOrHardResults';
import { ResultsAdvice } from './ResultsAdvice';
import { Snapshots } from './Snapshots';
import { ClearAnswers } from './ClearAnswers';
import './AssessmentResults.scss';

interface Props {
  instrument: Instrument;
  /** Methods and training for each statement ("Where to focus"), built at build time from content/focus/. */
  focus: FocusTable;
}

/** The results area; the page puts the island straight into <main>, so the wrapper is here. */
export default function AssessmentResults(props: Props) {
  return (
    <div class="app-assessment-results" data-testid="results-area">
      <ResultsArea {...props} />
    </div>
  );
}

function ResultsArea({ instrument, focus }: Props) {
  const state = useStore($assessments)[instrument.id];
  const [message, setMessage] = useState('');
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  if (!hydrated || !state?.loaded) {
    return <p class="nhsuk-body" role="status"></p>;
  }
  const record = state.record;
  const current = currentAnswers(record);
  const score = scoreAnswers(instrument, current);
  const number = new Map(instrument.sections.flatMap((s) => s.items).map((item, i) => [item.id, i + 1]));
  return (
    <>
      <p class="nhsuk-body" role="status">{message}</p>
      <Results instrument={instrument} score={score} current={current} focus={focus} number={number} />
      <Snapshots instrument={instrument} record={record} readOnly={state.readOnly} number={number} say={setMessage} />
      <ClearAnswers instrument={instrument} readOnly={state.readOnly} />
    </>
  );
}

function Results({
  instrument,
  score,
  current,
  focus,
  number,
}: {
  instrument: Instrument;
  score: InstrumentScore;
  current: AnswerMap;
  focus: FocusTable;
  number: Map<string, number>;
}) {
  if (score.answered === 0) {
    return (
      <section aria-labelledby="results-heading" data-testid="results">
        <h2 id="results-heading">Your results</h2>
        <p class="nhsuk-body">Your results will appear here as soon as you answer a statement.</p>
      </section>
    );
  }
  if (isEasyOrHard(instrument)) {
    return (
      <section aria-labelledby="results-heading" data-testid="results">
        <h2 id="results-heading">Your results</h2>
        <EasyOrHardResults instrument={instrument} answers={current} focus={focus} />
      </section>
    );
  }
  const multi = instrument.sections.length > 1;
  const items = instrument.sections.flatMap((s) => s.items);
  const labelOf = (v: number) => instrument.scale.points.find((p) => p.value === v)?.label ?? String(v);
  const shortOf = shortLabels(instrument);
  const onScale = new Set(instrument.scale.points.map((p) => p.value));
  const values = new Map<string, number>();
  for (const [id, a] of Object.entries(current)) if (a.value !== undefined && onScale.has(a.value)) values.set(id, a.value);
  return (
    <section aria-labelledby="results-heading" data-testid="results">
      <h2 id="results-heading">Your results</h2>
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
    </section>
  );
}

