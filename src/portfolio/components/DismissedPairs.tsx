/**
 * The pairs a person said are not duplicates, so a dismissal made by mistake
 * can be taken back at any time ("Bring back" puts the pair in the
 * suggestions again). A long list is shown a page at a time.
 */
import { useState } from 'preact/hooks';
import type { Review } from '../model';
import { plural } from '../../site/lib/format';

const PAGE = 20;

export default function DismissedPairs({ review, onBringBack }: { review: Review; onBringBack: (a: string, b: string) => void }) {
  const [shown, setShown] = useState(PAGE);
  const [said, setSaid] = useState('');
  const title = new Map(review.projects.map((p) => [p.id, p.title]));
  const pairs = review.dismissed.map((k) => k.split('|') as [string, string]);
  return (
    <div>
      <p role="status" data-testid="dismissed-said" id="dismissed-said" tabIndex={-1}>{said}</p>
      {pairs.length > 0 && (
        <details class="nhsuk-details" data-testid="dismissed">
          <summary class="nhsuk-details__summary">
            <span class="nhsuk-details__summary-text">Pairs you said are not duplicates ({pairs.length})</span>
          </summary>
          <div class="nhsuk-details__text">
            <p>{plural(pairs.length, 'pair')} will not be suggested again. Bring one back to look at it again.</p>
            <ul class="nhsuk-list">
              {pairs.slice(0, shown).map(([a, b]) => (
                <li key={`${a}|${b}`}>
                  {title.get(a)} <span class="app-portfolio__and">and</span> {title.get(b)}{' '}
                  <button type="button" class="app-portfolio__link-button" onClick={() => {
                    onBringBack(a, b);
                    setSaid(`Brought back: ${title.get(a)} and ${title.get(b)} are in the suggestions again.`);
                    requestAnimationFrame(() => document.getElementById('dismissed-said')?.focus());
                  }}>
                    Bring back<span class="nhsuk-u-visually-hidden">: {title.get(a)} and {title.get(b)}</span>
                  </button>
                </li>
              ))}
            </ul>
            {pairs.length > shown && (
              <button type="button" class="nhsuk-button nhsuk-button--secondary nhsuk-button--small" onClick={() => setShown((n) => n + PAGE)}>
                Show {Math.min(PAGE, pairs.length - shown)} more
              </button>
            )}
          </div>
        </details>
      )}
    </div>
  );
}
