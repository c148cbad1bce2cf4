import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyReview, LIMITS, relationKinds, decisionKinds, reviewSchema, type Review } from '../../../src/portfolio/model';
import * as ops from '../../../src/portfolio/review-ops';

const blank = { aim: '', directorate: '', lead: '', status: '', start: '', measures: '', tags: [] };
const pick = <T>(xs: readonly T[], i: number): T | undefined => (xs.length ? xs[i % xs.length] : undefined);

/** One change a person can make, with any input: indexes pick among what exists, or name something that does not. */
const op = fc.oneof(
  fc.record({ t: fc.constant('addProject' as const), title: fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim().length > 0) }),
  fc.record({ t: fc.constant('addGoal' as const), title: fc.oneof(fc.string({ maxLength: 10 }), fc.string({ minLength: 290, maxLength: 320 })) }),
  fc.record({ t: fc.constant('removeGoal' as const), i: fc.nat() }),
  fc.record({ t: fc.constant('serve' as const), i: fc.nat(), j: fc.nat(), on: fc.boolean(), ghost: fc.boolean() }),
  fc.record({ t: fc.constant('relate' as const), i: fc.nat(), j: fc.nat(), kind: fc.constantFrom(...relationKinds), note: fc.oneof(fc.string({ maxLength: 10 }), fc.string({ minLength: 1995, maxLength: 2010 })), ghost: fc.boolean() }),
  fc.record({ t: fc.constant('unrelate' as const), i: fc.nat(), j: fc.nat() }),
  fc.record({ t: fc.constant('dismiss' as const), i: fc.nat(), j: fc.nat() }),
  fc.record({ t: fc.constant('decide' as const), i: fc.nat(), j: fc.nat(), kind: fc.option(fc.constantFrom(...decisionKinds)), reason: fc.oneof(fc.string({ maxLength: 10 }), fc.string({ minLength: 1995, maxLength: 2010 })), ghost: fc.boolean() }),
  fc.record({ t: fc.constant('removeProject' as const), i: fc.nat() }),
);

type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;

function apply(r: Review, o: Op): Review {
  const p = (i: number) => pick(r.projects, i)?.id ?? 'nosuchproject';
  switch (o.t) {
    case 'addProject': return ops.addProjects(r, [ops.newProject(r, { ...blank, title: o.title.trim() })]);
    case 'addGoal': return ops.addGoal(r, o.title);
    case 'removeGoal': return ops.removeGoal(r, pick(r.goals, o.i)?.id ?? 'x');
    case 'serve': return ops.setServesGoal(r, p(o.i), o.ghost ? 'nosuchgoal' : (pick(r.goals, o.j)?.id ?? 'nosuchgoal'), o.on);
    case 'relate': return ops.setRelation(r, p(o.i), o.ghost ? 'nosuchproject' : p(o.j), o.kind, o.note);
    case 'unrelate': return ops.removeRelation(r, p(o.i), p(o.j));
    case 'dismiss': return ops.dismissPair(r, p(o.i), p(o.j));
    case 'decide': {
      const res = ops.setDecision(r, p(o.i), o.kind ? { kind: o.kind, reason: o.reason, into: o.ghost ? 'nosuchproject' : p(o.j) } : null);
      return res.ok ? res.review : r;
    }
    case 'removeProject': return ops.removeProject(r, p(o.i));
  }
}

describe('review limits', () => {
  it('any sequence of changes with any input leaves a review that passes the check', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), (changes) => {
        let r = emptyReview();
        for (const o of changes) {
          r = apply(r, o);
          const checked = reviewSchema.safeParse(r);
          if (!checked.success) throw new Error(`${o.t}: ${checked.error.issues[0]?.message}`);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('refuses the 51st goal with a message, and keeps 50', () => {
    let r = emptyReview();
    for (let i = 0; i < LIMITS.goals; i++) r = ops.addGoal(r, `Goal ${i}`);
    expect(r.goals).toHaveLength(50);
    expect(ops.goalProblem(r, 'One more')).toMatch(/up to 50 goals/);
    expect(ops.addGoal(r, 'One more')).toBe(r);
  });

  it('refuses a reason or a note over 2,000 characters', () => {
    let r = emptyReview();
    r = ops.addProjects(r, [ops.newProject(r, { ...blank, title: 'A' })]);
    r = ops.addProjects(r, [ops.newProject(r, { ...blank, title: 'B' })]);
    const [a, b] = r.projects.map((p) => p.id) as [string, string];
    const long = 'x'.repeat(2001);
    const res = ops.setDecision(r, a, { kind: 'stop', reason: long });
    expect(res.ok).toBe(false);
    expect(res.ok ? '' : res.error).toMatch(/2000 characters/);
    expect(ops.setRelation(r, a, b, 'overlap', long)).toBe(r);
    expect(ops.setRelation(r, a, b, 'overlap', 'x'.repeat(2000)).relations).toHaveLength(1);
  });
});

describe('removing a project', () => {
  it('says which relations go and which merged projects go back to not decided, with their reasons', () => {
    let r = emptyReview();
    for (const t of ['A', 'B', 'C']) r = ops.addProjects(r, [ops.newProject(r, { ...blank, title: t })]);
    const [a, b, c] = r.projects.map((p) => p.id) as [string, string, string];
    r = ops.setRelation(r, a, c, 'conflict');
    const merged = ops.setDecision(r, b, { kind: 'merge', into: a, reason: 'same ward' });
    if (!merged.ok) throw new Error(merged.error);
    r = merged.review;
    expect(ops.removalEffects(r, a)).toEqual({ relations: 1, merged: [{ title: 'B', reason: 'same ward' }] });
    expect(ops.removalSentence(r, a)).toBe('Also, its 1 relation to other projects will be removed, and 1 project to be merged into it will go back to “Not decided”: “B” (reason was: same ward).');
    expect(ops.removalSentence(r, c)).toBe('Also, its 1 relation to other projects will be removed.');
  });
});
