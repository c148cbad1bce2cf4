/**
 * What results mean and what to do next, for the person's own results and for
 * shared results: the results in words, "Where to focus" (methods and
 * training for each low-scoring statement, from the editors' mapping) and the
 * next steps. The words come from src/lib/results-text.ts.
 */
import { Fragment } from 'preact';
import { explainResults, nextSteps } from '../lib/results-text';
import { focusFor, type FocusTable } from '../lib/focus';
import type { InstrumentScore, ItemScore } from '../lib/scoring';

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
    <>
      <h3>What {own ? 'your' : 'these'} results show</h3>
      <div data-testid="results-words">
        <p class="nhsuk-body">{words.spread}</p>
        {words.strongest && <p class="nhsuk-body">{words.strongest}</p>}
        {words.weakest && <p class="nhsuk-body">{words.weakest}</p>}
      </div>
      {score.weakest.length > 0 && <WhereToFocus instrument={instrument} weakest={score.weakest} number={number} labelOf={labelOf} focus={focus} />}
      <h3>What to do next</h3>
      <ul class="nhsuk-list nhsuk-list--bullet" data-testid="next-steps">
        {nextSteps(own).map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ul>
    </>
  );
}

function WhereToFocus({
  instrument,
  weakest,
  number,
  labelOf,
  focus,
}: {
  instrument: string;
  weakest: readonly ItemScore[];
  number: ReadonlyMap<string, number>;
  labelOf: (v: number) => string;
  focus: FocusTable;
}) {
  return (
    <>
      <h3>Where to focus</h3>
      <p class="nhsuk-body">The lowest-scoring statements, with the methods and training on this site that can help.</p>
      <ul class="nhsuk-list app-results__list" data-testid="weakest">
        {weakest.map((item) => {
          const { methods, training } = focusFor(focus, instrument, item.id);
          return (
            <li key={item.id} data-item={item.id}>
              <p class="nhsuk-body nhsuk-u-margin-bottom-1">
                <strong>
                  {number.get(item.id)}. {item.text}
                </strong>{' '}
                (answer: {labelOf(item.value)})
              </p>
              {methods.length + training.length === 0 ? (
                <p class="nhsuk-body">Nothing on this site covers this statement directly. Talk it through with your team.</p>
              ) : (
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

function LinkList({ links }: { links: readonly { href: string; title: string }[] }) {
  return (
    <>
      {links.map((l, i) => (
        <Fragment key={l.href}>
          {i > 0 && (i === links.length - 1 ? ' and ' : ', ')}
          <a href={l.href}>{l.title}</a>
        </Fragment>
      ))}
    </>
  );
}
