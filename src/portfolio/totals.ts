/**
 * "From N projects to M": what the decisions do to the portfolio, overall, by
 * directorate and by goal. A project continues if it is kept or not yet
 * decided; merged, paused and stopped projects leave the count (a merged
 * project's work carries on inside the one it merged into, which is counted).
 * So a merge must point at a project that carries on: review-ops.ts refuses a
 * merge into a stopped, paused or merged project, and strandedMerges names any
 * that an older or combined file still holds.
 */
import { plural } from '../site/lib/format';
import { decisionKinds, type DecisionKind, type Review } from './model';

export interface TotalsRow {
  label: string;
  before: number;
  after: number;
  keep: number;
  merge: number;
  pause: number;
  stop: number;
  undecided: number;
}

export const NO_DIRECTORATE = 'No team or directorate given';
export const NO_GOAL = 'Serves no goal';

const continues = (kind: DecisionKind | undefined) => kind === undefined || kind === 'keep';

function row(label: string): TotalsRow {
  return { label, before: 0, after: 0, keep: 0, merge: 0, pause: 0, stop: 0, undecided: 0 };
}

function count(target: TotalsRow, kind: DecisionKind | undefined) {
  target.before += 1;
  if (continues(kind)) target.after += 1;
  if (kind) target[kind] += 1;
  else target.undecided += 1;
}

export function overall(review: Review): TotalsRow {
  const total = row('All projects');
  for (const p of review.projects) count(total, review.decisions[p.id]?.kind);
  return total;
}

export function byDirectorate(review: Review): TotalsRow[] {
  const rows = new Map<string, TotalsRow>();
  for (const p of review.projects) {
    const label = p.directorate || NO_DIRECTORATE;
    if (!rows.has(label)) rows.set(label, row(label));
    count(rows.get(label)!, review.decisions[p.id]?.kind);
  }
  return [...rows.values()].sort((a, b) => (a.label === NO_DIRECTORATE ? 1 : b.label === NO_DIRECTORATE ? -1 : a.label.localeCompare(b.label, 'en-GB')));
}

/** One row per goal, in the goals' order, then the projects that serve none. A project serving two goals counts under both. */
export function byGoal(review: Review): TotalsRow[] {
  const rows = review.goals.map((g) => row(g.title));
  const none = row(NO_GOAL);
  for (const p of review.projects) {
    const kind = review.decisions[p.id]?.kind;
    const served = review.goals.flatMap((g, i) => (p.goals.includes(g.id) ? [i] : []));
    if (served.length === 0) count(none, kind);
    for (const i of served) count(rows[i]!, kind);
  }
  return none.before > 0 ? [...rows, none] : rows;
}

export function totalsSentence(t: TotalsRow): string {
  const count = (x: number) => x.toLocaleString('en-GB');
  const parts = decisionKinds.filter((k) => t[k] > 0).map((k) => `${count(t[k])} ${k === 'keep' ? 'kept' : k === 'merge' ? 'merged' : k === 'pause' ? 'paused' : 'stopped'}`);
  if (t.undecided) parts.push(`${count(t.undecided)} not yet decided`);
  return `From ${plural(t.before, 'project')} to ${count(t.after)}${parts.length ? ` (${parts.join(', ')})` : ''}.`;
}

/**
 * Merges whose target does not carry on (it is stopped, paused or merged itself). The page
 * refuses to make these, but a file from before that rule, or combined files, can hold them:
 * the summary names them rather than counting that work as carried on.
 */
export function strandedMerges(review: Review): string[] {
  const title = new Map(review.projects.map((p) => [p.id, p.title]));
  return Object.entries(review.decisions).flatMap(([pid, d]) => {
    const target = d.kind === 'merge' && d.into ? review.decisions[d.into] : undefined;
    return target && !continues(target.kind) ? [`“${title.get(pid)}” merges into “${title.get(d.into!)}”, which is ${target.kind === 'merge' ? 'merged into another project' : target.kind === 'stop' ? 'stopped' : 'paused'}.`] : [];
  });
}
