/**
 * Results, snapshots, comparison and clearing for one instrument. Reads the
 * store that src/assessments/scripts/assessment-form.ts fills; all sums and comparisons
 * come from src/assessments/results/. Renders only an empty status line until it has hydrated
 * and stored answers are loaded (so "answer a statement" never shows over
 * answers that are still loading): Preact's hydration keeps the server's
 * attributes, so the first client render must be the server's HTML. The page
 * hydrates it as soon as the form holds an answer (client:answers), so the
 * results are there to print.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { $assessments, clearEverything, resetInstrument, saveSnapshot, startInstrumentAgain, type InstrumentState } from '../record/assessment-store';
import { currentAnswers, suggestLabel } from '../record/answer-record';
import { scoreAnswers, shortLabels, type InstrumentScore, type InstrumentShape } from '../results/scoring';
import type { FocusTable } from '../results/focus';
import { answersFor, compareAnswers, CURRENT, type Comparison } from '../results/comparison';
import { BarChart } from './AssessmentChart';
import { SectionScores, percentText as pct } from './SectionScores';
import { EasyOrHardComparison, EasyOrHardResults } from './EasyOrHardResults';
import { isEasyOrHard } from '../results/easy-or-hard';
import { ResultsAdvice } from './ResultsAdvice';
import { TableScroll } from '../../site/islands/TableScroll';
import './AssessmentResults.scss';
import type { AnswerMap, AnswerRecord } from '../../schemas/answers-core';

interface Props {
  instrument: InstrumentShape;
  /** Methods and training for each statement ("Where to focus"), built at build time from content/focus/. */
  focus: FocusTable;
}

type Confirm = 'start-again' | 'reset' | 'clear-all' | null;

const dateOf = (iso: string) => new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
const signed = (v: number | null, unit = '') => (v === null ? 'Cannot compare' : v > 0 ? `Up ${v}${unit}` : v < 0 ? `Down ${-v}${unit}` : 'No change');

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
      <Clearing instrument={instrument} readOnly={state.readOnly} />
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
  instrument: InstrumentShape;
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

