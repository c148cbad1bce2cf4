/**
 * Every change a person makes to a review, as pure functions that return a new
 * review. Each keeps the review consistent (the schema in model.ts would
 * reject it otherwise): removing a project removes its relations and
 * decisions, and a merge into a project that goes away falls back to no
 * decision rather than pointing nowhere. A change that would break one of
 * the schema's limits (LIMITS) leaves the review as it was: the forms say why
 * before they call these, so this is the last guard, not the message.
 */
import { LIMITS, makeId, pairKey, type Decision, type Goal, type Project, type RelationKind, type Review } from './model';

export const projectIds = (review: Review) => new Set(review.projects.map((p) => p.id));

export function addProjects(review: Review, projects: readonly Project[]): Review {
  if (review.projects.length + projects.length > LIMITS.projects) return review;
  return { ...review, projects: [...review.projects, ...projects] };
}

export function newProject(review: Review, fields: Omit<Project, 'id' | 'goals'> & { goals?: string[] }): Project {
  return { goals: [], ...fields, id: makeId(projectIds(review)) };
}

export function updateProject(review: Review, id: string, change: Partial<Omit<Project, 'id'>>): Review {
  return { ...review, projects: review.projects.map((p) => (p.id === id ? { ...p, ...change } : p)) };
}

/** What else goes when a project is removed, so the person can be told before they confirm. */
export function removalEffects(review: Review, id: string): { relations: number; merged: { title: string; reason: string }[] } {
  const titleOf = new Map(review.projects.map((p) => [p.id, p.title]));
  return {
    relations: review.relations.filter((r) => r.a === id || r.b === id).length,
    merged: Object.entries(review.decisions)
      .filter(([pid, d]) => pid !== id && d.kind === 'merge' && d.into === id)
      .map(([pid, d]) => ({ title: titleOf.get(pid) ?? '', reason: d.reason })),
  };
}

/** In words, what removing a project also removes (used before and after it goes). */
export function removalSentence(review: Review, id: string): string {
  const { relations, merged } = removalEffects(review, id);
  const parts: string[] = [];
  if (relations) parts.push(`its ${relations} relation${relations === 1 ? '' : 's'} to other projects will be removed`);
  if (merged.length)
    parts.push(
      `${merged.length} project${merged.length === 1 ? '' : 's'} to be merged into it will go back to “Not decided”: ${merged.map((m) => `“${m.title}”${m.reason ? ` (reason was: ${m.reason})` : ''}`).join('; ')}`,
    );
  return parts.length ? `Also, ${parts.join(', and ')}.` : 'Nothing else is linked to it.';
}

export function removeProject(review: Review, id: string): Review {
  const decisions: Review['decisions'] = {};
  for (const [pid, d] of Object.entries(review.decisions)) if (pid !== id && !(d.kind === 'merge' && d.into === id)) decisions[pid] = d;
  return {
    ...review,
    projects: review.projects.filter((p) => p.id !== id),
    relations: review.relations.filter((r) => r.a !== id && r.b !== id),
    dismissed: review.dismissed.filter((k) => !k.split('|').includes(id)),
    decisions,
  };
}

/** Why a goal cannot be added, or null when it can. */
export function goalProblem(review: Review, title: string): string | null {
  const words = title.trim();
  if (!words) return 'Write the goal before adding it.';
  if (words.length > LIMITS.goalTitle) return `Keep a goal to ${LIMITS.goalTitle} characters or fewer.`;
  if (review.goals.length >= LIMITS.goals) return `A review can have up to ${LIMITS.goals} goals. Remove one before adding another.`;
  if (review.goals.some((g) => g.title.toLowerCase() === words.toLowerCase())) return 'That goal is already in the list.';
  return null;
}

export function addGoal(review: Review, title: string): Review {
  if (goalProblem(review, title)) return review;
  const goal: Goal = { id: makeId(new Set(review.goals.map((g) => g.id))), title: title.trim() };
  return { ...review, goals: [...review.goals, goal] };
}

/** How many projects are marked as serving a goal: said before the goal (and those ticks) are removed. */
export const goalUse = (review: Review, id: string) => review.projects.filter((p) => p.goals.includes(id)).length;

export function removeGoal(review: Review, id: string): Review {
  return { ...review, goals: review.goals.filter((g) => g.id !== id), projects: review.projects.map((p) => ({ ...p, goals: p.goals.filter((g) => g !== id) })) };
}

export function setServesGoal(review: Review, projectId: string, goalId: string, serves: boolean): Review {
  if (serves && !review.goals.some((g) => g.id === goalId)) return review;
  return {
    ...review,
    projects: review.projects.map((p) => (p.id !== projectId ? p : { ...p, goals: serves ? [...new Set([...p.goals, goalId])] : p.goals.filter((g) => g !== goalId) })),
  };
}

