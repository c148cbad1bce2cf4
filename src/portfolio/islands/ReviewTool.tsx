/**
 * The portfolio review tool, loaded by its island (PortfolioReview) when it is
 * reached. It holds the review (via use-review-store) and lays out the steps;
 * every change is a pure function from review-ops.ts, and every view is a
 * component in ../components/. Its styles are imported by the island, so they
 * are written into the page.
 */
import { documentFaultText } from '../../storage/messages';
import { formatDate } from '../../site/lib/format';
import { download } from '../../site/browser/download';
import AddProject from '../components/AddProject';
import ToolLoading from '../components/ToolLoading';
import GoalsEditor from '../components/GoalsEditor';
import ImportRegister from '../components/ImportRegister';
import ProjectsTable from '../components/ProjectsTable';
import Questions from '../components/Questions';
import Relations from '../components/Relations';
import ShareFiles from '../components/ShareFiles';
import Suggestions from '../components/Suggestions';
import Totals from '../components/Totals';
import * as ops from '../review-ops';
import { byDirectorate, byGoal, overall, strandedMerges, totalsSentence } from '../totals';
import { LIMITS } from '../model';
import { useReviewStore } from './use-review-store';
import { firstClickOnly } from '../../site/browser/first-click';

const timeOf = (iso: string) => new Date(iso).toLocaleString('en-GB', { hour: '2-digit', minute: '2-digit', day: 'numeric', month: 'short' });

