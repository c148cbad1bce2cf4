import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyReview, relationKinds, reviewSchema, type Review } from '../../../src/portfolio/model';
import { parse } from 'yaml';
import { answers, clusters, QUESTIONS, SOURCE } from '../../../src/portfolio/questions';
import { combineReviews } from '../../../src/portfolio/combine';
import { projectsCsv, readReviewJson, reviewJson } from '../../../src/portfolio/review-file';
import { addGoal, addProjects, dismissPair, newProject, removeGoal, removeProject, setDecision, setRelation, setServesGoal, settledPairs } from '../../../src/portfolio/review-ops';
import { byDirectorate, byGoal, overall, totalsSentence } from '../../../src/portfolio/totals';

function sample(): Review {
  let r = emptyReview();
  const mk = (title: string, directorate: string) => newProject(r, { title, aim: '', directorate, lead: '', status: '', start: '', measures: '', tags: [] });
  for (const [t, d] of [['A', 'North'], ['B', 'North'], ['C', 'South'], ['D', 'South'], ['E', '']] as const) r = addProjects(r, [mk(t, d)]);
  r = addGoal(addGoal(r, 'Safer care'), 'Shorter waits');
  return r;
}
const id = (r: Review, title: string) => r.projects.find((p) => p.title === title)!.id;

describe('the six questions', () => {
  it('quotes the source word for word', () => {
    const source = readFileSync(new URL('../../fixtures/kings-fund-oxleas-instruments.txt', import.meta.url), 'utf8').replace(/\s+/g, ' ');
    for (const q of QUESTIONS) expect(source).toContain(q.text);
    expect(QUESTIONS).toHaveLength(6);
  });

  it('names the source as the instrument page and the other Oxleas instruments do', () => {
    const sourceOf = (id: string) => parse(readFileSync(new URL(`../../../content/assessments/${id}.yaml`, import.meta.url), 'utf8')).source;
    expect(sourceOf('portfolio-review')).toMatchObject({ title: SOURCE.title, publisher: SOURCE.publisher, location: SOURCE.section });
    for (const other of ['qi-approach', 'readiness-to-innovate', 'system-appraisal', 'well-led-leadership', 'medical-engagement']) expect(sourceOf(other).title).toBe(SOURCE.title);
  });

  it('answers each from the work', () => {
    let r = sample();
    const [g1] = r.goals;
    r = setServesGoal(r, id(r, 'A'), g1!.id, true);
    r = setRelation(r, id(r, 'A'), id(r, 'B'), 'overlap', 'same ward');
    r = setRelation(r, id(r, 'B'), id(r, 'C'), 'conflict');
    r = setRelation(r, id(r, 'C'), id(r, 'D'), 'interdependent');
    r = setRelation(r, id(r, 'D'), id(r, 'E'), 'interdependent');
    r = setRelation(r, id(r, 'A'), id(r, 'C'), 'reinforcing');
    const a = Object.fromEntries(answers(r).map((x) => [x.id, x]));
    expect(a.appropriate!.summary).toBe('4 projects of 5 serve none of your goals: ask whether they should continue.');
    expect(a.overlap!.groups).toEqual([['A', 'B', 'Note: same ward']]);
    expect(a.conflict!.groups).toEqual([['B', 'C']]);
    expect(a.reinforcing!.groups.map((g) => [...g].sort())).toEqual([['A', 'C']]);
    const chain = a.interdependent!.groups[0]!;
    expect([chain, [...chain].reverse()]).toContainEqual(['C', 'D', 'E']);
    expect(a.strategy!.summary).toBe('1 project of 5 serves at least one goal (20 per cent).');
  });

  it('groups relations of one kind into clusters, each project in exactly one', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(9), fc.nat(9)), { maxLength: 30 }), (edges) => {
        let r = emptyReview();
        r = addProjects(r, Array.from({ length: 10 }, (_, i) => ({ ...newProject(r, { title: `P${i}`, aim: '', directorate: '', lead: '', status: '', start: '', measures: '', tags: [] }), id: `p${i}` })));
        for (const [x, y] of edges) r = setRelation(r, `p${x}`, `p${y}`, 'reinforcing');
        const groups = clusters(r, 'reinforcing');
        const all = groups.flat();
        expect(new Set(all).size).toBe(all.length);
        const linked = new Set(edges.filter(([x, y]) => x !== y).flatMap(([x, y]) => [`p${x}`, `p${y}`]));
        expect(new Set(all)).toEqual(linked);
      }),
    );
  });
});

