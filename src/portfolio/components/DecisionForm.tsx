/** Keep, merge into another, pause or stop one project, with a reason. */
import { useEffect, useRef, useState } from 'preact/hooks';
import ProjectPicker from './ProjectPicker';
import { LIMITS, decisionKinds, decisionLabels, type Decision, type DecisionKind, type Project } from '../model';

interface Props {
  project: Project;
  projects: Project[];
  current: Decision | undefined;
  /** Returns an error to show, or null when the decision was saved. */
  onSave: (decision: Decision | null) => string | null;
  onClose: () => void;
}

export default function DecisionForm({ project, projects, current, onSave, onClose }: Props) {
  const [kind, setKind] = useState<DecisionKind | ''>(current?.kind ?? '');
  const [into, setInto] = useState(current?.into ?? '');
  const [reason, setReason] = useState(current?.reason ?? '');
  const [error, setError] = useState('');
  const base = `decide-${project.id}`;
  const form = useRef<HTMLFormElement>(null);
  // Opening the form moves focus to its first field, so keyboard users land where they act.
  useEffect(() => form.current?.querySelector<HTMLInputElement>('input:checked, input')?.focus(), []);
  function save(e: Event) {
    e.preventDefault();
    const problem = onSave(kind === '' ? null : { kind, reason, ...(kind === 'merge' && into ? { into } : {}) });
    if (problem) setError(problem);
    else onClose();
  }
  return (
    <form ref={form} onSubmit={save} noValidate class="app-portfolio__decision" data-testid="decision-form" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <div class={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
        <fieldset class="nhsuk-fieldset" aria-describedby={error ? `${base}-error` : undefined}>
          <legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">What will happen to “{project.title}”?</legend>
          {error && (
            <p class="nhsuk-error-message" id={`${base}-error`}>
              <span class="nhsuk-u-visually-hidden">Error: </span>
              {error}
            </p>
          )}
          <div class="nhsuk-radios nhsuk-radios--small">
            {[...decisionKinds, ''].map((k) => (
              <div class="nhsuk-radios__item" key={k}>
                <input class="nhsuk-radios__input" id={`${base}-${k || 'none'}`} type="radio" name={base} checked={kind === k} onChange={() => setKind(k as DecisionKind | '')} />
                <label class="nhsuk-label nhsuk-radios__label" for={`${base}-${k || 'none'}`}>{k ? decisionLabels[k as DecisionKind] : 'Not decided yet'}</label>
              </div>
            ))}
          </div>
        </fieldset>
      </div>
      {kind === 'merge' && (
        <ProjectPicker id={`${base}-into`} label="Merge into" projects={projects.filter((p) => p.id !== project.id)} value={into} onChange={setInto} />
      )}
      <div class="nhsuk-form-group">
        <label class="nhsuk-label" for={`${base}-reason`}>Reason</label>
        <p class="nhsuk-hint" id={`${base}-reason-hint`}>Up to {LIMITS.reason} characters.</p>
        <textarea class="nhsuk-textarea" id={`${base}-reason`} rows={2} maxLength={LIMITS.reason} aria-describedby={`${base}-reason-hint`} value={reason} onInput={(e) => setReason(e.currentTarget.value)} />
      </div>
      <div class="app-portfolio__actions">
        <button type="submit" class="nhsuk-button">Save decision</button>
        <button type="button" class="nhsuk-button nhsuk-button--secondary" onClick={onClose}>Cancel</button>
      </div>
    </form>
  );
}
