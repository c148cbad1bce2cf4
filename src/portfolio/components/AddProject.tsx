/** Add one project by hand: the same fields as an imported register. */
import { useState } from 'preact/hooks';
import { fieldLabels, registerFields, splitTags, type RegisterField } from '../register-import';
import type { Project } from '../model';

type Draft = Record<RegisterField, string>;
const blank = (): Draft => ({ title: '', aim: '', directorate: '', lead: '', status: '', start: '', measures: '', tags: '' });
const long = new Set<RegisterField>(['aim', 'measures']);

export default function AddProject({ onAdd }: { onAdd: (fields: Omit<Project, 'id' | 'goals'>) => void }) {
  const [draft, setDraft] = useState<Draft>(blank());
  const [error, setError] = useState('');
  function submit(e: Event) {
    e.preventDefault();
    if (!draft.title.trim()) return setError('Enter the project’s title.');
    if (draft.title.trim().length > 300) return setError('Keep the title to 300 characters or fewer.');
    onAdd({ ...draft, title: draft.title.trim(), tags: splitTags(draft.tags) });
    setDraft(blank());
    setError('');
  }
  return (
    <form onSubmit={submit} noValidate>
      {registerFields.map((field) => {
        const id = `new-${field}`;
        const err = field === 'title' && error;
        const Tag = long.has(field) ? 'textarea' : 'input';
        return (
          <div class={`nhsuk-form-group${err ? ' nhsuk-form-group--error' : ''}`} key={field}>
            <label class="nhsuk-label" for={id}>{fieldLabels[field]}{field === 'title' ? '' : ' (optional)'}</label>
            {field === 'tags' && <div class="nhsuk-hint" id="new-tags-hint">Separate tags with semicolons.</div>}
            {err && (
              <p class="nhsuk-error-message" id="new-title-error">
                <span class="nhsuk-u-visually-hidden">Error: </span>
                {err}
              </p>
            )}
            <Tag
              class={Tag === 'textarea' ? 'nhsuk-textarea' : 'nhsuk-input'}
              id={id}
              {...(Tag === 'textarea' ? { rows: 2 } : { type: 'text' })}
              value={draft[field]}
              aria-describedby={field === 'tags' ? 'new-tags-hint' : err ? 'new-title-error' : undefined}
              onInput={(e: Event) => setDraft((d) => ({ ...d, [field]: (e.currentTarget as HTMLInputElement).value }))}
            />
          </div>
        );
      })}
      <button class="nhsuk-button nhsuk-button--secondary" type="submit">Add project</button>
    </form>
  );
}