describe('decisions and totals', () => {
  it('counts from N to M overall, by directorate and by goal, and changes as decisions change', () => {
    let r = sample();
    r = setServesGoal(r, id(r, 'A'), r.goals[0]!.id, true);
    r = setServesGoal(r, id(r, 'C'), r.goals[0]!.id, true);
    expect(totalsSentence(overall(r))).toBe('From 5 projects to 5 (5 not yet decided).');
    const merged = setDecision(r, id(r, 'B'), { kind: 'merge', into: id(r, 'A'), reason: 'same work' });
    if (!merged.ok) throw new Error(merged.error);
    r = merged.review;
    const stopped = setDecision(r, id(r, 'C'), { kind: 'stop', reason: 'no longer needed' });
    if (!stopped.ok) throw new Error(stopped.error);
    r = stopped.review;
    expect(totalsSentence(overall(r))).toBe('From 5 projects to 3 (1 merged, 1 stopped, 3 not yet decided).');
    expect(byDirectorate(r).map((x) => [x.label, x.before, x.after])).toEqual([['North', 2, 1], ['South', 2, 1], ['No team or directorate given', 1, 1]]);
    expect(byGoal(r).map((x) => [x.label, x.before, x.after])).toEqual([['Safer care', 2, 1], ['Shorter waits', 0, 0], ['Serves no goal', 3, 2]]);
  });

  it('refuses a merge into itself or in a circle, with a reason', () => {
    let r = sample();
    const [a, b, c] = ['A', 'B', 'C'].map((t) => id(r, t)) as [string, string, string];
    expect(setDecision(r, a, { kind: 'merge', into: a, reason: '' })).toEqual({ ok: false, error: 'A project cannot merge into itself.' });
    expect(setDecision(r, a, { kind: 'merge', reason: '' }).ok).toBe(false);
    r = (setDecision(r, a, { kind: 'merge', into: b, reason: '' }) as { review: Review }).review;
    expect(setDecision(r, b, { kind: 'merge', into: a, reason: '' })).toEqual({ ok: false, error: 'That would merge projects into each other in a circle. Choose another project.' });
    // A chain of merges is refused too: the work must carry on in the project it merges into.
    expect(setDecision(r, c, { kind: 'merge', into: a, reason: '' }).ok).toBe(false);
  });

  it('removing a project removes its relations, decisions and merges into it', () => {
    let r = sample();
    const [a, b] = [id(r, 'A'), id(r, 'B')];
    r = setRelation(r, a, b, 'overlap');
    r = (setDecision(r, b, { kind: 'merge', into: a, reason: '' }) as { review: Review }).review;
    r = removeProject(r, a);
    expect(r.relations).toEqual([]);
    expect(r.decisions).toEqual({});
    expect(reviewSchema.safeParse(r).success).toBe(true);
  });
});

