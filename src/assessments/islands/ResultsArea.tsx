/**
 * What both results islands share: the results area for one instrument, with
 * its snapshots (Snapshots.tsx) and the start-again and clear questions
 * (ClearAnswers.tsx). Reads the store that
 * src/assessments/scripts/assessment-form.ts fills; all sums and comparisons
 * come from src/assessments/results/. Renders only an empty status line until
 * it has hydrated and stored answers are loaded (so "answer a statement" never
 * shows over answers that are still loading): Preact's hydration keeps the
 * server's attributes, so the first client render must be the server's HTML.
 *
 * How the results and a comparison of two snapshots are shown depends on the
 * kind of scale, and each island passes its own (AssessmentResults.tsx for a
 * scored scale, EasyOrHardAssessmentResults.tsx for "easy to answer" or
 * "struggled over"): the page picks the island at build, so a page loads only
 * the code for its own kind of question.
 */
import type { ComponentType } from 'preact';
import type { Instrument } from '../instrument';
import { useEffect, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { $assessments } from '../record/assessment-store';
import { currentAnswers } from '../record/current-answers';
import { scoreAnswers, type InstrumentScore } from '../results/scoring';
import type { Comparison } from '../results/comparison';
import type { FocusTable } from '../results/focus';
import type { AnswerMap } from '../../schemas/answers-core';
import { Snapshots } from './Snapshots';
import { ClearAnswers } from './ClearAnswers';
import './AssessmentResults.scss';

/** What a results island receives from the page. */
export interface ResultsIslandProps {
  instrument: Instrument;
  /** Methods and training for each statement ("Where to focus"), built at build time from content/focus/. */
  focus: FocusTable;
}

/** What the results for some answers (at least one) are drawn from. */
export interface ResultsProps {
  instrument: Instrument;
  score: InstrumentScore;
  current: AnswerMap;
  focus: FocusTable;
  /** Each statement's number in the instrument, from 1. */
  number: Map<string, number>;
}

/** What a comparison of two sets of answers is drawn from. */
export interface ComparisonProps {
  instrument: Instrument;
  before: AnswerMap;
  after: AnswerMap;
  comparison: Comparison;
  names: [string, string];
  number: Map<string, number>;
}

interface Kind {
  /** What to do for results to appear: "answer a statement", "mark a question". */
  ask: string;
  /** The results, under the "Your results" heading. */
  Results: ComponentType<ResultsProps>;
  /** Two sets of answers compared, under the comparison's heading. */
  Compare: ComponentType<ComparisonProps>;
}

/** The results area; the page puts the island straight into <main>, so the wrapper is here. */
export function ResultsArea(props: ResultsIslandProps & Kind) {
  return (
    <div class="app-assessment-results" data-testid="results-area">
      <Area {...props} />
    </div>
  );
}

function Area({ instrument, focus, ask, Results, Compare }: ResultsIslandProps & Kind) {
  const state = useStore($assessments)[instrument.id];
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
      <section aria-labelledby="results-heading" data-testid="results">
        <h2 id="results-heading">Your results</h2>
        {score.answered === 0 ? (
          <p class="nhsuk-body">Your results will appear here as soon as you {ask}.</p>
        ) : (
          <Results instrument={instrument} score={score} current={current} focus={focus} number={number} />
        )}
      </section>
      <Snapshots instrument={instrument} record={record} readOnly={state.readOnly} number={number} Compare={Compare} />
      <ClearAnswers instrument={instrument} readOnly={state.readOnly} />
    </>
  );
}
