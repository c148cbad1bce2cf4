import { describe, expect, it } from 'vitest';
import { emptyReview, type Review } from '../../../src/portfolio/model';
import { readReviewJson, reviewJson } from '../../../src/portfolio/review-file';
import { addGoal, dismissPair, goalUse, relationBetween, setDecision, setRelation, setServesGoal, undismissPair } from '../../../src/portfolio/review-ops';
import { overall, strandedMerges } from '../../../src/portfolio/totals';

const project = (id: string, title: string) => ({ id, title, aim: '', directorate: '', lead: '', status: '', start: '', measures: '', tags: [], goals: [] });
const base = (): Review => ({ ...emptyReview(), projects: [project('aaaa', 'A'), project('bbbb', 'B'), project('cccc', 'C')] });
const decide = (r: Review, id: string, d: Parameters<typeof setDecision>[2]) => {
  const out = setDecision(r, id, d);
  if (!out.ok) throw new Error(out.error);
  return out.review;
};

describe('merges', () => {
  it('refuses a merge into a stopped, paused or merged project, and says why', () => {
    const stopped = decide(base(), 'bbbb', { kind: 'stop', reason: '' });
    expect(setDecision(stopped, 'aaaa', { kind: 'merge', into: 'bbbb', reason: '' })).toEqual({ ok: false, error: expect.stringContaining('“B” is being stopped') });
    const paused = decide(base(), 'bbbb', { kind: 'pause', reason: '' });
    expect(setDecision(paused, 'aaaa', { kind: 'merge', into: 'bbbb', reason: '' })).toMatchObject({ ok: false, error: expect.stringContaining('being paused') });
    const merged = decide(base(), 'aaaa', { kind: 'merge', into: 'bbbb', reason: '' });
    expect(setDecision(merged, 'cccc', { kind: 'merge', into: 'aaaa', reason: '' })).toMatchObject({ ok: false, error: expect.stringContaining('itself being merged') });
    // Into a kept or undecided project is fine.
    expect(setDecision(decide(base(), 'bbbb', { kind: 'keep', reason: '' }), 'aaaa', { kind: 'merge', into: 'bbbb', reason: '' }).ok).toBe(true);
  });

  it('refuses to stop, pause or merge a project that others merge into', () => {
    const r = decide(base(), 'aaaa', { kind: 'merge', into: 'bbbb', reason: '' });
    for (const kind of ['stop', 'pause'] as const) expect(setDecision(r, 'bbbb', { kind, reason: '' })).toMatchObject({ ok: false, error: expect.stringContaining('1 project merges into this one') });
    expect(setDecision(r, 'bbbb', { kind: 'merge', into: 'cccc', reason: '' }).ok).toBe(false);
    expect(setDecision(r, 'bbbb', { kind: 'keep', reason: 'hub' }).ok).toBe(true);
  });

  it('names a merge left pointing at a stopped project in an older file, and does not count it as carried on', () => {
    const old = { ...base(), decisions: { aaaa: { kind: 'merge', into: 'bbbb', reason: '' }, bbbb: { kind: 'stop', reason: '' } } } as Review;
    const read = readReviewJson(reviewJson(old));
    expect(read.ok).toBe(true);
    expect(strandedMerges(old)).toEqual(['“A” merges into “B”, which is stopped.']);
    expect(overall(old)).toMatchObject({ before: 3, after: 1 });
  });
});

describe('what a change replaces or removes', () => {
  it('counts the projects that serve a goal', () => {
    let r = addGoal(base(), 'Safer care');
    const g = r.goals[0]!.id;
    r = setServesGoal(setServesGoal(r, 'aaaa', g, true), 'cccc', g, true);
    expect(goalUse(r, g)).toBe(2);
  });

  it('finds the relation already marked for a pair, either way round', () => {
    const r = setRelation(base(), 'bbbb', 'aaaa', 'conflict', 'same beds');
    expect(relationBetween(r, 'aaaa', 'bbbb')).toEqual({ a: 'aaaa', b: 'bbbb', kind: 'conflict', note: 'same beds' });
    expect(relationBetween(r, 'aaaa', 'cccc')).toBeUndefined();
  });

  it('undoes a dismissal', () => {
    const r = dismissPair(base(), 'bbbb', 'aaaa');
    expect(r.dismissed).toEqual(['aaaa|bbbb']);
    expect(undismissPair(r, 'aaaa', 'bbbb').dismissed).toEqual([]);
  });
});

describe('reading a review file names the real problem', () => {
  const file = (review: unknown, version: unknown = 1) => JSON.stringify({ format: 'qi-hub-portfolio-review', version, review });
  it('says a title is too long, and which project', () => {
    const long = { ...base(), projects: [project('aaaa', 'A'), project('bbbb', 'x'.repeat(301))] };
    const read = readReviewJson(file(long), 'f.json');
    expect(read).toMatchObject({ ok: false, error: expect.stringContaining('title is longer than 300 characters in project 2') });
    expect(read.ok || read.error).not.toContain('needs a title');
  });

  it('tells a wrong version number from a missing one', () => {
    expect(readReviewJson(file(base(), 0), 'f.json')).toMatchObject({ ok: false, error: expect.stringContaining('has the version number 0') });
    expect(readReviewJson(file(base(), null), 'f.json')).toMatchObject({ ok: false, error: expect.stringContaining('has no version number') });
  });
});
