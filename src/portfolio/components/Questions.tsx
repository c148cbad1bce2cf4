/** The six questions from the source, quoted and attributed, each answered from the review. */
import { answers, CITATION } from '../questions';
import type { Review } from '../model';

const SHOWN = 8;
/** On paper fewer projects a question, so the six answers fit the one-page summary with the charts. */
const PRINTED = 2;

export default function Questions({ review }: { review: Review }) {
  return (
    <div data-testid="questions">
      <p>
        The questions Oxleas directorates asked of their projects, quoted from {CITATION}. Each answer comes from your review above.
      </p>
      <ol class="app-portfolio__questions">
        {answers(review).map((a) => (
          <li key={a.id} data-question={a.id}>
            <blockquote class="app-portfolio__quote">
              <p>{a.question}</p>
            </blockquote>
            <p data-testid="answer">{a.summary}</p>
            {a.groups.length > 0 && (
              <ul class="nhsuk-list nhsuk-list--bullet">
                {a.groups.slice(0, SHOWN).map((g, i) => (
                  <li key={i} class={i >= PRINTED ? 'app-portfolio__screen-only' : undefined}>{g.filter((x) => !x.startsWith('Note: ')).join(a.id === 'interdependent' ? ' – ' : a.id === 'strategy' ? '; ' : ' and ')}{g.find((x) => x.startsWith('Note: ')) ? ` (${g.find((x) => x.startsWith('Note: '))})` : ''}</li>
                ))}
                {a.groups.length > SHOWN && <li class="app-portfolio__screen-only">and {a.groups.length - SHOWN} more.</li>}
                {a.groups.length > PRINTED && <li class="app-portfolio__print-only">and {a.groups.length - PRINTED} more.</li>}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}
