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
import * as z from 'zod/mini';
import { en } from 'zod/locales';

// zod/mini, not astro/zod: this runs in the browser, and mini ships only the validators used.
// The site's CSP forbids eval, which zod's compiled parsers use; set before any schema is built.
// Mini has no wording of its own ("Invalid input" for everything); some of zod's English reaches
// people as it is ("That change was not made: Too big: expected array to have <=50 items").
z.config({ jitless: true, ...en() });

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

const id = z.string().check(z.trim(), z.minLength(1), z.maxLength(64));
const text = (max: number, ...more: z.core.$ZodCheck<string>[]) => z.string().check(z.trim(), z.maxLength(max), ...more);

export const projectSchema = z.strictObject({
  id,
  title: z
    // Only a missing title is "needs a title"; a title too long says so (zod would otherwise use this message for every issue).
    .string({ error: (issue) => (issue.input === undefined ? 'Every project needs a title.' : undefined) })
    .check(
      z.trim(),
      z.maxLength(FIELD_LIMITS.title, `A project’s title is longer than ${FIELD_LIMITS.title} characters.`),
      z.minLength(1, 'Every project needs a title.'),
    ),
  aim: z._default(text(FIELD_LIMITS.aim), ''),
  directorate: z._default(text(FIELD_LIMITS.directorate), ''),
  lead: z._default(text(FIELD_LIMITS.lead), ''),
  status: z._default(text(FIELD_LIMITS.status), ''),
  /** As written in the register: a date is kept as text so nothing is lost to a wrong guess about its format. */
  start: z._default(text(FIELD_LIMITS.start), ''),
  measures: z._default(text(FIELD_LIMITS.measures), ''),
  tags: z._default(z.array(text(60, z.minLength(1))).check(z.maxLength(30)), []),
  /** Ids of the goals this project serves. */
  goals: z._default(z.array(id), []),
});
export type Project = z.infer<typeof projectSchema>;

export const goalSchema = z.strictObject({ id, title: text(LIMITS.goalTitle, z.minLength(1, 'Every goal needs words.')) });
export type Goal = z.infer<typeof goalSchema>;

/** A relation between two projects, stored once with the ids in sorted order. */
export const relationSchema = z.strictObject({ a: id, b: id, kind: z.enum(relationKinds), note: z._default(text(LIMITS.note), '') });
export type Relation = z.infer<typeof relationSchema>;

export const decisionSchema = z.strictObject({
  kind: z.enum(decisionKinds),
  /** For a merge: the project it merges into. */
  into: z.optional(id),
  reason: z._default(text(LIMITS.reason), ''),
});
export type Decision = z.infer<typeof decisionSchema>;

export const reviewSchema = z
  .strictObject({
    title: z._default(text(200), 'Portfolio review'),
    projects: z.array(projectSchema).check(z.maxLength(LIMITS.projects)),
    goals: z.array(goalSchema).check(z.maxLength(LIMITS.goals)),
    relations: z.array(relationSchema),
    /** Suggested pairs a person dismissed ("a|b" with sorted ids), so they are not suggested again. */
    dismissed: z._default(z.array(z.string()), []),
    decisions: z._default(z.record(z.string(), decisionSchema), {}),
  })
  .check(z.superRefine((r, ctx) => {
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
  }));
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
