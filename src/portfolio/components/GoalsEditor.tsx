/** The directorate's goals: the top three or more, added, renamed and removed. */
import { useState } from 'preact/hooks';
import { LIMITS, type Review } from '../model';

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
  function add(e: Event) {
    e.preventDefault();
    const problem = onAdd(title);
    if (problem) return setError(problem);
    setTitle('');
    setError('');
  }
  return (
    <div>
      {goals.length > 0 ? (
        <ol class="nhsuk-list nhsuk-list--number" data-testid="goals">
          {goals.map((g) => (
            <li key={g.id}>
              {g.title}{' '}
              <button type="button" class="app-portfolio__link-button" onClick={() => {
                  onRemove(g.id);
                  // The button goes with the goal: focus the goal box, where the next action is.
                  requestAnimationFrame(() => document.getElementById('goal-title')?.focus());
                }}>
                Remove<span class="nhsuk-u-visually-hidden"> goal: {g.title}</span>
              </button>
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
        <input class="nhsuk-input" id="goal-title" type="text" maxLength={LIMITS.goalTitle} value={title} aria-describedby={[error && 'goal-error', goals.length >= LIMITS.goals && 'goal-full'].filter(Boolean).join(' ') || undefined} onInput={(e) => setTitle(e.currentTarget.value)} />
        <button class="nhsuk-button nhsuk-button--secondary app-portfolio__inline-button" type="submit">Add goal</button>
      </form>
    </div>
  );
}
