/** The frame of a team summary, scored or easy-or-hard: its heading, then the summary, then the CSV download. */
import type { ComponentChildren } from 'preact';
import { plural } from '../../site/lib/format';

export function TeamSection({ title, people, onExport, children }: { title: string; people: number; onExport: () => void; children: ComponentChildren }) {
  return (
    <section aria-labelledby="team-summary-heading" data-testid="team-summary">
      <h2 id="team-summary-heading">
        {title}: {plural(people, 'person', 'people')}
      </h2>
      {children}
      <button type="button" class="nhsuk-button nhsuk-button--secondary" onClick={onExport}>
        Download the team summary (CSV)
      </button>
    </section>
  );
}
