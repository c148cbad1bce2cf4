import { describe, expect, it } from 'vitest';
import { emptyReview, type Review } from '../../../src/portfolio/model';
import { combineReviews } from '../../../src/portfolio/combine';
import { readReviewJson, reviewJson } from '../../../src/portfolio/review-file';

const project = (id: string, title: string, directorate = '') => ({ id, title, aim: '', directorate, lead: '', status: '', start: '', measures: '', tags: [], goals: [] });

describe('reading a review file', () => {
  it('refuses merges that go round in a circle, into itself or into a missing project', () => {
    const base: Review = { ...emptyReview(), projects: [project('aaaa', 'A'), project('bbbb', 'B')] };
    const circle = { ...base, decisions: { aaaa: { kind: 'merge', into: 'bbbb', reason: '' }, bbbb: { kind: 'merge', into: 'aaaa', reason: '' } } } as Review;
    const read = readReviewJson(reviewJson(circle), 'circle.json');
    expect(read).toEqual({ ok: false, error: 'circle.json is damaged: Some projects merge into each other in a circle in the decisions. Open the file as it was downloaded from this tool, or ask whoever sent it for a new copy. Nothing was changed.' });
    const self = { ...base, decisions: { aaaa: { kind: 'merge', into: 'aaaa', reason: '' } } } as Review;
    expect(readReviewJson(reviewJson(self)).ok).toBe(false);
    const missing = { ...base, decisions: { aaaa: { kind: 'merge', into: 'zzzz', reason: '' } } } as Review;
    expect(readReviewJson(reviewJson(missing))).toMatchObject({ ok: false, error: expect.stringContaining('A merge must name another project in the list') });
  });
});

describe('combining directorates’ files', () => {
  it('keeps both projects when the same id and title come from different teams, with each team’s decision', () => {
    const north: Review = { ...emptyReview(), projects: [project('aaaa', 'Falls', 'North')], decisions: { aaaa: { kind: 'keep', reason: 'North keeps it' } } };
    const south: Review = { ...emptyReview(), projects: [project('aaaa', 'Falls', 'South')], decisions: { aaaa: { kind: 'stop', reason: 'South stops it' } } };
    const both = combineReviews(north, [south]).review;
    expect(both.projects.map((p) => p.directorate)).toEqual(['North', 'South']);
    const southId = both.projects[1]!.id;
    expect(southId).not.toBe('aaaa');
    expect(both.decisions[southId]).toEqual({ kind: 'stop', reason: 'South stops it' });
  });

  it('never makes a circle of merges from two files', () => {
    const one: Review = { ...emptyReview(), projects: [project('aaaa', 'A'), project('bbbb', 'B')], decisions: { aaaa: { kind: 'merge', into: 'bbbb', reason: '' } } };
    const two: Review = { ...one, decisions: { bbbb: { kind: 'merge', into: 'aaaa', reason: '' } } };
    const both = combineReviews(one, [two], ['two.json']);
    expect(both.review.decisions).toEqual({ aaaa: { kind: 'merge', into: 'bbbb', reason: '' } });
    // The decision left out is said, not dropped silently.
    expect(both.leftOut).toEqual([expect.stringMatching(/^“B” from two\.json: its decision, Merge into another “A” \(no reason given\), was not added\. That would merge projects into each other in a circle/)]);
  });
});
