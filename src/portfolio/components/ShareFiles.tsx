/**
 * Work as a group: download the whole review (JSON) or its projects with
 * decisions (CSV); open a review file in place of this one; add other
 * directorates' files to this one to find overlap across them; clear.
 * Reading a file changes nothing until it has been checked, and replacing or
 * clearing a review asks first.
 */
import { useRef, useState } from 'preact/hooks';
import { combineReviews, resolveClashes, type Combined } from '../combine';
import { projectsCsv, readReviewJson, reviewJson } from '../review-file';
import CombineClashes from './CombineClashes';
import type { Review } from '../model';
import { download } from '../../site/browser/download';
import { plural } from '../../site/lib/format';
import { firstClickOnly } from '../../site/browser/first-click';

interface Props {
  review: Review;
  /** Returns why the review was not replaced, or null when it was. */
  onReplace: (review: Review) => string | null;
  /** Returns why the review was not cleared, or null when it was. */
  onClear: () => string | null;
  /** A review saved by a newer version: it can be downloaded, but not replaced, added to or cleared here. */
  readOnly: boolean;
}

const day = () => new Date().toISOString().slice(0, 10);

export default function ShareFiles({ review, onReplace, onClear, readOnly }: Props) {
  const [errors, setErrors] = useState<string[]>([]);
  const [message, setMessage] = useState('');
  const [pending, setPending] = useState<{ review: Review; name: string } | null>(null);
  const [clearing, setClearing] = useState(false);
  const [clashing, setClashing] = useState<{ combined: Combined; names: string[]; kept: string; base: Review } | null>(null);
  const empty = review.projects.length === 0 && review.goals.length === 0;

  async function files(e: Event) {
    const input = e.currentTarget as HTMLInputElement;
    // A new file choice replaces any offer left from an earlier one.
    setPending(null);
    setClashing(null);
    const list = [...(input.files ?? [])];
    input.value = '';
    const read = await Promise.all(list.map(async (f) => ({ name: f.name, result: readReviewJson(await f.text(), f.name) })));
    return { ok: read.flatMap((r) => (r.result.ok ? [{ name: r.name, review: r.result.review }] : [])), errors: read.flatMap((r) => (r.result.ok ? [] : [r.result.error])) };
  }

  const said = useRef<HTMLParagraphElement>(null);
  function tell(text: string) {
    setMessage(text);
    requestAnimationFrame(() => said.current?.focus());
  }

  const focusLater = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());
  function askClear() {
    setClearing(true);
    // The button is replaced by the question: focus the question, never the page body.
    focusLater('clear-confirm');
  }
  function clear() {
    const refused = onClear();
    setClearing(false);
    if (refused) return setErrors([refused]);
    tell('The review was cleared.');
  }

  function replace(file: { review: Review; name: string }) {
    setPending(null);
    const refused = onReplace(file.review);
    if (refused) setErrors([`${file.name} was not opened. ${refused}`]);
    else tell(`Opened ${file.name}: ${file.review.projects.length} projects.`);
  }

  async function open(e: Event) {
    const { ok, errors: bad } = await files(e);
    setErrors(bad);
    setMessage('');
    const first = ok[0];
    if (!first) return;
    if (empty) replace(first);
    else setPending(first);
  }

  /** Puts the combined review in place and says what happened; returns why not, or null. */
  function addCombined(next: Review, names: string[], kept: string, leftOut: string[]): string | null {
    const refused = onReplace(next);
    if (refused) return `The files were not added. ${refused}`;
    setClashing(null);
    const added = next.projects.length - review.projects.length;
    const notAdded = leftOut.length ? ` Not added: ${leftOut.join(' ')}` : '';
    tell(`Added ${names.join(', ')}: ${plural(added, 'project')} added, ${next.projects.length} in this review.${kept}${notAdded} Look at the suggested duplicates for overlap across directorates.`);
    return null;
  }

  async function combine(e: Event) {
    const { ok, errors: bad } = await files(e);
    setErrors(bad);
    setMessage('');
    if (ok.length === 0) return;
    try {
      const names = ok.map((o) => o.name);
      const combined = combineReviews(review, ok.map((o) => o.review), names);
      // Say which projects were already here (same id, title and team) and so kept once.
      const here = new Map(review.projects.map((p) => [p.id, p]));
      const once = [...new Set(ok.flatMap((o) => o.review.projects.filter((p) => here.get(p.id)?.title === p.title && here.get(p.id)?.directorate === p.directorate).map((p) => `“${p.title}”`)))];
      const kept = once.length ? ` Already in this review, so kept once: ${once.slice(0, 10).join(', ')}${once.length > 10 ? ` and ${once.length - 10} more` : ''}.` : '';
      // Where the files disagree with this review, nothing changes until the person has chosen.
      if (combined.clashes.length) return setClashing({ combined, names, kept, base: review });
      const refused = addCombined(combined.review, names, kept, combined.leftOut);
      if (refused) setErrors((x) => [...x, refused]);
    } catch {
      setErrors((x) => [...x, 'The files could not be combined: one of them refers to projects it does not hold. Nothing was changed.']);
    }
  }

  function addChosen(useIncoming: ReadonlySet<string>): string | null {
    if (!clashing) return null;
    // The choices were made against the review as it was; an edit since then must not be overwritten.
    if (clashing.base !== review) return 'This review has changed since you chose the files. Cancel, then add the files again.';
    const resolved = resolveClashes(clashing.combined, useIncoming);
    if (!resolved.ok) return `${resolved.error} Choose this review’s instead.`;
    const taken = useIncoming.size;
    const chose = ` Of ${plural(clashing.combined.clashes.length, 'clash', 'clashes')}, you used the file’s version for ${taken} and kept this review’s for ${clashing.combined.clashes.length - taken}.`;
    return addCombined(resolved.review, clashing.names, clashing.kept + chose, clashing.combined.leftOut);
  }

  return (
    <div class="app-portfolio__share">
      <p>The review file (JSON) holds everything and opens here again. The CSV file is for reading in a spreadsheet: imported here as a register, it brings back the projects but not their goals, decisions or relations.</p>
      <div class="app-portfolio__actions">
        <button type="button" class="nhsuk-button nhsuk-button--secondary" onClick={() => download(`portfolio-review-${day()}.json`, reviewJson(review), 'application/json')}>Download the review (JSON)</button>
        <button type="button" class="nhsuk-button nhsuk-button--secondary" onClick={() => download(`portfolio-projects-${day()}.csv`, projectsCsv(review), 'text/csv')}>Download projects and decisions (CSV)</button>
      </div>
      <div class="nhsuk-form-group">
        <label class="nhsuk-label nhsuk-label--s" for="review-open">Open a review file</label>
        <div class="nhsuk-hint" id="review-open-hint">A review downloaded from this tool. It takes the place of the review on this page (you will be asked first).</div>
        <input class="app-file-input" id="review-open" type="file" accept=".json,application/json" disabled={readOnly} aria-describedby={readOnly ? 'review-open-hint read-only-why' : 'review-open-hint'} onChange={open} />
      </div>
      <div class="nhsuk-form-group">
        <label class="nhsuk-label nhsuk-label--s" for="review-combine">Add other directorates’ reviews</label>
        <div class="nhsuk-hint" id="review-combine-hint">Choose one or more review files. Their projects, goals and relations are added to this review, so you can find overlap across directorates.</div>
        <input class="app-file-input" id="review-combine" type="file" multiple accept=".json,application/json" disabled={readOnly} aria-describedby={readOnly ? 'review-combine-hint read-only-why' : 'review-combine-hint'} onChange={combine} />
      </div>
      {errors.length > 0 && (
        <div class="nhsuk-error-summary" role="alert" data-testid="file-errors">
          <h3 class="nhsuk-error-summary__heading">There is a problem with a file</h3>
          <ul class="nhsuk-list nhsuk-error-summary__list">{errors.map((x) => <li key={x}>{x}</li>)}</ul>
        </div>
      )}
      {clashing && <CombineClashes key={clashing.names.join('|')} combined={clashing.combined} onAdd={addChosen} onCancel={() => (setClashing(null), tell('Nothing was added.'))} />}
      {message && <p role="status" data-testid="file-message" tabIndex={-1} ref={said}>{message}</p>}
      {pending && (
        <div class="nhsuk-warning-callout" data-testid="confirm-replace" onKeyDown={(e) => e.key === 'Escape' && (setPending(null), focusLater('review-open'))}>
          <h3 class="nhsuk-warning-callout__label">Replace this review?</h3>
          <p>{pending.name} holds {pending.review.projects.length} projects. Opening it replaces the {review.projects.length} projects on this page. Download this review first if you want to keep it.</p>
          <div class="app-portfolio__actions">
            <button type="button" class="nhsuk-button nhsuk-button--warning" onClick={() => replace(pending)}>Replace with {pending.name}</button>
            <button type="button" class="nhsuk-button nhsuk-button--secondary" onClick={() => (setPending(null), focusLater('review-open'))}>Keep this review</button>
          </div>
        </div>
      )}
      {!empty &&
        (clearing ? (
          <div class="nhsuk-warning-callout" data-testid="confirm-clear" onKeyDown={(e) => e.key === 'Escape' && (setClearing(false), focusLater('clear-open'))}>
            <h3 class="nhsuk-warning-callout__label" id="clear-confirm" tabIndex={-1}>Clear this review?</h3>
            <p>This removes every project, goal, relation and decision from this browser. Download the review first if you want to keep it.</p>
            <div class="app-portfolio__actions">
              <button type="button" class="nhsuk-button nhsuk-button--warning" onClick={firstClickOnly(clear)}>Yes, clear the review</button>
              <button type="button" class="nhsuk-button nhsuk-button--secondary" onClick={() => (setClearing(false), focusLater('clear-open'))}>Cancel</button>
            </div>
          </div>
        ) : (
          <button type="button" id="clear-open" class="nhsuk-button nhsuk-button--warning" disabled={readOnly} aria-describedby={readOnly ? 'read-only-why' : undefined} onClick={askClear}>Clear this review</button>
        ))}
    </div>
  );
}
