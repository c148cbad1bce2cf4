/**
 * Suggested duplicates, best first, with the words each pair shares. The
 * person confirms (the pair is marked as overlapping) or dismisses each; both
 * leave the list, focus moves to the next suggestion so a keyboard user can
 * work down the list, and the last choice can be undone. Dismissed pairs are
 * listed below, each with "Bring back".
 *
 * The search asks for SUGGESTION_BATCH pairs at a time, skipping pairs already
 * dealt with; when the batch is half worked through it asks again, so the list
 * tops up while more exist, and the count says "at least" while it may.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { settledPairs } from '../review-ops';
import { needsTopUp, SUGGESTION_BATCH, suggestionCount, suggestPairs } from '../similarity';
import { pairKey, type Project, type Review } from '../model';
import DismissedPairs from './DismissedPairs';

const PAGE = 10;

export interface Choice {
  kind: 'confirm' | 'dismiss';
  a: string;
  b: string;
}

interface Props {
  review: Review;
  onConfirm: (a: string, b: string) => void;
  onDismiss: (a: string, b: string) => void;
  /** Takes back a confirm (the overlap goes) or a dismissal (the pair is suggested again). */
  onUndo: (choice: Choice) => void;
}

export default function Suggestions({ review, onConfirm, onDismiss, onUndo }: Props) {
  // Worked out again when the words compared change, or when the batch is running low: not for a decision or a goal ticked.
  const words = review.projects.map((p) => `${p.id}\u0000${p.title}\u0000${p.aim}\u0000${p.measures}`).join('\u0001');
  const [round, setRound] = useState(0);
  const settled = settledPairs(review);
  const all = useMemo(() => suggestPairs(review.projects, { limit: SUGGESTION_BATCH, skip: settled }), [words, round]);
  const [across, setAcross] = useState(false);
  const [shown, setShown] = useState(PAGE);
  const [said, setSaid] = useState('');
  const [last, setLast] = useState<Choice | null>(null);
  const focusAt = useRef<number | null>(null);
  const list = useRef<HTMLOListElement>(null);
  const byId = useMemo(() => new Map<string, Project>(review.projects.map((p) => [p.id, p])), [review.projects]);
  const unsettled = all.filter((s) => !settled.has(pairKey(s.a, s.b)));
  const open = unsettled.filter((s) => !across || byId.get(s.a)?.directorate !== byId.get(s.b)?.directorate);
  const capped = all.length >= SUGGESTION_BATCH;

  // A pair brought back (a dismissal or an overlap undone) was skipped by the last search: search again.
  const settledBefore = useRef(settled.size);
  useEffect(() => {
    if (needsTopUp(unsettled.length, all.length) || settled.size < settledBefore.current) setRound((n) => n + 1);
    settledBefore.current = settled.size;
  }, [unsettled.length, all.length, settled.size]);

  useEffect(() => {
    if (focusAt.current === null) return;
    const items = list.current?.querySelectorAll<HTMLElement>('[data-testid=suggestion] h3');
    const target = items?.[Math.min(focusAt.current, items.length - 1)];
    (target ?? document.getElementById('suggestions-heading'))?.focus();
    focusAt.current = null;
  });

  if (review.projects.length < 2) return <p>Add at least two projects to look for duplicates.</p>;
  const label = (p: Project | undefined) => `${p?.title ?? ''}${p?.directorate ? ` (${p.directorate})` : ''}`;
  // The second click of a double click would land on the next pair's button, which has moved up
  // under the pointer: only a first click (detail 1, or 0 from the keyboard) acts.
  const act = (e: MouseEvent, i: number, choice: Choice) => {
    if (e.detail > 1) return;
    const [a, b] = [byId.get(choice.a)?.title, byId.get(choice.b)?.title];
    focusAt.current = i;
    setSaid(choice.kind === 'confirm' ? `Marked as overlapping: ${a} and ${b}.` : `Dismissed: ${a} and ${b}.`);
    setLast(choice);
    (choice.kind === 'confirm' ? onConfirm : onDismiss)(choice.a, choice.b);
  };
  const undo = () => {
    if (!last) return;
    onUndo(last);
    setSaid(`Undone: ${byId.get(last.a)?.title} and ${byId.get(last.b)?.title} are back in the list.`);
    setLast(null);
    focusAt.current = 0;
  };

  return (
    <div>
      <div class="nhsuk-checkboxes nhsuk-checkboxes--small nhsuk-form-group">
        <div class="nhsuk-checkboxes__item">
          <input class="nhsuk-checkboxes__input" id="across-only" type="checkbox" checked={across} onChange={(e) => setAcross(e.currentTarget.checked)} />
          <label class="nhsuk-label nhsuk-checkboxes__label" for="across-only">Only pairs from different teams or directorates</label>
        </div>
      </div>
      <p role="status" data-testid="suggestion-status">{said} {suggestionCount(open.length, capped)}</p>
      {last && (
        <button type="button" class="nhsuk-button nhsuk-button--secondary nhsuk-button--small" data-testid="undo-suggestion" onClick={undo}>
          Undo<span class="nhsuk-u-visually-hidden">: {last.kind === 'confirm' ? 'marked as overlapping' : 'dismissed'}, {byId.get(last.a)?.title} and {byId.get(last.b)?.title}</span>
        </button>
      )}
      <ol class="app-portfolio__suggestions" ref={list}>
        {open.slice(0, shown).map((s, i) => {
          const a = byId.get(s.a);
          const b = byId.get(s.b);
          return (
            <li key={pairKey(s.a, s.b)} data-testid="suggestion" class="app-portfolio__suggestion">
              <h3 tabIndex={-1} class="nhsuk-heading-s">
                {label(a)} <span class="app-portfolio__and">and</span> {label(b)}
              </h3>
              <p class="nhsuk-body-s">
                {Math.round(s.score * 100)} per cent alike. Words they share: {s.shared.join(', ')}.
              </p>
              <div class="app-portfolio__actions">
                <button type="button" class="nhsuk-button nhsuk-button--secondary nhsuk-button--small" onClick={(e) => act(e, i, { kind: 'confirm', a: s.a, b: s.b })}>
                  Same or overlapping work<span class="nhsuk-u-visually-hidden">: {a?.title} and {b?.title}</span>
                </button>
                <button type="button" class="nhsuk-button nhsuk-button--secondary nhsuk-button--small" onClick={(e) => act(e, i, { kind: 'dismiss', a: s.a, b: s.b })}>
                  Not a duplicate<span class="nhsuk-u-visually-hidden">: {a?.title} and {b?.title}</span>
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      {open.length > shown && (
        <button type="button" class="nhsuk-button nhsuk-button--secondary" onClick={() => setShown((n) => n + PAGE)}>
          Show {Math.min(PAGE, open.length - shown)} more suggestions
        </button>
      )}
      <DismissedPairs review={review} onBringBack={(a, b) => onUndo({ kind: 'dismiss', a, b })} />
    </div>
  );
}
