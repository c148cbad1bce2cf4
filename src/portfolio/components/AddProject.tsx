/**
 * Add one project by hand: the same fields, and the same limits, as an imported
 * register. A project that cannot be added keeps everything typed, with an
 * error summary at the top and a message at each field.
 */
import { useState } from 'preact/hooks';
import ErrorSummary from '../../site/islands/ErrorSummary';
import { FIELD_LIMITS, type Project } from '../model';
import { fieldLabels, fieldProblem, registerFields, splitTags, type RegisterField } from '../register-import';

type Draft = Record<RegisterField, string>;
const blank = (): Draft => ({ title: '', aim: '', directorate: '', lead: '', status: '', start: '', measures: '', tags: '' });
const long = new Set<RegisterField>(['aim', 'measures']);

interface Props {
  /** Returns why the project was not added, or null when it was. */
  onAdd: (fields: Omit<Project, 'id' | 'goals'>) => string | null;
}

export default function AddProject({ onAdd }: Props) {
  const [draft, setDraft] = useState<Draft>(blank());
  const [errors, setErrors] = useState<Partial<Record<RegisterField, string>>>({});
  // Set only on submit: the summary takes focus whenever its list changes, never while the person types.
  const [summary, setSummary] = useState<string[]>([]);
  const [added, setAdded] = useState('');
  function submit(e: Event) {
    e.preventDefault();
    const found: Partial<Record<RegisterField, string>> = {};
    for (const field of registerFields) {
      const problem = fieldProblem(field, draft[field]);
      if (problem) found[field] = problem;
    }
    setErrors(found);
    setAdded('');
    const messages = Object.values(found);
    if (messages.length) return setSummary(messages);
    const title = draft.title.trim();
    const problem = onAdd({ ...draft, title, tags: splitTags(draft.tags) });
    // Nothing typed is cleared unless the project is really in the list.
    if (problem) return setSummary([problem]);
    setSummary([]);
    setDraft(blank());
    setAdded(`Added “${title}”.`);
  }
  return (
    <form onSubmit={submit} noValidate data-testid="add-project">
      {summary.length > 0 && <ErrorSummary title="The project was not added" errors={summary} />}
      <p role="status" data-testid="add-project-status">{added}</p>
      {registerFields.map((field) => {
        const id = `new-${field}`;
        const err = errors[field];
        const Tag = long.has(field) ? 'textarea' : 'input';
        const hint = field === 'tags' ? 'Separate tags with semicolons.' : `Up to ${FIELD_LIMITS[field].toLocaleString('en-GB')} characters.`;
        return (
          <div class={`nhsuk-form-group${err ? ' nhsuk-form-group--error' : ''}`} key={field}>
            <label class="nhsuk-label" for={id}>{fieldLabels[field]}{field === 'title' ? '' : ' (optional)'}</label>
            <div class="nhsuk-hint" id={`${id}-hint`}>{hint}</div>
            {err && (
              <p class="nhsuk-error-message" id={`${id}-error`}>
                <span class="nhsuk-u-visually-hidden">Error: </span>
                {err}
              </p>
            )}
            <Tag
              class={`${Tag === 'textarea' ? 'nhsuk-textarea' : 'nhsuk-input'}${err ? (Tag === 'textarea' ? ' nhsuk-textarea--error' : ' nhsuk-input--error') : ''}`}
              id={id}
              {...(Tag === 'textarea' ? { rows: 2 } : { type: 'text' })}
              value={draft[field]}
              aria-describedby={`${id}-hint${err ? ` ${id}-error` : ''}`}
              onInput={(e: Event) => setDraft((d) => ({ ...d, [field]: (e.currentTarget as HTMLInputElement).value }))}
            />
          </div>
        );
      })}
      <button class="nhsuk-button nhsuk-button--secondary" type="submit">Add project</button>
    </form>
  );
}
