import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyReview, relationKinds, type Review } from '../../../src/portfolio/model';
import { setRelation } from '../../../src/portfolio/review-ops';
import { pageOf, PAGE_SIZE, relatedProjects } from '../../../src/portfolio/relations-view';

const project = (i: number) => ({ id: `p${String(i).padStart(4, '0')}`, title: `Project ${i}`, aim: '', directorate: '', lead: '', status: '', start: '', measures: '', tags: [], goals: [] });

describe('the relations view', () => {
  it('lists each related project with its relations, in register order', () => {
    let r: Review = { ...emptyReview(), projects: [project(2), project(0), project(1), project(3)] };
    r = setRelation(r, 'p0001', 'p0000', 'conflict', 'Same beds');
    r = setRelation(r, 'p0001', 'p0002', 'overlap');
    expect(relatedProjects(r)).toEqual([
      { id: 'p0002', title: 'Project 2', links: [{ other: 'p0001', title: 'Project 1', kind: 'Overlap or duplication', note: '' }] },
      { id: 'p0000', title: 'Project 0', links: [{ other: 'p0001', title: 'Project 1', kind: 'Conflict', note: 'Same beds' }] },
      {
        id: 'p0001',
        title: 'Project 1',
        links: [
          { other: 'p0002', title: 'Project 2', kind: 'Overlap or duplication', note: '' },
          { other: 'p0000', title: 'Project 0', kind: 'Conflict', note: 'Same beds' },
        ],
      },
    ]);
  });

  it('shows every relation twice (once under each project) across its pages, for any number of projects', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 300 }), fc.array(fc.tuple(fc.nat(299), fc.nat(299), fc.constantFrom(...relationKinds)), { maxLength: 400 }), (n, pairs) => {
        let r: Review = { ...emptyReview(), projects: Array.from({ length: n }, (_, i) => project(i)) };
        for (const [x, y, k] of pairs) r = setRelation(r, project(x % n).id, project(y % n).id, k);
        const all = relatedProjects(r);
        const first = pageOf(all, 1);
        const seen = Array.from({ length: first.pages }, (_, i) => pageOf(all, i + 1).items).flat();
        expect(seen).toEqual(all);
        expect(seen.reduce((s, p) => s + p.links.length, 0)).toBe(2 * r.relations.length);
        for (let i = 1; i <= first.pages; i++) expect(pageOf(all, i).items.length).toBeLessThanOrEqual(PAGE_SIZE);
      }),
    );
  });

  it('keeps a page number in range', () => {
    const list = Array.from({ length: 45 }, (_, i) => i);
    expect(pageOf(list, 9)).toMatchObject({ page: 3, pages: 3, first: 41, last: 45 });
    expect(pageOf(list, 0)).toMatchObject({ page: 1, first: 1, last: 20 });
    expect(pageOf([], 1)).toMatchObject({ page: 1, pages: 1, first: 0, last: 0, items: [] });
  });
});
