/**
 * Results for an instrument whose scale is "easy-or-hard": the questions that
 * were easy to answer and those that were struggled over, each with its note,
 * and for the hard ones the pages on this site that can help. No total and no
 * chart: the source asks only which questions were which. Used by your results,
 * a shared link's results and the comparison of two snapshots.
 */
import type { Instrument } from '../instrument';
import type { AnswerMap } from '../../schemas/answers-core';
import './EasyOrHardResults.scss';
import { compareEasyOrHard, splitEasyOrHard, type MarkedQuestion } from '../results/easy-or-hard';
import { focusFor, type FocusTable, type HelpLink } from '../results/focus';
import { ChangeTable } from './ChangeTable';

const count = (n: number) => (n === 1 ? '1 question' : `${n} questions`);

function Question({ q, links }: { q: MarkedQuestion; links?: HelpLink[] | undefined }) {
  return (
    <li>
      <p class="nhsuk-body nhsuk-u-margin-bottom-1">
        <strong>{q.number}. {q.text}</strong>
      </p>
      {q.note && <p class="nhsuk-body nhsuk-u-margin-bottom-1 app-easy-or-hard__note" data-testid="note">Note: {q.note}</p>}
      {links && links.length > 0 && (
        <ul class="nhsuk-list nhsuk-list--bullet">
          {links.map((l) => (
            <li key={l.href}>
              <a href={l.href}>{l.title}</a> ({l.kind.toLowerCase()}{l.audience && `, who it is for: ${l.audience}`})
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

export function EasyOrHardResults({
  instrument,
  answers,
  focus,
  whose = 'your',
}: {
  instrument: Instrument;
  answers: AnswerMap;
  /** Methods and training for each question, from the editors' mapping: shown for those struggled over. */
  focus?: FocusTable | undefined;
  /** "your" for your own answers, "the" for a shared link's. */
  whose?: 'your' | 'the';
}) {
  const { easy, struggled, unmarked } = splitEasyOrHard(instrument, answers);
  const total = easy.length + struggled.length + unmarked.length;
  const help = new Map(
    struggled.map((q) => {
      const { methods, training } = focus ? focusFor(focus, instrument.id, q.id) : { methods: [], training: [] };
      return [q.id, [...methods, ...training]];
    }),
  );
  const anyHelp = [...help.values()].some((links) => links.length > 0);
  const Whose = whose === 'your' ? 'You' : 'The group';
  return (
    <div data-testid="easy-or-hard">
      <p class="nhsuk-body">
        {unmarked.length === 0
          ? `${Whose} marked all ${total} questions.`
          : `${Whose} marked ${total - unmarked.length} of ${total} questions.`}{' '}
        {count(easy.length)} {easy.length === 1 ? 'was' : 'were'} easy to answer, and {whose === 'your' ? 'you' : 'the group'} struggled over{' '}
        {struggled.length ? count(struggled.length) : 'none'}.
      </p>
      <h3>Struggled over</h3>
      {struggled.length > 0 ? (
        <>
          <p class="nhsuk-body">These show where to look next{anyHelp ? ', with methods and training on this site that can help' : ''}.</p>
          <ul class="nhsuk-list app-results__list" data-testid="struggled">
            {struggled.map((q) => <Question key={q.id} q={q} links={help.get(q.id)} />)}
          </ul>
        </>
      ) : (
        <p class="nhsuk-body" data-testid="struggled">None yet.</p>
      )}
      <h3>Easy to answer</h3>
      {easy.length > 0 ? (
        <ul class="nhsuk-list app-results__list" data-testid="easy">
          {easy.map((q) => <Question key={q.id} q={q} />)}
        </ul>
      ) : (
        <p class="nhsuk-body" data-testid="easy">None yet.</p>
      )}
      {unmarked.length > 0 && (
        <>
          <h3>Not marked yet</h3>
          <ul class="nhsuk-list nhsuk-list--bullet" data-testid="unmarked">
            {unmarked.map((q) => <li key={q.id}>{q.number}. {q.text}</li>)}
          </ul>
        </>
      )}
    </div>
  );
}

const markText = { easy: 'Easy to answer', struggled: 'Struggled over' } as const;
const movementText = { 'now-easy': 'Now easy to answer', 'now-struggled': 'Now struggled over', same: 'No change', 'cannot-compare': 'Cannot compare' } as const;

/** Two sets of answers side by side, question by question. */
export function EasyOrHardComparison({ instrument, before, after, names }: { instrument: Instrument; before: AnswerMap; after: AnswerMap; names: [string, string] }) {
  const { changes, counts } = compareEasyOrHard(instrument, before, after);
  return (
    <>
      <p class="nhsuk-body">
        {count(counts['now-easy'])} became easy to answer, {count(counts['now-struggled'])} became a struggle and {counts.same} stayed the same.
        {counts['cannot-compare'] > 0 && ` ${count(counts['cannot-compare'])} could not be compared because one of them is not marked.`}
      </p>
      <ChangeTable
        caption="Each question: easy to answer or struggled over"
        id="compare-questions-caption"
        rowsAre="Question"
        names={names}
        rows={changes.map((c) => ({
          key: c.id,
          label: <>{c.number}. {c.text}</>,
          before: c.before ? markText[c.before] : 'Not marked',
          after: c.after ? markText[c.after] : 'Not marked',
          change: movementText[c.movement],
        }))}
      />
    </>
  );
}
