import { describe, expect, it } from 'vitest';
import { readReviewJson } from '../../../src/portfolio/review-file';

const file = (review: unknown) => JSON.stringify({ format: 'qi-hub-portfolio-review', version: 1, review });
const project = { id: 'a', title: 'Falls audit on Larch ward', aim: '', directorate: '', lead: '', status: '', start: '', measures: '', tags: [], goals: [] };

describe('a damaged review file is described in plain English', () => {
  it('says which list is the wrong kind, not the validator’s words', () => {
    const read = readReviewJson(file({ projects: 'x', goals: [], relations: [] }), 'broken.json');
    expect(read).toEqual({ ok: false, error: 'broken.json is damaged: the list of projects is missing or is not a list. Open the file as it was downloaded from this tool, or ask whoever sent it for a new copy. Nothing was changed.' });
  });

  it('names a field the tool does not write, and the project that has it', () => {
    const read = readReviewJson(file({ projects: [{ ...project, decision: 'keep' }], goals: [], relations: [] }), 'other.json');
    expect(read.ok ? '' : read.error).toBe('other.json is damaged: a field this tool does not write (“decision”) in project 1 (“Falls audit on Larch ward”). Open the file as it was downloaded from this tool, or ask whoever sent it for a new copy. Nothing was changed.');
  });

  it('names a wrong field inside a relation', () => {
    const read = readReviewJson(file({ projects: [project, { ...project, id: 'b' }], goals: [], relations: [{ a: 'a', b: 'b', kind: 'friends', note: '' }] }), 'r.json');
    expect(read.ok ? '' : read.error).toMatch(/^r\.json is damaged: the field “kind” holds a value this tool does not know in relation 1\./);
  });

  it('never shows the validator’s wording or a dotted path', () => {
    for (const review of [{ projects: 1 }, { projects: [{ id: 'a' }], goals: [], relations: [] }, { projects: [], goals: [{ id: 'g' }], relations: [] }, 'x']) {
      const read = readReviewJson(file(review));
      expect(read.ok ? '' : read.error).not.toMatch(/Invalid input|Unrecognized|expected \w+, received|\(at [\w.]+\)/);
    }
  });
});

describe('counts at trust scale are written with thousands separators', () => {
  it('says "From 5,050 projects to 5,048"', async () => {
    const { totalsSentence } = await import('../../../src/portfolio/totals');
    expect(totalsSentence({ label: '', before: 5050, after: 5048, keep: 0, merge: 0, pause: 0, stop: 2, undecided: 5048 })).toBe('From 5,050 projects to 5,048 (2 stopped, 5,048 not yet decided).');
  });
});
