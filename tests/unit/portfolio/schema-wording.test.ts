/**
 * The review schema runs on zod/mini, which has no wording of its own ("Invalid
 * input" for every problem). Some of zod's English reaches people unchanged
 * ("That change was not made: …", "Row 4 could not be read: …"), so the model
 * loads zod's English; these hold the wording to what people saw before.
 * Only the model is imported here, so nothing else loads the English for it.
 */
import { describe, expect, it } from 'vitest';
import { emptyReview, FIELD_LIMITS, projectSchema, reviewSchema } from '../../../src/portfolio/model';

const first = (r: { success: boolean; error?: { issues: { message: string }[] } }) => r.error?.issues[0]?.message;
const project = { id: 'p1', title: 'Falls audit' };

describe('what the review schema says', () => {
  it('keeps zod’s English for the limits it has no words of its own for', () => {
    const goals = Array.from({ length: 51 }, (_, i) => ({ id: `g${i}`, title: 'A goal' }));
    expect(first(reviewSchema.safeParse({ ...emptyReview(), goals }))).toBe('Too big: expected array to have <=50 items');
    expect(first(projectSchema.safeParse({ ...project, tags: Array.from({ length: 31 }, (_, i) => `t${i}`) }))).toBe('Too big: expected array to have <=30 items');
    expect(first(projectSchema.safeParse({ ...project, aim: 'x'.repeat(FIELD_LIMITS.aim + 1) }))).toBe(`Too big: expected string to have <=${FIELD_LIMITS.aim} characters`);
    expect(first(projectSchema.safeParse({ ...project, lead: 3 }))).toBe('Invalid input: expected string, received number');
  });

  it('keeps its own words', () => {
    expect(first(projectSchema.safeParse({ id: 'p1' }))).toBe('Every project needs a title.');
    expect(first(projectSchema.safeParse({ id: 'p1', title: '   ' }))).toBe('Every project needs a title.');
    expect(first(projectSchema.safeParse({ id: 'p1', title: 'x'.repeat(FIELD_LIMITS.title + 1) }))).toBe(`A project’s title is longer than ${FIELD_LIMITS.title} characters.`);
    expect(first(projectSchema.safeParse({ id: 'p1', title: 7 }))).toBe('Invalid input: expected string, received number');
    const twice = { ...emptyReview(), projects: [projectSchema.parse(project), projectSchema.parse(project)] };
    expect(first(reviewSchema.safeParse(twice))).toBe('Two projects share the id "p1".');
  });
});