/** Any sequence of a person's actions leaves a review the schema accepts, and the JSON file reads back exactly. */
describe('invariants (property)', () => {
  const action = fc.oneof(
    fc.record({ t: fc.constant('add' as const), title: fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim().length > 0), dir: fc.constantFrom('North', 'South', '') }),
    fc.record({ t: fc.constant('remove' as const), i: fc.nat() }),
    fc.record({ t: fc.constant('goal' as const), title: fc.constantFrom('Safer care', 'Shorter waits', 'Staff') }),
    fc.record({ t: fc.constant('ungoal' as const), i: fc.nat() }),
    fc.record({ t: fc.constant('serve' as const), i: fc.nat(), g: fc.nat(), on: fc.boolean() }),
    fc.record({ t: fc.constant('relate' as const), i: fc.nat(), j: fc.nat(), kind: fc.constantFrom(...relationKinds), note: fc.string({ maxLength: 10 }) }),
    fc.record({ t: fc.constant('dismiss' as const), i: fc.nat(), j: fc.nat() }),
    fc.record({ t: fc.constant('decide' as const), i: fc.nat(), j: fc.nat(), kind: fc.constantFrom('keep', 'merge', 'pause', 'stop') as fc.Arbitrary<'keep' | 'merge' | 'pause' | 'stop'> }),
  );
  it('holds for random sequences', () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 40 }), (actions) => {
        let r = emptyReview();
        const pick = <T,>(list: readonly T[], i: number) => (list.length ? list[i % list.length] : undefined);
        for (const x of actions) {
          const p = pick(r.projects, 'i' in x ? x.i : 0);
          if (x.t === 'add') r = addProjects(r, [newProject(r, { title: x.title.trim(), aim: '', directorate: x.dir, lead: '', status: '', start: '', measures: '', tags: [] })]);
          else if (x.t === 'remove' && p) r = removeProject(r, p.id);
          else if (x.t === 'goal') r = addGoal(r, x.title);
          else if (x.t === 'ungoal') { const g = pick(r.goals, x.i); if (g) r = removeGoal(r, g.id); }
          else if (x.t === 'serve') { const g = pick(r.goals, x.g); if (p && g) r = setServesGoal(r, p.id, g.id, x.on); }
          else if (x.t === 'relate' || x.t === 'dismiss' || x.t === 'decide') {
            const q = pick(r.projects, x.j);
            if (!p || !q) continue;
            if (x.t === 'relate') r = setRelation(r, p.id, q.id, x.kind, x.note);
            else if (x.t === 'dismiss' && p.id !== q.id) r = dismissPair(r, p.id, q.id);
            else if (x.t === 'decide') { const d = setDecision(r, p.id, { kind: x.kind, into: q.id, reason: 'r' }); if (d.ok) r = d.review; }
          }
        }
        expect(reviewSchema.safeParse(r).success).toBe(true);
        const back = readReviewJson(reviewJson(r));
        expect(back).toEqual({ ok: true, review: r });
        const t = overall(r);
        expect(t.before).toBe(r.projects.length);
        expect(t.keep + t.merge + t.pause + t.stop + t.undecided).toBe(t.before);
        for (const rel of r.relations) expect(settledPairs(r).has([rel.a, rel.b].sort().join('|'))).toBe(true);
        // Combining a review with itself changes nothing.
        expect(combineReviews(r, [r]).review.projects).toHaveLength(r.projects.length);
        expect(combineReviews(r, [r]).clashes).toEqual([]);
      }),
    );
  });
});

describe('review files', () => {
  it('says clearly what is wrong with a damaged, foreign or newer file', () => {
    expect(readReviewJson('{not json')).toEqual({ ok: false, error: 'The file is not a portfolio review: it is not JSON. Nothing was changed.' });
    expect(readReviewJson('{"format":"other"}', 'x.json')).toMatchObject({ ok: false, error: expect.stringMatching(/^x\.json is not a portfolio review exported/) });
    expect(readReviewJson(JSON.stringify({ format: 'qi-hub-portfolio-review', version: 99, review: {} }))).toMatchObject({ error: expect.stringMatching(/newer version/) });
    expect(readReviewJson(JSON.stringify({ format: 'qi-hub-portfolio-review', version: 1, review: { projects: [{ id: 'a' }], goals: [], relations: [] } }))).toMatchObject({ error: expect.stringMatching(/damaged: Every project needs a title/) });
  });

  it('writes projects with decisions as CSV', () => {
    let r = sample();
    r = (setDecision(r, id(r, 'B'), { kind: 'merge', into: id(r, 'A'), reason: 'same, work' }) as { review: Review }).review;
    const csv = projectsCsv(r);
    expect(csv).toContain('"B","","North","","","","","","","Merge into another","A","same, work",""');
  });

  it('combines two directorates: goals with the same words meet, clashing ids are renamed, relations follow', () => {
    let north = sample();
    north = setRelation(north, id(north, 'A'), id(north, 'B'), 'conflict');
    let south = emptyReview();
    south = addGoal(south, 'safer care');
    south = addProjects(south, [{ ...newProject(south, { title: 'Z', aim: '', directorate: 'South', lead: '', status: '', start: '', measures: '', tags: [] }), id: id(north, 'A'), goals: [south.goals[0]!.id] }]);
    south = addProjects(south, [{ ...newProject(south, { title: 'Y', aim: '', directorate: 'South', lead: '', status: '', start: '', measures: '', tags: [] }), id: 'y' }]);
    south = setRelation(south, id(north, 'A'), 'y', 'reinforcing');
    const both = combineReviews(north, [south]).review;
    expect(both.projects).toHaveLength(7);
    expect(both.goals.map((g) => g.title)).toEqual(['Safer care', 'Shorter waits']);
    const z = both.projects.find((p) => p.title === 'Z')!;
    expect(z.id).not.toBe(id(north, 'A'));
    expect(z.goals).toEqual([both.goals[0]!.id]);
    expect(both.relations.map((r) => r.kind).sort()).toEqual(['conflict', 'reinforcing']);
    expect(both.relations.find((r) => r.kind === 'reinforcing')).toMatchObject({ a: [z.id, 'y'].sort()[0], b: [z.id, 'y'].sort()[1] });
  });
});
