/**
 * Choose one project from a list that may hold thousands: a search box
 * narrows a short drop-down (at most PICK_SHOWN choices), so the list stays
 * quick and usable by keyboard. Both controls are labelled; the choice is by
 * id, so two projects with the same title stay apart (their team shows).
 */
import { useState } from 'preact/hooks';
import type { Project } from '../model';

export const PICK_SHOWN = 50;

interface Props {
  id: string;
  label: string;
  projects: readonly Project[];
  value: string;
  onChange: (id: string) => void;
}

const name = (p: Project) => `${p.title}${p.directorate ? ` (${p.directorate})` : ''}`;

/** The projects whose title or team contains the words, with the chosen one kept in the list. */
export function pickable(projects: readonly Project[], query: string, chosen: string, max = PICK_SHOWN): { shown: Project[]; matches: number } {
  const q = query.trim().toLowerCase();
  const all = q ? projects.filter((p) => name(p).toLowerCase().includes(q)) : projects;
  const shown = all.slice(0, max);
  const current = projects.find((p) => p.id === chosen);
  if (current && !shown.includes(current)) shown.unshift(current);
  return { shown, matches: all.length };
}

export default function ProjectPicker({ id, label, projects, value, onChange }: Props) {
  const [query, setQuery] = useState('');
  // The count is said aloud only after the person types in this box, not when a file brings in projects.
  const [typed, setTyped] = useState(false);
  const { shown, matches } = pickable(projects, query, value);
  const count = matches > PICK_SHOWN ? `${matches.toLocaleString('en-GB')} match. The list shows the first ${PICK_SHOWN}: type more to narrow it.` : `${matches.toLocaleString('en-GB')} match.`;
  const big = projects.length > PICK_SHOWN;
  return (
    <div class="nhsuk-form-group app-portfolio__picker">
      <label class="nhsuk-label" for={id}>{label}</label>
      {big && (
        <div class="app-portfolio__picker-search">
          <label class="nhsuk-label nhsuk-u-font-size-16" for={`${id}-find`}>Find by title or team ({label.toLowerCase()})</label>
          <input class="nhsuk-input" id={`${id}-find`} type="search" value={query} aria-describedby={`${id}-count`} onInput={(e) => (setQuery(e.currentTarget.value), setTyped(true))} onBlur={() => setTyped(false)} />
          <p class="nhsuk-hint nhsuk-u-font-size-16" id={`${id}-count`}>{count}</p>
          <p class="nhsuk-u-visually-hidden" aria-live="polite" data-testid={`${id}-said`}>{typed ? count : ''}</p>
        </div>
      )}
      <select class="nhsuk-select" id={id} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        <option value="">Choose a project</option>
        {shown.map((p) => <option value={p.id} key={p.id}>{name(p)}</option>)}
      </select>
    </div>
  );
}