/** The relation already marked between two projects, if any (the form shows it before replacing it). */
export function relationBetween(review: Review, x: string, y: string) {
  const key = pairKey(x, y);
  return review.relations.find((r) => pairKey(r.a, r.b) === key);
}

/** Marks (or re-marks) the relation between two projects. One relation per pair: a new kind replaces the old. */
export function setRelation(review: Review, x: string, y: string, kind: RelationKind, note = ''): Review {
  if (x === y || note.trim().length > LIMITS.note) return review;
  const ids = projectIds(review);
  if (!ids.has(x) || !ids.has(y)) return review;
  const [a, b] = x < y ? [x, y] : [y, x];
  const key = pairKey(a, b);
  return {
    ...review,
    relations: [...review.relations.filter((r) => pairKey(r.a, r.b) !== key), { a, b, kind, note: note.trim() }],
    dismissed: review.dismissed.filter((k) => k !== key),
  };
}

export function removeRelation(review: Review, x: string, y: string): Review {
  const key = pairKey(x, y);
  return { ...review, relations: review.relations.filter((r) => pairKey(r.a, r.b) !== key) };
}

/** A suggested pair the person says is not a duplicate: it is not suggested again. */
export function dismissPair(review: Review, x: string, y: string): Review {
  const key = pairKey(x, y);
  return review.dismissed.includes(key) ? review : { ...review, dismissed: [...review.dismissed, key] };
}

/** Undoes a dismissal: the pair can be suggested again. */
export function undismissPair(review: Review, x: string, y: string): Review {
  const key = pairKey(x, y);
  return review.dismissed.includes(key) ? { ...review, dismissed: review.dismissed.filter((k) => k !== key) } : review;
}

/** Pairs not to suggest again: dismissed, or already given a relation. */
export function settledPairs(review: Review): Set<string> {
  return new Set([...review.dismissed, ...review.relations.map((r) => pairKey(r.a, r.b))]);
}

export type DecisionResult = { ok: true; review: Review } | { ok: false; error: string };

export function setDecision(review: Review, id: string, decision: Decision | null): DecisionResult {
  const decisions = { ...review.decisions };
  if (!projectIds(review).has(id)) return { ok: false, error: 'That project is no longer in the list.' };
  if (!decision) {
    delete decisions[id];
    return { ok: true, review: { ...review, decisions } };
  }
  if (decision.reason.trim().length > LIMITS.reason) return { ok: false, error: `Keep the reason to ${LIMITS.reason} characters or fewer.` };
  if (decision.kind === 'merge') {
    if (!decision.into) return { ok: false, error: 'Choose the project to merge it into.' };
    if (!projectIds(review).has(decision.into)) return { ok: false, error: 'The project to merge it into is no longer in the list.' };
    if (decision.into === id) return { ok: false, error: 'A project cannot merge into itself.' };
    // Following "merge into" from the target must not come back here.
    const seen = new Set([id]);
    for (let at: string | undefined = decision.into; at; at = decisions[at]?.kind === 'merge' ? decisions[at]!.into : undefined) {
      if (seen.has(at)) return { ok: false, error: 'That would merge projects into each other in a circle. Choose another project.' };
      seen.add(at);
    }
    // The work goes on inside the project it merges into, so that project must carry on.
    const target = decisions[decision.into];
    const targetTitle = review.projects.find((p) => p.id === decision.into)?.title ?? '';
    if (target && target.kind !== 'keep')
      return {
        ok: false,
        error: `“${targetTitle}” is ${target.kind === 'merge' ? 'itself being merged into another project' : target.kind === 'stop' ? 'being stopped' : 'being paused'}, so the work would not carry on there. Merge into a project you are keeping, or change that project’s decision first.`,
      };
  }
  // A project others merge into must carry on: stopping, pausing or merging it would leave their work nowhere.
  if (decision.kind !== 'keep') {
    const merging = Object.entries(decisions).filter(([pid, d]) => pid !== id && d.kind === 'merge' && d.into === id).length;
    if (merging)
      return {
        ok: false,
        error: `${merging === 1 ? '1 project merges' : `${merging} projects merge`} into this one, so it must be kept. Change ${merging === 1 ? 'that project’s decision' : 'those projects’ decisions'} first.`,
      };
  }
  const clean: Decision = { kind: decision.kind, reason: decision.reason.trim(), ...(decision.kind === 'merge' ? { into: decision.into! } : {}) };
  decisions[id] = clean;
  return { ok: true, review: { ...review, decisions } };
}
