/**
 * What results mean and what to do next, for the person's own results and for
 * shared results: the results in words, "Where to focus" (methods and
 * training for each low-scoring statement, from the editors' mapping) and the
 * next steps. The words come from src/assessments/results/results-text.ts.
 */
import { Fragment } from 'preact';
import { explainResults, nextSteps } from '../results/results-text';
import { focusFor, type FocusTable, type HelpLink } from '../results/focus';
import type { InstrumentScore, ItemScore } from '../results/scoring';

interface Common {
  instrument: string;
  score: InstrumentScore;
  scale: readonly { value: number; label: string }[];
  /** The statement number and short label by item id. */
  number: ReadonlyMap<string, number>;
  shortOf: (id: string) => string;
  focus: FocusTable;
  /** The person's own results (true) or results someone shared (false). */
  own: boolean;
}

export function ResultsAdvice({ instrument, score, scale, number, shortOf, focus, own }: Common) {
  const words = explainResults(score, score.items, scale, (id) => `“${shortOf(id)}” (${number.get(id)})`, own);
  if (!words) return null;
  const labelOf = (v: number) => scale.find((p) => p.value === v)?.label ?? String(v);
  return (
    <div class="app-results-advice">
      <h3>What {own ? 'your' : 'these'} results show</h3>
      <div data-testid="results-words">
        <p class="nhsuk-body">{words.spread}</p>
        {words.strongest && <p class="nhsuk-body">{words.strongest}</p>}
        {words.weakest && <p class="nhsuk-body">{words.weakest}</p>}
      </div>
      {score.weakest.length > 0 && (
        <WhereToFocus instrument={instrument} weakest={score.weakest} items={score.items} number={number} labelOf={labelOf} focus={focus} />
      )}
      <h3>What to do next</h3>
      <ul class="nhsuk-list nhsuk-list--bullet" data-testid="next-steps">
        {nextSteps(own).map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ul>
    </div>
  );
}

function WhereToFocus({
  instrument,
  weakest,
  items,
  number,
  labelOf,
  focus,
}: {
  instrument: string;
  weakest: readonly ItemScore[];
  /** Every answered statement, to count those left out with the same answer as the last one shown. */
  items: readonly ItemScore[];
  number: ReadonlyMap<string, number>;
  labelOf: (v: number) => string;
  focus: FocusTable;
}) {
  const last = weakest[weakest.length - 1]!;
  const more = items.filter((i) => i.value === last.value && !weakest.includes(i));
  return (
    <>
      <h3>Where to focus</h3>
      <p class="nhsuk-body" data-testid="focus-order">
        The lowest-scoring statements, lowest answer first (ties in the checklist’s order), with methods to try and
        any course that fits, which says who it is for.
        {more.length > 0 &&
          ` ${more.length === 1 ? 'One more statement' : `${more.length} more statements`} (${more.map((i) => number.get(i.id)).join(', ')}) also ${more.length === 1 ? 'has' : 'have'} the answer ${labelOf(last.value)}.`}
      </p>
      <ul class="nhsuk-list app-results__list" data-testid="weakest">
        {weakest.map((item) => {
          const { methods, training } = focusFor(focus, instrument, item.id);
          const none = methods.length + training.length === 0;
          return (
            <li key={item.id} data-item={item.id}>
              <p class={`nhsuk-body ${none ? '' : 'nhsuk-u-margin-bottom-1'}`}>
                <strong>
                  {number.get(item.id)}. {item.text}
                </strong>{' '}
                (answer: {labelOf(item.value)}).
                {/* In the same paragraph: a long checklist's report still fits one printed page. */}
                {none && ' Nothing on this site covers this statement directly: talk it through with your team.'}
              </p>
              {!none && (
                <ul class="nhsuk-list nhsuk-list--bullet">
                  {methods.length > 0 && (
                    <li data-kind="methods">
                      Methods: <LinkList links={methods} />
                    </li>
                  )}
                  {training.length > 0 && (
                    <li data-kind="training">
                      Training: <LinkList links={training} />
                    </li>
                  )}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}

/** Links in a sentence; a course says who it is for, as its own page does, since most are not open to everyone. */
function LinkList({ links }: { links: readonly HelpLink[] }) {
  return (
    <>
      {links.map((l, i) => (
        <Fragment key={l.href}>
          {i > 0 && (i === links.length - 1 ? ' and ' : ', ')}
          <a href={l.href}>{l.title}</a>
          {l.audience && ` (who it is for: ${l.audience})`}
        </Fragment>
      ))}
    </>
  );
}