function Snapshots({
  instrument,
  record,
  readOnly,
  number,
  say,
}: {
  instrument: InstrumentShape;
  record: AnswerRecord;
  readOnly: boolean;
  number: Map<string, number>;
  say: (m: string) => void;
}) {
  const [label, setLabel] = useState<string | null>(null);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState(CURRENT);
  const [shown, setShown] = useState<{ from: string; to: string } | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const snaps = record.snapshots;
  const fromId = from || snaps[0]?.id || '';
  const count = instrument.sections.reduce((n, s) => n + s.items.length, 0);
  const answeredIn = (answers: Record<string, { value?: number | undefined }>) =>
    Object.keys(answers).filter((id) => number.has(id) && answers[id]!.value !== undefined).length;
  const nameOf = (id: string) => (id === CURRENT ? 'Your answers now' : snaps.find((s) => s.id === id)?.label ?? '');

  useEffect(() => {
    if (shown) heading.current?.focus();
  }, [shown]);

  const save = (e: Event) => {
    e.preventDefault();
    const name = (label ?? suggestLabel(record)).trim() || suggestLabel(record);
    saveSnapshot(instrument.id, name);
    setLabel(null);
    say(`Snapshot “${name}” saved.`);
  };
  const compare = (e: Event) => {
    e.preventDefault();
    setShown({ from: fromId, to });
  };
  const before = shown && answersFor(record, shown.from);
  const after = shown && answersFor(record, shown.to);
  const comparison = before && after ? compareAnswers(instrument, before, after) : null;

  return (
    <section aria-labelledby="snapshots-heading">
      <h2 id="snapshots-heading">Snapshots</h2>
      <p class="nhsuk-body">
        Save a dated copy of your answers, for example as a baseline. Come back in about three months, answer again and compare
        the two.
      </p>
      {!readOnly && (
        <form class="app-results__form" onSubmit={save}>
          <div class="nhsuk-form-group">
            <label class="nhsuk-label" for="snapshot-label">Name this snapshot</label>
            <div class="nhsuk-hint" id="snapshot-label-hint">For example, Baseline or Follow-up</div>
            <input
              class="nhsuk-input nhsuk-input--width-20"
              id="snapshot-label"
              type="text"
              maxLength={80}
              aria-describedby="snapshot-label-hint"
              value={label ?? suggestLabel(record)}
              onInput={(e) => setLabel((e.target as HTMLInputElement).value)}
            />
          </div>
          <button class="nhsuk-button nhsuk-button--secondary" type="submit">Save snapshot</button>
        </form>
      )}
      {snaps.length > 0 && (
        <table class="nhsuk-table" data-testid="snapshots">
          <caption class="nhsuk-table__caption">Your snapshots</caption>
          <thead class="nhsuk-table__head">
            <tr class="nhsuk-table__row">
              <th class="nhsuk-table__header" scope="col">Name</th>
              <th class="nhsuk-table__header" scope="col">Saved on</th>
              <th class="nhsuk-table__header" scope="col">Answered</th>
            </tr>
          </thead>
          <tbody class="nhsuk-table__body">
            {snaps.map((s) => (
              <tr class="nhsuk-table__row" key={s.id}>
                <th class="nhsuk-table__header" scope="row">{s.label}</th>
                <td class="nhsuk-table__cell">{dateOf(s.takenAt)}</td>
                <td class="nhsuk-table__cell">{answeredIn(s.answers)} of {count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {snaps.length > 0 && (
        <form class="app-results__form" onSubmit={compare}>
          <h3>Compare</h3>
          <div class="nhsuk-form-group">
            <label class="nhsuk-label" for="compare-from">Compare</label>
            <select class="nhsuk-select" id="compare-from" value={fromId} onChange={(e) => setFrom((e.target as HTMLSelectElement).value)}>
              {snaps.map((s) => (
                <option key={s.id} value={s.id}>{s.label} ({dateOf(s.takenAt)})</option>
              ))}
            </select>
          </div>
          <div class="nhsuk-form-group">
            <label class="nhsuk-label" for="compare-to">With</label>
            <select class="nhsuk-select" id="compare-to" value={to} onChange={(e) => setTo((e.target as HTMLSelectElement).value)}>
              <option value={CURRENT}>Your answers now</option>
              {snaps.map((s) => (
                <option key={s.id} value={s.id}>{s.label} ({dateOf(s.takenAt)})</option>
              ))}
            </select>
          </div>
          <button class="nhsuk-button nhsuk-button--secondary" type="submit">Compare</button>
        </form>
      )}
      {shown && comparison && (
        <div data-testid="comparison">
          <h3 tabIndex={-1} ref={heading}>
            {nameOf(shown.from)} compared with {nameOf(shown.to).replace(/^Your/, 'your')}
          </h3>
          {isEasyOrHard(instrument) && before && after ? (
            <EasyOrHardComparison instrument={instrument} before={before} after={after} names={[nameOf(shown.from), nameOf(shown.to)]} />
          ) : (
            <ComparisonView instrument={instrument} comparison={comparison} names={[nameOf(shown.from), nameOf(shown.to)]} number={number} />
          )}
        </div>
      )}
    </section>
  );
}

function ComparisonView({ instrument, comparison, names, number }: { instrument: InstrumentShape; comparison: Comparison; names: [string, string]; number: Map<string, number> }) {
  const multi = instrument.sections.length > 1;
  const { up, down, same, unknown } = comparison.counts;
  return (
    <>
      <p class="nhsuk-body">
        {up} {up === 1 ? 'statement' : 'statements'} went up, {down} went down and {same} stayed the same.
        {unknown > 0 && ` ${unknown} could not be compared because one of them is not answered.`}
      </p>
      {multi ? (
        <BarChart
          title={`Score for each section: ${names[0]} and ${names[1]}`}
          series={names}
          max={100}
          unit="%"
          rows={[...comparison.sections, comparison.total].map((s) => ({ label: s.title, values: [s.before, s.after] }))}
        />
      ) : (
        <BarChart
          title={`Answer to each statement: ${names[0]} and ${names[1]}`}
          series={names}
          max={Math.max(...instrument.scale.points.map((p) => p.value))}
          rows={comparison.items.map((i) => ({ label: shortLabels(instrument)(i.id), values: [i.before, i.after] }))}
        />
      )}
      <TableScroll labelledBy="compare-sections-caption">
      <table class="nhsuk-table">
        <caption class="nhsuk-table__caption" id="compare-sections-caption">Change in each section, as a percentage of the scale</caption>
        <thead class="nhsuk-table__head">
          <tr class="nhsuk-table__row">
            <th class="nhsuk-table__header" scope="col">Section</th>
            <th class="nhsuk-table__header" scope="col">{names[0]}</th>
            <th class="nhsuk-table__header" scope="col">{names[1]}</th>
            <th class="nhsuk-table__header" scope="col">Change</th>
          </tr>
        </thead>
        <tbody class="nhsuk-table__body">
          {[...(multi ? comparison.sections : []), comparison.total].map((s) => (
            <tr class="nhsuk-table__row" key={s.id}>
              <th class="nhsuk-table__header" scope="row">{s.title}</th>
              <td class="nhsuk-table__cell">{pct(s.before)}</td>
              <td class="nhsuk-table__cell">{pct(s.after)}</td>
              <td class="nhsuk-table__cell">{signed(s.change, ' points')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      </TableScroll>
      <TableScroll labelledBy="compare-items-caption">
      <table class="nhsuk-table">
        <caption class="nhsuk-table__caption" id="compare-items-caption">Change in each statement</caption>
        <thead class="nhsuk-table__head">
          <tr class="nhsuk-table__row">
            <th class="nhsuk-table__header" scope="col">Statement</th>
            <th class="nhsuk-table__header" scope="col">{names[0]}</th>
            <th class="nhsuk-table__header" scope="col">{names[1]}</th>
            <th class="nhsuk-table__header" scope="col">Change</th>
          </tr>
        </thead>
        <tbody class="nhsuk-table__body">
          {comparison.items.map((i) => (
            <tr class="nhsuk-table__row" key={i.id}>
              <th class="nhsuk-table__header" scope="row">{number.get(i.id)}. {i.text}</th>
              <td class="nhsuk-table__cell">{i.before ?? 'Not answered'}</td>
              <td class="nhsuk-table__cell">{i.after ?? 'Not answered'}</td>
              <td class="nhsuk-table__cell">{signed(i.change)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      </TableScroll>
    </>
  );
}

function Clearing({ instrument, readOnly }: { instrument: InstrumentShape; readOnly: boolean }) {
  const [confirm, setConfirm] = useState<Confirm>(null);
  const [outcome, setOutcome] = useState('');
  // Where focus goes next: the question's heading when it opens, the button that
  // opened it on Cancel, the outcome after the action (never the page itself).
  const [focusOn, setFocusOn] = useState<'question' | Exclude<Confirm, null> | 'outcome' | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const outcomeRef = useRef<HTMLParagraphElement>(null);
  const openers = useRef<Partial<Record<Exclude<Confirm, null>, HTMLButtonElement | null>>>({});
  useEffect(() => {
    if (focusOn === 'question') heading.current?.focus();
    else if (focusOn === 'outcome') outcomeRef.current?.focus();
    else if (focusOn) openers.current[focusOn]?.focus();
  }, [focusOn, confirm, outcome]);
  if (readOnly) return null;
  const texts: Record<Exclude<Confirm, null>, [string, string, string]> = {
    'start-again': ['Start again?', 'This clears your current answers. Your snapshots are kept, so you can compare your new answers with them.', 'Yes, start again'],
    reset: ['Clear this checklist?', 'This clears your answers and all your snapshots for this checklist from this browser. You cannot undo this. Export your answers first if you want a copy.', 'Yes, clear this checklist'],
    'clear-all': [
      'Clear everything?',
      'This removes everything QI Hub keeps in this browser: your answers, notes and snapshots for every checklist, your saved charts and portfolio reviews, the backup kept so you can undo an import, and any damaged records kept aside. You cannot undo this. Export anything you want to keep first.',
      'Yes, clear everything',
    ],
  };
  const ask = (which: Exclude<Confirm, null>) => {
    setConfirm(which);
    setOutcome('');
    setFocusOn('question');
  };
  const cancel = () => {
    const opener = confirm;
    setConfirm(null);
    setFocusOn(opener);
  };
  const act = () => {
    let state: InstrumentState | undefined;
    let said: string;
    if (confirm === 'start-again') state = startInstrumentAgain(instrument.id);
    if (confirm === 'reset') state = resetInstrument(instrument.id);
    if (confirm === 'clear-all') {
      const { ok, left } = clearEverything();
      said = ok
        ? 'Everything QI Hub kept in this browser was cleared. There is nothing left to undo.'
        : `Not everything could be cleared: this browser is not letting QI Hub change its storage${left.length ? ` (${left.length} ${left.length === 1 ? 'item remains' : 'items remain'})` : ''}. Clear this site’s data in your browser’s settings instead.`;
    } else if (state && (state.readOnly || state.faults.some((f) => f.kind === 'blocked' || f.kind === 'full' || f.kind === 'write-failed'))) {
      // Cleared in memory only: saying "cleared from this browser" would be untrue, and matters on a shared computer.
      said = 'Your answers were cleared from this page, but this browser did not let QI Hub change what it stored, so answers saved earlier may come back when you reload. To remove them, clear this site’s data in your browser’s settings.';
    } else said = confirm === 'start-again' ? 'Your answers were cleared. Your snapshots are kept.' : 'Your answers were cleared from this browser.';
    setOutcome(said);
    setConfirm(null);
    setFocusOn('outcome');
  };
  return (
    <section aria-labelledby="clear-heading">
      <h2 id="clear-heading">Start again or clear your answers</h2>
      {outcome ? (
        <p class="nhsuk-body" tabIndex={-1} ref={outcomeRef} data-testid="clear-outcome">
          {outcome}
        </p>
      ) : null}
      {confirm ? (
        // Escape answers the question with Cancel, as it does every question on the page.
        <div class="nhsuk-card nhsuk-card--warning" data-testid="confirm" onKeyDown={(e) => e.key === 'Escape' && cancel()}>
          <div class="nhsuk-card__content">
            <h3 class="nhsuk-card__heading" tabIndex={-1} ref={heading}>{texts[confirm][0]}</h3>
            <p class="nhsuk-card__description">{texts[confirm][1]}</p>
            <div class="nhsuk-button-group">
              <button type="button" class="nhsuk-button nhsuk-button--warning" onClick={act}>{texts[confirm][2]}</button>
              <button type="button" class="nhsuk-button nhsuk-button--secondary" onClick={cancel}>Cancel</button>
            </div>
          </div>
        </div>
      ) : (
        <div class="nhsuk-button-group">
          <button type="button" class="nhsuk-button nhsuk-button--secondary" ref={(b) => { openers.current['start-again'] = b; }} onClick={() => ask('start-again')}>Start again</button>
          <button type="button" class="nhsuk-button nhsuk-button--secondary" ref={(b) => { openers.current.reset = b; }} onClick={() => ask('reset')}>Clear this checklist</button>
          <button type="button" class="nhsuk-button nhsuk-button--secondary" ref={(b) => { openers.current['clear-all'] = b; }} onClick={() => ask('clear-all')}>Clear everything</button>
        </div>
      )}
    </section>
  );
}
