/** The directorate's goals: the top three or more, added, renamed and removed. */
import { useState } from 'preact/hooks';
import type { Goal } from '../model';

interface Props {
  goals: Goal[];
  onAdd: (title: string) => void;
  onRemove: (id: string) => void;
}

export default function GoalsEditor({ goals, onAdd, onRemove }: Props) {
  const [title, setTitle] = useState('');
  const [error, setError] = useState('');
  function add(e: Event) {
    e.preventDefault();
    const words = title.trim();
    if (!words) return setError('Write the goal before adding it.');
    if (goals.some((g) => g.title.toLowerCase() === words.toLowerCase())) return setError('That goal is already in the list.');
    if (words.length > 300) return setError('Keep a goal to 300 characters or fewer.');
    onAdd(words);
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
              <button type="button" class="app-portfolio__link-button" onClick={() => onRemove(g.id)}>
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
        {error && (
          <p class="nhsuk-error-message" id="goal-error">
            <span class="nhsuk-u-visually-hidden">Error: </span>
            {error}
          </p>
        )}
        <input class="nhsuk-input" id="goal-title" type="text" value={title} aria-describedby={error ? 'goal-error' : undefined} onInput={(e) => setTitle(e.currentTarget.value)} />
        <button class="nhsuk-button nhsuk-button--secondary app-portfolio__inline-button" type="submit">Add goal</button>
      </form>
    </div>
  );
}
