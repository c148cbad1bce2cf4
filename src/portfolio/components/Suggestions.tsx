/**
 * Suggested duplicates, best first, with the words each pair shares. The
 * person confirms (the pair is marked as overlapping) or dismisses each; both
 * leave the list, and focus moves to the next suggestion so a keyboard user
 * can work down the list.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { settledPairs } from '../review-ops';
import { suggestPairs } from '../similarity';
import { pairKey, type Project, type Review } from '../model';

const PAGE = 10;

interface Props {
  review: Review;
  onConfirm: (a: string, b: string) => void;
  onDismiss: (a: string, b: string) => void;
}

export default function Suggestions({ review, onConfirm, onDismiss }: Props) {
  // Worked out again only when the words compared change: not for a relation, a decision or a goal ticked.
  const words = review.projects.map((p) => `${p.id}\u0000${p.title}\u0000${p.aim}\u0000${p.measures}`).join('\u0001');
  const all = useMemo(() => suggestPairs(review.projects, { limit: 2000 }), [words]);
  const [across, setAcross] = useState(false);
  const [shown, setShown] = useState(PAGE);
  const [said, setSaid] = useState('');
  const focusAt = useRef<number | null>(null);
  const list = useRef<HTMLOListElement>(null);
  const byId = useMemo(() => new Map<string, Project>(review.projects.map((p) => [p.id, p])), [review.projects]);
  const settled = settledPairs(review);
  const open = all.filter((s) => !settled.has(pairKey(s.a, s.b)) && (!across || byId.get(s.a)?.directorate !== byId.get(s.b)?.directorate));

  useEffect(() => {
    if (focusAt.current === null) return;
    const items = list.current?.querySelectorAll<HTMLElement>('[data-testid=suggestion] h3');
    const target = items?.[Math.min(focusAt.current, items.length - 1)];
    (target ?? document.getElementById('suggestions-heading'))?.focus();
    focusAt.current = null;
  });

  if (review.projects.length < 2) return <p>Add at least two projects to look for duplicates.</p>;
  // The second click of a double click would land on the next pair's button, which has moved up
  // under the pointer: only a first click (detail 1, or 0 from the keyboard) acts.
  const act = (e: MouseEvent, i: number, text: string, fn: () => void) => {
    if (e.detail > 1) return;
    focusAt.current = i;
    setSaid(text);
    fn();
  };
  const label = (p: Project | undefined) => `${p?.title ?? ''}${p?.directorate ? ` (${p.directorate})` : ''}`;

  return (
    <div>
      <div class="nhsuk-checkboxes nhsuk-checkboxes--small nhsuk-form-group">
        <div class="nhsuk-checkboxes__item">
          <input class="nhsuk-checkboxes__input" id="across-only" type="checkbox" checked={across} onChange={(e) => setAcross(e.currentTarget.checked)} />
          <label class="nhsuk-label nhsuk-checkboxes__label" for="across-only">Only pairs from different teams or directorates</label>
        </div>
      </div>
      <p role="status" data-testid="suggestion-status">{said} {open.length === 0 ? 'No suggestions left to look at.' : `${open.length} suggested pair${open.length === 1 ? '' : 's'} to look at.`}</p>
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
                <button type="button" class="nhsuk-button nhsuk-button--secondary nhsuk-button--small" onClick={(e) => act(e, i, `Marked as overlapping: ${a?.title} and ${b?.title}.`, () => onConfirm(s.a, s.b))}>
                  Same or overlapping work<span class="nhsuk-u-visually-hidden">: {a?.title} and {b?.title}</span>
                </button>
                <button type="button" class="nhsuk-button nhsuk-button--secondary nhsuk-button--small" onClick={(e) => act(e, i, `Dismissed: ${a?.title} and ${b?.title}.`, () => onDismiss(s.a, s.b))}>
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
    </div>
  );
}
