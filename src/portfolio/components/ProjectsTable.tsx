/**
 * Every project with the goals it serves and the decision made, one row each.
 * A search box narrows a long register; at most 100 rows are drawn at once so
 * a trust-wide list stays quick on a phone.
 */
import { useRef, useState } from 'preact/hooks';
import { decisionLabels, type Decision, type Review } from '../model';
import { removalSentence } from '../review-ops';
import DecisionForm from './DecisionForm';
import { firstClickOnly } from '../../site/browser/first-click';

const SHOWN = 100;

interface Props {
  review: Review;
  onServe: (projectId: string, goalId: string, serves: boolean) => void;
  onDecide: (projectId: string, decision: Decision | null) => string | null;
  onRemove: (projectId: string) => void;
}

export default function ProjectsTable({ review, onServe, onDecide, onRemove }: Props) {
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [removed, setRemoved] = useState('');
  const outcome = useRef<HTMLParagraphElement>(null);
  const focusLater = (selector: string) => requestAnimationFrame(() => document.querySelector<HTMLElement>(selector)?.focus());
  const q = query.trim().toLowerCase();
  const matches = q ? review.projects.filter((p) => `${p.title} ${p.directorate} ${p.lead} ${p.tags.join(' ')}`.toLowerCase().includes(q)) : review.projects;
  const titleOf = (id: string | undefined) => review.projects.find((p) => p.id === id)?.title ?? '';
  const outcomeMessage = removed && (
    <p class="nhsuk-inset-text" tabIndex={-1} ref={outcome} data-testid="removed" role="status">{removed}</p>
  );
  if (review.projects.length === 0) return <div>{outcomeMessage}<p>No projects yet. Import your register or add projects above.</p></div>;
  return (
    <div>
      {outcomeMessage}
      <div class="nhsuk-form-group">
        <label class="nhsuk-label" for="project-filter">Find a project</label>
        <input class="nhsuk-input nhsuk-u-width-two-thirds" id="project-filter" type="search" value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
      </div>
      <p role="status">{matches.length === review.projects.length ? `${matches.length} projects.` : `${matches.length} of ${review.projects.length} projects match.`}{matches.length > SHOWN ? ` Showing the first ${SHOWN}: search to find others.` : ''}</p>
      <ul class="app-portfolio__projects" data-testid="projects">
        {matches.slice(0, SHOWN).map((p) => {
          const d = review.decisions[p.id];
          return (
            <li key={p.id} class="app-portfolio__project" data-project={p.title}>
              <h3 class="app-portfolio__project-title nhsuk-heading-s">{p.title}</h3>
              <p class="nhsuk-body-s">{[p.directorate, p.lead, p.status].filter(Boolean).join(' · ') || 'No team, lead or status given'}</p>
              {review.goals.length > 0 && (
                <fieldset class="nhsuk-fieldset app-portfolio__goals">
                  <legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Goals it serves</legend>
                  <div class="nhsuk-checkboxes nhsuk-checkboxes--small">
                    {review.goals.map((g) => (
                      <div class="nhsuk-checkboxes__item" key={g.id}>
                        <input class="nhsuk-checkboxes__input" id={`serve-${p.id}-${g.id}`} type="checkbox" checked={p.goals.includes(g.id)} onChange={(e) => onServe(p.id, g.id, e.currentTarget.checked)} />
                        <label class="nhsuk-label nhsuk-checkboxes__label" for={`serve-${p.id}-${g.id}`}>{g.title}<span class="nhsuk-u-visually-hidden"> ({p.title})</span></label>
                      </div>
                    ))}
                  </div>
                </fieldset>
              )}
              <p data-testid="decision">
                <strong>Decision:</strong> {d ? decisionLabels[d.kind] : 'Not decided'}
                {d?.kind === 'merge' ? ` “${titleOf(d.into)}”` : ''}
                {d?.reason ? `. Reason: ${d.reason}` : ''}
              </p>
              {open === p.id ? (
                <DecisionForm project={p} projects={review.projects} current={d} onSave={(x) => onDecide(p.id, x)} onClose={() => { setOpen(null); focusLater(`#decide-open-${p.id}`); }} />
              ) : confirming === p.id ? (
                <div class="nhsuk-warning-callout" data-testid="confirm-remove">
                  <h4 class="nhsuk-warning-callout__label" tabIndex={-1} id={`remove-confirm-${p.id}`}>Remove “{p.title}”?</h4>
                  <p>{removalSentence(review, p.id)}</p>
                  <div class="app-portfolio__actions">
                    <button type="button" class="nhsuk-button nhsuk-button--warning" onClick={firstClickOnly(() => {
                      const said = `Removed “${p.title}”. ${removalSentence(review, p.id).replace(/ will (be|go)/g, (_, v: string) => (v === 'be' ? ' were' : ' went'))}`;
                      setConfirming(null);
                      onRemove(p.id);
                      setRemoved(said);
                      requestAnimationFrame(() => outcome.current?.focus());
                    })}>Yes, remove it</button>
                    <button type="button" class="nhsuk-button nhsuk-button--secondary" onClick={() => { setConfirming(null); focusLater(`#remove-open-${p.id}`); }}>No, keep it</button>
                  </div>
                </div>
              ) : (
                <div class="app-portfolio__actions">
                  <button type="button" id={`decide-open-${p.id}`} class="nhsuk-button nhsuk-button--secondary nhsuk-button--small" onClick={() => setOpen(p.id)}>
                    Decide<span class="nhsuk-u-visually-hidden">: {p.title}</span>
                  </button>
                  <button type="button" id={`remove-open-${p.id}`} class="app-portfolio__link-button" onClick={firstClickOnly(() => { setConfirming(p.id); focusLater(`#remove-confirm-${p.id}`); })}>
                    Remove project<span class="nhsuk-u-visually-hidden">: {p.title}</span>
                  </button>
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
