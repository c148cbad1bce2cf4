/**
 * Snapshots of one instrument's answers: take one, list them, and compare any
 * two (or one with the current answers). The comparison itself is worked out
 * in src/assessments/results/comparison.ts, and shown the way the results
 * island passes for its kind of scale.
 */
import type { Instrument } from '../instrument';
import { useEffect, useRef, useState } from 'preact/hooks';
import { saveSnapshot } from '../record/actions/assessment-actions';
import { suggestLabel } from '../record/actions/record-resets';
import { answersFor, compareAnswers, CURRENT } from '../results/comparison';
import type { AnswerRecord } from '../../schemas/answers-core';
import type { ComponentType } from 'preact';
import type { ComparisonProps } from './ResultsArea';
import { localDate } from '../../site/lib/format';
import { TableScroll } from '../../site/islands/TableScroll';


export function Snapshots({
  instrument,
  record,
  readOnly,
  number,
  Compare,
}: {
  instrument: Instrument;
  record: AnswerRecord;
  readOnly: boolean;
  number: Map<string, number>;
  /** How two sets of answers are compared for this kind of scale (from the results island). */
  Compare: ComponentType<ComparisonProps>;
}) {
  const [label, setLabel] = useState<string | null>(null);
  // Said under the button, where a person on a phone is looking, not at the top of the results.
  const [message, setMessage] = useState('');
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
    const saved = saveSnapshot(instrument.id, name);
    setLabel(null);
    setMessage(
      saved
        ? `Snapshot “${name}” saved.`
        : `Snapshot “${name}” was not saved in this browser. It is on this page until you close it: download your answers to keep a copy.`,
    );
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
          {/* The second click of a double click does not submit again: it saved a second, unwanted snapshot ("Follow-up 2"). */}
          <button class="nhsuk-button nhsuk-button--secondary" type="submit" onClick={(e) => e.detail > 1 && e.preventDefault()}>
            Save snapshot
          </button>
          <p class="nhsuk-body" role="status" data-testid="snapshot-status">{message}</p>
        </form>
      )}
      {snaps.length > 0 && (
        <TableScroll labelledBy="snapshots-caption">
          <table class="nhsuk-table" data-testid="snapshots">
            <caption class="nhsuk-table__caption" id="snapshots-caption">Your snapshots</caption>
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
                  <td class="nhsuk-table__cell">{localDate(s.takenAt)}</td>
                  <td class="nhsuk-table__cell">{answeredIn(s.answers)} of {count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {snaps.length > 0 && (
        <form class="app-results__form" onSubmit={compare}>
          <h3>Compare</h3>
          <div class="nhsuk-form-group">
            <label class="nhsuk-label" for="compare-from">Compare</label>
            <select class="nhsuk-select" id="compare-from" value={fromId} onChange={(e) => setFrom((e.target as HTMLSelectElement).value)}>
              {snaps.map((s) => (
                <option key={s.id} value={s.id}>{s.label} ({localDate(s.takenAt)})</option>
              ))}
            </select>
          </div>
          <div class="nhsuk-form-group">
            <label class="nhsuk-label" for="compare-to">With</label>
            <select class="nhsuk-select" id="compare-to" value={to} onChange={(e) => setTo((e.target as HTMLSelectElement).value)}>
              <option value={CURRENT}>Your answers now</option>
              {snaps.map((s) => (
                <option key={s.id} value={s.id}>{s.label} ({localDate(s.takenAt)})</option>
              ))}
            </select>
          </div>
          <button class="nhsuk-button nhsuk-button--secondary" type="submit">Compare</button>
        </form>
      )}
      {shown && before && after && comparison && (
        <div data-testid="comparison">
          <h3 tabIndex={-1} ref={heading}>
            {nameOf(shown.from)} compared with {nameOf(shown.to).replace(/^Your/, 'your')}
          </h3>
          <Compare instrument={instrument} before={before} after={after} comparison={comparison} names={[nameOf(shown.from), nameOf(shown.to)]} number={number} />
        </div>
      )}
    </section>
  );
}

