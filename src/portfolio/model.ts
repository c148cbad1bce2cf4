/**
 * A portfolio review: a directorate's (or a trust's) list of quality
 * improvement projects, its goals, the relations found between projects and
 * the decision made about each. One schema checks a review whether it comes
 * from browser storage, an imported file or a colleague's export, so a damaged
 * or foreign file is caught in one place.
 *
 * Ids are short strings made in the browser; a project imported from several
 * directorates' files keeps its id unless it clashes (see review-file.ts).
 */
import { z } from 'astro/zod';

// The site's CSP forbids eval, which zod's compiled parsers use; set before any schema is built.
z.config({ jitless: true });

export const REVIEW_VERSION = 1;

/** The schema's limits, named once so the forms can stop a person at the same place the schema would. */
export const LIMITS = { goals: 50, goalTitle: 300, reason: 2000, note: 2000, projects: 20000 } as const;

/**
 * The most characters each project field holds. Generous, because real registers write long
 * statuses ("On hold pending the outcome of the estates review") and dates with notes.
 */
export const FIELD_LIMITS = { title: 300, aim: 4000, directorate: 200, lead: 200, status: 200, start: 100, measures: 2000 } as const;

export const statuses = ['proposed', 'active', 'paused', 'finished', 'stopped'] as const;
export const relationKinds = ['overlap', 'conflict', 'reinforcing', 'interdependent'] as const;
export type RelationKind = (typeof relationKinds)[number];
export const relationLabels: Record<RelationKind, string> = {
  overlap: 'Overlap or duplication',
  conflict: 'Conflict',
  reinforcing: 'Mutually reinforcing',
  interdependent: 'Interdependent',
};
export const decisionKinds = ['keep', 'merge', 'pause', 'stop'] as const;
export type DecisionKind = (typeof decisionKinds)[number];
export const decisionLabels: Record<DecisionKind, string> = { keep: 'Keep', merge: 'Merge into another', pause: 'Pause', stop: 'Stop' };

const id = z.string().trim().min(1).max(64);
const text = (max: number) => z.string().trim().max(max);

export const projectSchema = z.strictObject({
  id,
  title: z
    // Only a missing title is "needs a title"; a title too long says so (zod would otherwise use this message for every issue).
    .string({ error: (issue) => (issue.input === undefined ? 'Every project needs a title.' : undefined) })
    .trim()
    .max(FIELD_LIMITS.title, `A project’s title is longer than ${FIELD_LIMITS.title} characters.`)
    .min(1, 'Every project needs a title.'),
  aim: text(FIELD_LIMITS.aim).default(''),
  directorate: text(FIELD_LIMITS.directorate).default(''),
  lead: text(FIELD_LIMITS.lead).default(''),
  status: text(FIELD_LIMITS.status).default(''),
  /** As written in the register: a date is kept as text so nothing is lost to a wrong guess about its format. */
  start: text(FIELD_LIMITS.start).default(''),
  measures: text(FIELD_LIMITS.measures).default(''),
  tags: z.array(text(60).min(1)).max(30).default([]),
  /** Ids of the goals this project serves. */
  goals: z.array(id).default([]),
});
export type Project = z.infer<typeof projectSchema>;

export const goalSchema = z.strictObject({ id, title: text(LIMITS.goalTitle).min(1, 'Every goal needs words.') });
export type Goal = z.infer<typeof goalSchema>;

/** A relation between two projects, stored once with the ids in sorted order. */
export const relationSchema = z.strictObject({ a: id, b: id, kind: z.enum(relationKinds), note: text(LIMITS.note).default('') });
export type Relation = z.infer<typeof relationSchema>;

export const decisionSchema = z.strictObject({
  kind: z.enum(decisionKinds),
  /** For a merge: the project it merges into. */
  into: id.optional(),
  reason: text(LIMITS.reason).default(''),
});
export type Decision = z.infer<typeof decisionSchema>;

export const reviewSchema = z
  .strictObject({
    title: text(200).default('Portfolio review'),
    projects: z.array(projectSchema).max(LIMITS.projects),
    goals: z.array(goalSchema).max(LIMITS.goals),
    relations: z.array(relationSchema),
    /** Suggested pairs a person dismissed ("a|b" with sorted ids), so they are not suggested again. */
    dismissed: z.array(z.string()).default([]),
    decisions: z.record(z.string(), decisionSchema).default({}),
  })
  .superRefine((r, ctx) => {
    const ids = new Set<string>();
    for (const p of r.projects) {
      if (ids.has(p.id)) ctx.addIssue({ code: 'custom', message: `Two projects share the id "${p.id}".`, path: ['projects'] });
      ids.add(p.id);
    }
    const goals = new Set(r.goals.map((g) => g.id));
    for (const p of r.projects)
      for (const g of p.goals) if (!goals.has(g)) ctx.addIssue({ code: 'custom', message: `Project "${p.title}" serves a goal that is not in the list.`, path: ['projects'] });
    for (const rel of r.relations)
      if (!ids.has(rel.a) || !ids.has(rel.b) || rel.a === rel.b) ctx.addIssue({ code: 'custom', message: 'A relation names a project that is not in the list.', path: ['relations'] });
    for (const [pid, d] of Object.entries(r.decisions)) {
      if (!ids.has(pid)) ctx.addIssue({ code: 'custom', message: 'A decision names a project that is not in the list.', path: ['decisions'] });
      if (d.kind === 'merge' && (!d.into || !ids.has(d.into) || d.into === pid))
        ctx.addIssue({ code: 'custom', message: 'A merge must name another project in the list.', path: ['decisions'] });
    }
    // Following "merge into" from any project must end, not come back round.
    for (const start of Object.keys(r.decisions)) {
      const seen = new Set<string>();
      for (let at: string | undefined = start; at; at = r.decisions[at]?.kind === 'merge' ? r.decisions[at]!.into : undefined) {
        if (seen.has(at)) {
          ctx.addIssue({ code: 'custom', message: 'Some projects merge into each other in a circle', path: ['decisions'] });
          return;
        }
        seen.add(at);
      }
    }
  });
export type Review = z.infer<typeof reviewSchema>;

export const emptyReview = (): Review => ({ title: 'Portfolio review', projects: [], goals: [], relations: [], dismissed: [], decisions: {} });

/** The key of an unordered pair: the two ids sorted and joined. */
export const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** A short random id (URL-safe), unique within a review when `taken` is given. */
export function makeId(taken?: ReadonlySet<string>, random: () => number = Math.random): string {
  for (;;) {
    const candidate = Array.from({ length: 8 }, () => 'abcdefghijkmnpqrstuvwxyz23456789'[Math.floor(random() * 32)]).join('');
    if (!taken?.has(candidate)) return candidate;
  }
}
