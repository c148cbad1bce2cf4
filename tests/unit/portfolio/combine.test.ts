import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { combineReviews, resolveClashes } from '../../../src/portfolio/combine';
import { decisionKinds, emptyReview, pairKey, relationKinds, reviewSchema, type Decision, type Relation, type Review } from '../../../src/portfolio/model';

const project = (id: string, title: string, directorate = '') => ({ id, title, aim: '', directorate, lead: '', status: '', start: '', measures: '', tags: [], goals: [] });
const shared = [project('aaaa', 'Falls huddles', 'Adult'), project('bbbb', 'Safer discharge', 'Adult'), project('cccc', 'Ward rounds', 'Adult')];

describe('combining reviews that disagree', () => {
  it('shows a second decision on the same project as a clash, keeps the first, and lets the person take the file’s', () => {
    const north: Review = { ...emptyReview(), projects: shared, decisions: { aaaa: { kind: 'keep', reason: 'North keeps it' } } };
    const south: Review = { ...emptyReview(), projects: shared, decisions: { aaaa: { kind: 'stop', reason: 'South stops it' } } };
    const both = combineReviews(north, [south], ['south.json']);
    expect(both.review.decisions.aaaa).toEqual({ kind: 'keep', reason: 'North keeps it' });
    expect(both.clashes).toEqual([expect.objectContaining({ what: 'decision', file: 'south.json', project: 'aaaa', here: { kind: 'keep', reason: 'North keeps it' }, incoming: { kind: 'stop', reason: 'South stops it' } })]);
    const chosen = resolveClashes(both, new Set([both.clashes[0]!.key]));
    expect(chosen).toMatchObject({ ok: true, review: { decisions: { aaaa: { kind: 'stop', reason: 'South stops it' } } } });
    expect(resolveClashes(both, new Set())).toMatchObject({ ok: true, review: { decisions: { aaaa: { kind: 'keep', reason: 'North keeps it' } } } });
  });

  it('shows a different relation for the same pair as a clash', () => {
    const north: Review = { ...emptyReview(), projects: shared, relations: [{ a: 'aaaa', b: 'bbbb', kind: 'overlap', note: '' }] };
    const south: Review = { ...emptyReview(), projects: shared, relations: [{ a: 'aaaa', b: 'bbbb', kind: 'conflict', note: 'Same beds' }] };
    const both = combineReviews(north, [south]);
    expect(both.review.relations).toEqual([{ a: 'aaaa', b: 'bbbb', kind: 'overlap', note: '' }]);
    expect(both.clashes).toHaveLength(1);
    const chosen = resolveClashes(both, new Set([both.clashes[0]!.key]));
    expect(chosen).toMatchObject({ ok: true, review: { relations: [{ a: 'aaaa', b: 'bbbb', kind: 'conflict', note: 'Same beds' }] } });
  });

  it('says why a chosen merge cannot be used rather than making a circle', () => {
    const north: Review = { ...emptyReview(), projects: shared, decisions: { aaaa: { kind: 'keep', reason: '' }, bbbb: { kind: 'merge', into: 'aaaa', reason: '' } } };
    const south: Review = { ...emptyReview(), projects: shared, decisions: { aaaa: { kind: 'merge', into: 'bbbb', reason: '' } } };
    const both = combineReviews(north, [south], ['south.json']);
    expect(resolveClashes(both, new Set(both.clashes.map((c) => c.key)))).toEqual({ ok: false, error: expect.stringMatching(/^The decision from south\.json for “Falls huddles” cannot be used: That would merge/) });
  });
});

// Reviews over the same few projects (some shared, some from another team), with random decisions and relations.
const ids = ['aaaa', 'bbbb', 'cccc', 'dddd', 'eeee'];
const reviewArb = fc
  .record({
    teams: fc.array(fc.constantFrom('North', 'South'), { minLength: ids.length, maxLength: ids.length }),
    decisions: fc.array(fc.record({ p: fc.nat(4), kind: fc.constantFrom(...decisionKinds), into: fc.nat(4), reason: fc.constantFrom('', 'cost', 'done') })),
    relations: fc.array(fc.record({ x: fc.nat(4), y: fc.nat(4), kind: fc.constantFrom(...relationKinds), note: fc.constantFrom('', 'beds') })),
  })
  .map(({ teams, decisions, relations }) => {
    const r: Review = { ...emptyReview(), projects: ids.map((id, i) => project(id, `Project ${i}`, teams[i])) };
    for (const d of decisions) {
      const decision: Decision = d.kind === 'merge' ? { kind: 'merge', into: ids[d.into]!, reason: d.reason } : { kind: d.kind, reason: d.reason };
      const next = { ...r, decisions: { ...r.decisions, [ids[d.p]!]: decision } };
      if (reviewSchema.safeParse(next).success) r.decisions = next.decisions;
    }
    const rel = new Map<string, Relation>();
    for (const x of relations) if (x.x !== x.y) rel.set(pairKey(ids[x.x]!, ids[x.y]!), { a: [ids[x.x]!, ids[x.y]!].sort()[0]!, b: [ids[x.x]!, ids[x.y]!].sort()[1]!, kind: x.kind, note: x.note });
    return reviewSchema.parse({ ...r, relations: [...rel.values()] });
  });

describe('combining never loses a decision or a relation', () => {
  it('keeps every decision and relation from every file, or shows it as a clash or in words', () => {
    fc.assert(
      fc.property(reviewArb, fc.array(reviewArb, { minLength: 1, maxLength: 3 }), (base, others) => {
        const names = others.map((_, i) => `f${i}.json`);
        const c = combineReviews(base, others, names);
        // Where each file's project landed: the combined project with its title and team (titles are unique per team here).
        const where = (p: { title: string; directorate: string }) => c.review.projects.find((q) => q.title === p.title && q.directorate === p.directorate)!.id;
        const find = (r: Review, id: string) => r.projects.find((p) => p.id === id)!;
        // The base's own are all still there, unchanged.
        for (const [pid, d] of Object.entries(base.decisions)) expect(c.review.decisions[pid]).toEqual(d);
        for (const r of base.relations) expect(c.review.relations).toContainEqual(r);
        others.forEach((o, f) => {
          for (const [pid, d] of Object.entries(o.decisions)) {
            const id = where(find(o, pid));
            const incoming = d.into ? { ...d, into: where(find(o, d.into)) } : d;
            const kept = JSON.stringify(c.review.decisions[id]) === JSON.stringify(incoming);
            const clash = c.clashes.some((x) => x.what === 'decision' && x.project === id && x.file === names[f] && JSON.stringify(x.incoming) === JSON.stringify(incoming));
            const said = c.leftOut.some((s) => s.includes(`“${find(o, pid).title}” from ${names[f]}`));
            expect(kept || clash || said).toBe(true);
          }
          for (const r of o.relations) {
            const [a, b] = [where(find(o, r.a)), where(find(o, r.b))].sort() as [string, string];
            const kept = c.review.relations.some((x) => x.a === a && x.b === b && x.kind === r.kind && x.note === r.note);
            const clash = c.clashes.some((x) => x.what === 'relation' && x.a === a && x.b === b && x.incoming.kind === r.kind && x.incoming.note === r.note);
            expect(kept || clash).toBe(true);
          }
        });
        // Taking every file's side of every clash that can be taken still gives a valid review.
        const all = resolveClashes(c, new Set(c.clashes.map((x) => x.key)));
        if (all.ok) expect(reviewSchema.safeParse(all.review).success).toBe(true);
      }),
    );
  });
});
