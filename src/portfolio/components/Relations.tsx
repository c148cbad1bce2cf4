/**
 * Mark how two projects relate (overlap, conflict, mutually reinforcing,
 * interdependent) with a note, and the list of every relation marked. The
 * list is a plain table, so it works by keyboard and reads the same to a
 * screen reader as it looks.
 */
import { useState } from 'preact/hooks';
import { LIMITS, relationKinds, relationLabels, type Relation, type RelationKind, type Review } from '../model';
import { relationBetween } from '../review-ops';
import { TableScroll } from '../../site/islands/TableScroll';
import ProjectPicker from './ProjectPicker';
import RelationMatrix from './RelationMatrix';
import { firstClickOnly } from '../../site/browser/first-click';

interface Props {
  review: Review;
  /** Returns why the relation was not marked, or null when it was. */
  onMark: (a: string, b: string, kind: RelationKind, note: string) => string | null;
  onRemove: (a: string, b: string) => void;
}

export default function Relations({ review, onMark, onRemove }: Props) {
  const [a, setA] = useState('');
  const [b, setB] = useState('');
  const [kind, setKind] = useState<RelationKind | ''>('');
  const [note, setNote] = useState('');
  const [error, setError] = useState('');
  /** A relation already marked for the chosen pair: shown, and replaced only when the person says so. */
  const [replacing, setReplacing] = useState<Relation | null>(null);
  const [said, setSaid] = useState('');
  const byId = new Map(review.projects.map((p) => [p.id, p]));
  const title = (id: string) => byId.get(id)?.title ?? '';
  function mark(e: Event) {
    e.preventDefault();
    if (!a || !b) return setError('Choose two projects.');
    if (a === b) return setError('Choose two different projects.');
    if (!kind) return setError('Choose how the two projects relate.');
    if (note.trim().length > LIMITS.note) return setError(`Keep the note to ${LIMITS.note} characters or fewer.`);
    const old = relationBetween(review, a, b);
    if (old && !replacing && (old.kind !== kind || old.note !== note.trim())) {
      setError('');
      setReplacing(old);
      return requestAnimationFrame(() => document.getElementById('relation-replace')?.focus());
    }
    const problem = onMark(a, b, kind, note);
    setReplacing(null);
    if (problem) return setError(problem);
    setError('');
    setSaid(`${old ? 'Changed' : 'Marked'}: ${title(a)} and ${title(b)}, ${relationLabels[kind].toLowerCase()}.`);
    // The form is ready for the next pair; what happened is said in the live region, which takes focus.
    setA('');
    setB('');
    setKind('');
    setNote('');
    requestAnimationFrame(() => document.getElementById('relation-said')?.focus());
  }
  const cancelReplace = () => {
    setReplacing(null);
    requestAnimationFrame(() => document.querySelector<HTMLElement>('#relation-form button[type=submit]')?.focus());
  };
  const counts = relationKinds.map((k) => [k, review.relations.filter((r) => r.kind === k).length] as const).filter(([, n]) => n > 0);
  return (
    <div>
      {review.projects.length >= 2 && (
        <form onSubmit={mark} noValidate id="relation-form" class={`app-portfolio__relation-form nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
          {error && (
            <p class="nhsuk-error-message" id="relation-error" role="alert">
              <span class="nhsuk-u-visually-hidden">Error: </span>
              {error}
            </p>
          )}
          <div class="app-portfolio__pair">
            <ProjectPicker id="relation-a" label="First project" projects={review.projects} value={a} onChange={(v) => (setA(v), setReplacing(null))} />
            <ProjectPicker id="relation-b" label="Second project" projects={review.projects} value={b} onChange={(v) => (setB(v), setReplacing(null))} />
          </div>
          <fieldset class="nhsuk-fieldset nhsuk-form-group">
            <legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">How do they relate?</legend>
            <div class="nhsuk-radios nhsuk-radios--small">
              {relationKinds.map((k) => (
                <div class="nhsuk-radios__item" key={k}>
                  <input class="nhsuk-radios__input" id={`relation-kind-${k}`} type="radio" name="relation-kind" checked={kind === k} onChange={() => setKind(k)} />
                  <label class="nhsuk-label nhsuk-radios__label" for={`relation-kind-${k}`}>{relationLabels[k]}</label>
                </div>
              ))}
            </div>
          </fieldset>
          <div class="nhsuk-form-group">
            <label class="nhsuk-label" for="relation-note">Note (optional)</label>
            <p class="nhsuk-hint" id="relation-note-hint">Up to {LIMITS.note} characters.</p>
            <textarea class="nhsuk-textarea" id="relation-note" rows={2} maxLength={LIMITS.note} aria-describedby="relation-note-hint" value={note} onInput={(e) => setNote(e.currentTarget.value)} />
          </div>
          {replacing ? (
            <div class="nhsuk-warning-callout" data-testid="confirm-replace-relation">
              <h3 class="nhsuk-warning-callout__label" id="relation-replace" tabIndex={-1}>Replace the relation already marked?</h3>
              <p>
                {title(replacing.a)} and {title(replacing.b)} are already marked as {relationLabels[replacing.kind].toLowerCase()}
                {replacing.note ? `, with the note: “${replacing.note}”` : ', with no note'}. A pair has one relation: marking it {kind ? relationLabels[kind].toLowerCase() : ''} replaces this{replacing.note && replacing.note !== note.trim() ? ' and its note' : ''}.
              </p>
              <div class="app-portfolio__actions">
                <button type="submit" class="nhsuk-button nhsuk-button--warning">Yes, replace it</button>
                <button type="button" class="nhsuk-button nhsuk-button--secondary" onClick={cancelReplace}>No, keep it</button>
              </div>
            </div>
          ) : (
            <button type="submit" class="nhsuk-button nhsuk-button--secondary">Mark relation</button>
          )}
        </form>
      )}
      <p role="status" id="relation-said" tabIndex={-1} data-testid="relation-said">{said}</p>
      <p data-testid="relations-summary" id="relations-summary" tabIndex={-1}>
        {counts.length ? `${review.relations.length} relation${review.relations.length === 1 ? '' : 's'} marked: ${counts.map(([k, n]) => `${n} ${relationLabels[k].toLowerCase()}`).join(', ')}.` : 'No relations marked yet.'}
      </p>
      <RelationMatrix review={review} />
      {review.relations.length > 0 && (
        <TableScroll labelledBy="relations-caption">
          <table class="nhsuk-table" data-testid="relations">
            <caption class="nhsuk-table__caption" id="relations-caption">Relations between projects</caption>
            <thead class="nhsuk-table__head">
              <tr><th scope="col">Relation</th><th scope="col">Projects</th><th scope="col">Note</th><th scope="col"><span class="nhsuk-u-visually-hidden">Action</span></th></tr>
            </thead>
            <tbody class="nhsuk-table__body">
              {review.relations.map((r) => (
                <tr key={`${r.a}|${r.b}`}>
                  <td>{relationLabels[r.kind]}</td>
                  <td>{title(r.a)} <span class="app-portfolio__and">and</span> {title(r.b)}</td>
                  <td>{r.note}</td>
                  <td>
                    <button type="button" class="app-portfolio__link-button" onClick={firstClickOnly(() => {
                      onRemove(r.a, r.b);
                      // The row goes: focus the count of relations, which says what changed.
                      requestAnimationFrame(() => document.getElementById('relations-summary')?.focus());
                    })}>
                      Remove<span class="nhsuk-u-visually-hidden"> relation: {title(r.a)} and {title(r.b)}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </div>
  );
}