export default function ReviewTool() {
  const s = useReviewStore();
  const { review, update } = s;
  // Until the saved review is read, the island's placeholder stays, so nothing moves.
  if (!s.loaded) return <ToolLoading />;
  const stranded = strandedMerges(review);

  return (
    <div class="app-portfolio" data-testid="portfolio" data-ready="">
      <div class="app-portfolio__screen-only">
        {s.faults.map((f, i) => {
          const t = documentFaultText(f, 'review');
          return (
            <div class="nhsuk-warning-callout" role="alert" key={i} data-testid="fault">
              <h2 class="nhsuk-warning-callout__label">{t.heading}</h2>
              <p>{t.body}</p>
              {(f.kind === 'full' || f.kind === 'blocked' || f.kind === 'write-failed') && (
                <button type="button" class="nhsuk-button nhsuk-button--secondary" onClick={() => {
                  s.retrySave();
                  // The message goes if the save worked: the save status says what happened either way.
                  requestAnimationFrame(() => document.getElementById('save-status')?.focus());
                }}>Try saving again</button>
              )}
            </div>
          );
        })}
        {s.keptAside.map((k) => (
          <div class="nhsuk-inset-text" key={k.key} data-testid="kept-aside">
            <p>A saved review that could not be read was kept aside, exactly as it was.</p>
            <div class="app-portfolio__actions">
              <button type="button" class="nhsuk-button nhsuk-button--secondary" onClick={() => download('damaged-portfolio-review.txt', k.raw)}>Download the damaged copy</button>
              <button type="button" class="nhsuk-button nhsuk-button--secondary" onClick={firstClickOnly(() => s.discardKeptAside(k.key))}>Delete the damaged copy</button>
            </div>
          </div>
        ))}
        {s.saveError && (
          <div class="nhsuk-warning-callout" role="alert" data-testid="save-error">
            <h2 class="nhsuk-warning-callout__label">Not saved</h2>
            <p>{s.saveError}</p>
          </div>
        )}
        {s.notice && <p class="nhsuk-inset-text" role="status" data-testid="notice">{s.notice}</p>}
        <p data-testid="save-status" id="save-status" role="status" tabIndex={-1}>
          {s.readOnly ? 'Not saved: this page will not change a review saved by a newer version.' : s.saveError ? 'Not saved in this browser: see the message above.' : s.savedAt ? `Saved in this browser at ${timeOf(s.savedAt)}.` : review.projects.length || review.goals.length ? 'Not saved in this browser yet.' : 'Nothing to save yet.'}
        </p>

        {s.readOnly && (
          <p class="nhsuk-inset-text" id="read-only-why" data-testid="read-only">
            You cannot change this review here: it was saved by a newer version of this tool. The controls below are switched off. You can still print it and download it.
          </p>
        )}
        {/* A review from a newer version is shown but not changed: every control is switched off, and says why. */}
        <fieldset class="app-portfolio__editing" disabled={s.readOnly} aria-describedby={s.readOnly ? 'read-only-why' : undefined}>
        <section aria-labelledby="goals-heading">
          <h2 id="goals-heading">1. Set your goals</h2>
          <GoalsEditor review={review} onAdd={(t) => ops.goalProblem(s.review, t) ?? update((r) => ops.addGoal(r, t))} onRemove={(id) => update((r) => ops.removeGoal(r, id))} />
        </section>

        <section aria-labelledby="import-heading">
          <h2 id="import-heading">2. Bring your project list</h2>
          <ImportRegister existing={review.projects} onImport={(projects) => update((r) => ops.addProjects(r, projects))} />
          <details class="nhsuk-details">
            <summary class="nhsuk-details__summary"><span class="nhsuk-details__summary-text">Add a project by hand</span></summary>
            <div class="nhsuk-details__text">
              <AddProject onAdd={(fields) => review.projects.length >= LIMITS.projects ? `A review can hold up to ${LIMITS.projects.toLocaleString('en-GB')} projects. Remove one before adding another.` : update((r) => ops.addProjects(r, [ops.newProject(r, fields)]))} />
            </div>
          </details>
        </section>

        <section aria-labelledby="projects-heading">
          <h2 id="projects-heading">3. Mark goals and decide</h2>
          <ProjectsTable
            review={review}
            onServe={(p, g, on) => update((r) => ops.setServesGoal(r, p, g, on))}
            onDecide={(p, d) => {
              const result = ops.setDecision(review, p, d);
              if (!result.ok) return result.error;
              return update((r) => {
                const again = ops.setDecision(r, p, d);
                return again.ok ? again.review : r;
              });
            }}
            onRemove={(p) => update((r) => ops.removeProject(r, p))}
          />
        </section>

        <section aria-labelledby="suggestions-heading">
          <h2 id="suggestions-heading" tabIndex={-1}>4. Check suggested duplicates</h2>
          <p>Pairs of projects with similar titles, aims and measures, most alike first. Look at each pair and say whether it is the same or overlapping work.</p>
          <Suggestions
            review={review}
            onConfirm={(a, b) => update((r) => ops.setRelation(r, a, b, 'overlap'))}
            onDismiss={(a, b) => update((r) => ops.dismissPair(r, a, b))}
            // Undoing a confirm takes back only the overlap it made, not a relation marked since.
            onUndo={(c) => update((r) => (c.kind === 'dismiss' ? ops.undismissPair(r, c.a, c.b) : ops.relationBetween(r, c.a, c.b)?.kind === 'overlap' ? ops.removeRelation(r, c.a, c.b) : r))}
          />
        </section>

        <section aria-labelledby="relations-heading">
          <h2 id="relations-heading">5. Mark how projects relate</h2>
          <Relations review={review} onMark={(a, b, k, n) => update((r) => ops.setRelation(r, a, b, k, n))} onRemove={(a, b) => update((r) => ops.removeRelation(r, a, b))} />
        </section>
        </fieldset>
      </div>

      <section aria-labelledby="summary-heading" class="app-portfolio__summary">
        <p class="app-portfolio__print-only" data-testid="print-title">
          <strong>{review.title}</strong>: summary printed on {formatDate(new Date())}
        </p>
        {/* On paper the step number means nothing: the printed heading is the summary's own. */}
        <h2 id="summary-heading"><span class="app-portfolio__screen-only">6. </span>Summary for the directorate meeting</h2>
        <p class="nhsuk-lede-text" data-testid="totals">{totalsSentence(overall(review))}</p>
        {stranded.length > 0 && (
          <div class="nhsuk-warning-callout" data-testid="stranded-merges">
            <h3 class="nhsuk-warning-callout__label">Some merges go nowhere</h3>
            <p>These projects merge into a project that does not carry on, so their work is not counted as carried on. Change one of the two decisions.</p>
            <ul>{stranded.map((x) => <li key={x}>{x}</li>)}</ul>
          </div>
        )}
        <div class="app-portfolio__totals-pair">
          <Totals id="by-directorate" title="By team or directorate" rows={byDirectorate(review)} />
          <Totals id="by-goal" title="By goal" rows={byGoal(review)} />
        </div>
        <h3>The six questions</h3>
        <Questions review={review} />
        <button type="button" class="nhsuk-button nhsuk-button--secondary app-portfolio__screen-only" onClick={() => window.print()}>Print the summary (one page)</button>
      </section>

      <section aria-labelledby="share-heading" class="app-portfolio__screen-only">
        <h2 id="share-heading">7. Share, combine or clear</h2>
        <ShareFiles review={review} readOnly={s.readOnly} onReplace={(next) => update(() => next)} onClear={s.clear} />
      </section>
    </div>
  );
}
