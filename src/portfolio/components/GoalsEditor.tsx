/**
 * The directorate's goals: the top three or more, added and removed. Removing a
 * goal that projects serve also removes those ticks, so it asks first and says how many.
 */
import { useState } from 'preact/hooks';
import { LIMITS, type Review } from '../model';
import { goalUse } from '../review-ops';
import { plural } from '../../site/lib/format';
import { firstClickOnly } from '../../site/browser/first-click';

interface Props {
  review: Review;
  /** Returns why the goal was not added, or null when it was. */
  onAdd: (title: string) => string | null;
  onRemove: (id: string) => void;
}

export default function GoalsEditor({ review, onAdd, onRemove }: Props) {
  const goals = review.goals;
  const [title, setTitle] = useState('');
  const [error, setError] = useState('');
  const [confirming, setConfirming] = useState<string | null>(null);
  const [said, setSaid] = useState('');
  const focusLater = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());
  function remove(id: string, title: string) {
    const used = goalUse(review, id);
    setConfirming(null);
    onRemove(id);
    setSaid(`Removed the goal “${title}”.${used ? ` ${plural(used, 'project')} no longer ${used === 1 ? 'serves' : 'serve'} it.` : ''}`);
    // The button goes with the goal: focus the goal box, where the next action is; the live region says what happened.
    focusLater('goal-title');
  }
  /** Cancel the question (the button or Escape) and go back to the button that asked. */
  function keep(id: string) {
    setConfirming(null);
    focusLater(`goal-remove-${id}`);
  }
  function add(e: Event) {
    e.preventDefault();
    const problem = onAdd(title);
    if (problem) return setError(problem);
    setTitle('');
    setError('');
    setSaid('');
  }
  return (
    <div>
      <p role="status" data-testid="goals-said">{said}</p>
      {goals.length > 0 ? (
        <ol class="nhsuk-list nhsuk-list--number" data-testid="goals">
          {goals.map((g) => (
            <li key={g.id}>
              {g.title}{' '}
              {confirming === g.id ? (
                <div class="nhsuk-warning-callout" data-testid="confirm-remove-goal" onKeyDown={(e) => { if (e.key === 'Escape') keep(g.id); }}>
                  <h3 class="nhsuk-warning-callout__label" tabIndex={-1} id={`goal-confirm-${g.id}`}>Remove the goal “{g.title}”?</h3>
                  <p>{plural(goalUse(review, g.id), 'project')} {goalUse(review, g.id) === 1 ? 'is' : 'are'} marked as serving it. Those marks will be removed too.</p>
                  <div class="app-portfolio__actions">
                    <button type="button" class="nhsuk-button nhsuk-button--warning" onClick={firstClickOnly(() => remove(g.id, g.title))}>Yes, remove the goal</button>
                    <button type="button" class="nhsuk-button nhsuk-button--secondary" onClick={() => keep(g.id)}>No, keep it</button>
                  </div>
                </div>
              ) : (
                <button type="button" class="app-portfolio__link-button" id={`goal-remove-${g.id}`} onClick={firstClickOnly(() => {
                    if (goalUse(review, g.id) === 0) return remove(g.id, g.title);
                    setConfirming(g.id);
                    focusLater(`goal-confirm-${g.id}`);
                  })}>
                  Remove<span class="nhsuk-u-visually-hidden"> goal: {g.title}</span>
                </button>
              )}
            </li>
          ))}
        </ol>
      ) : (
        <p>No goals yet. Agree your directorate’s top three goals, then add them here.</p>
      )}
      {goals.length > 0 && goals.length < 3 && <p class="nhsuk-hint">Oxleas directorates agreed their top three goals. Add at least three if you can.</p>}
      <form onSubmit={add} noValidate class={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
        <label class="nhsuk-label" for="goal-title">A goal</label>
        {goals.length >= LIMITS.goals && <p class="nhsuk-hint" id="goal-full">This review has {LIMITS.goals} goals, the most it can hold. Remove one to add another.</p>}
        {error && (
          <p class="nhsuk-error-message" id="goal-error">
            <span class="nhsuk-u-visually-hidden">Error: </span>
            {error}
          </p>
        )}
        <input class={`nhsuk-input${error ? ' nhsuk-input--error' : ''}`} id="goal-title" aria-invalid={error ? true : undefined} type="text" maxLength={LIMITS.goalTitle} value={title} aria-describedby={[error && 'goal-error', goals.length >= LIMITS.goals && 'goal-full'].filter(Boolean).join(' ') || undefined} onInput={(e) => setTitle(e.currentTarget.value)} />
        <button class="nhsuk-button nhsuk-button--secondary app-portfolio__inline-button" type="submit">Add goal</button>
      </form>
    </div>
  );
}
