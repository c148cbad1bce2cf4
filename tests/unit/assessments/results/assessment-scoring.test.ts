import type { Instrument } from '../../../../src/assessments/instrument';
import { describe, expect, it } from 'vitest';
import { progressOf, scoreAnswers } from '../../../../src/assessments/results/scoring';
import { compareAnswers, answersFor, CURRENT } from '../../../../src/assessments/results/comparison';
import { mergeRecords, setAnswer } from '../../../../src/assessments/record/answer-record';
import { currentAnswers } from '../../../../src/assessments/record/current-answers';
import { sameRecord } from '../../../../src/assessments/record/other-tab-change';
import { resetRecord, startAgain, suggestLabel, takeSnapshot } from '../../../../src/assessments/record/actions/record-resets';
import { answerRecordSchema, emptyRecord, readRecord, type AnswerRecord } from '../../../../src/schemas/answers';

const shape: Instrument = {
  id: 'x',
  title: 'X',
  scale: { points: [1, 2, 3, 4, 5].map((v) => ({ value: v, label: String(v) })) },
  sections: [
    { id: 's1', title: 'One', items: [{ id: 'a', text: 'A' }, { id: 'b', text: 'B' }] },
    { id: 's2', title: 'Two', items: [{ id: 'c', text: 'C' }, { id: 'd', text: 'D' }] },
  ],
};
const T = (m: number) => new Date(Date.UTC(2025, 0, 1, 10, m)).toISOString();

describe('scoring', () => {
  it('totals, per section, maximum and percentages', () => {
    const s = scoreAnswers(shape, { a: { value: 1 }, b: { value: 5 }, c: { value: 3 } });
    expect(s).toMatchObject({ answered: 3, count: 4, total: 9, max: 20, min: 4, percent: 50, complete: false });
    expect(s.sections.map((x) => [x.id, x.total, x.max, x.percent, x.answered])).toEqual([
      ['s1', 6, 10, 50, 2],
      ['s2', 3, 10, 50, 1],
    ]);
  });

  it('weakest lowest first, strongest highest first, never the scale ends', () => {
    const s = scoreAnswers(shape, { a: { value: 1 }, b: { value: 5 }, c: { value: 3 }, d: { value: 1 } });
    expect(s.complete).toBe(true);
    expect(s.weakest.map((i) => i.id)).toEqual(['a', 'd', 'c']);
    expect(s.strongest.map((i) => i.id)).toEqual(['b', 'c']);
  });

  it('ignores unknown items and values off the scale', () => {
    const s = scoreAnswers(shape, { a: { value: 9 }, zz: { value: 3 } });
    expect(s.answered).toBe(0);
    expect(s.percent).toBeNull();
  });

  it('progress: not started, in progress, completed on the last answer', () => {
    const values = [1, 2, 3, 4, 5];
    expect(progressOf(['a', 'b'], {}, values)).toEqual({ state: 'not-started' });
    expect(progressOf(['a', 'b'], { a: { value: 2, at: T(1) } }, values)).toEqual({ state: 'in-progress', answered: 1, count: 2 });
    expect(progressOf(['a', 'b'], { a: { value: 2, at: T(3) }, b: { value: 9, at: T(4) } }, values).state).toBe('in-progress');
    expect(progressOf(['a', 'b'], { a: { value: 2, at: T(3) }, b: { value: 4, at: T(2) } }, values)).toEqual({ state: 'completed', on: T(3) });
  });
});

describe('comparison', () => {
  it('per item and per section change, with counts', () => {
    const c = compareAnswers(shape, { a: { value: 1 }, b: { value: 3 }, c: { value: 5 } }, { a: { value: 3 }, b: { value: 3 }, c: { value: 4 }, d: { value: 2 } });
    expect(c.items.map((i) => [i.id, i.before, i.after, i.change])).toEqual([
      ['a', 1, 3, 2],
      ['b', 3, 3, 0],
      ['c', 5, 4, -1],
      ['d', null, 2, null],
    ]);
    expect(c.counts).toEqual({ up: 1, down: 1, same: 1, unknown: 1 });
    expect(c.sections[0]).toMatchObject({ before: 25, after: 50, change: 25, beforeTotal: 4, afterTotal: 6 });
  });

  it('finds a snapshot or the current answers', () => {
    let r = setAnswer(emptyRecord('x', T(0)), 'a', { value: 2 }, T(1));
    r = takeSnapshot(r, 'Baseline', T(2), 's1');
    r = setAnswer(r, 'a', { value: 5 }, T(3));
    expect(answersFor(r, 's1')).toEqual({ a: { value: 2 } });
    expect(answersFor(r, CURRENT)).toEqual({ a: { value: 5 } });
    expect(answersFor(r, 'gone')).toBeNull();
  });
});

describe('snapshots and merging', () => {
  const base = () => setAnswer(setAnswer(emptyRecord('x', T(0)), 'a', { value: 1 }, T(1)), 'b', { value: 2 }, T(1));

  it('suggests Baseline, then Follow-up, then numbered follow-ups', () => {
    let r = base();
    expect(suggestLabel(r)).toBe('Baseline');
    r = takeSnapshot(r, suggestLabel(r), T(2), 's1');
    expect(suggestLabel(r)).toBe('Follow-up');
    r = takeSnapshot(r, suggestLabel(r), T(3), 's2');
    expect(suggestLabel(r)).toBe('Follow-up 2');
  });

  it('keeps notes, and marks an item cleared when value and note are both cleared', () => {
    let r = setAnswer(emptyRecord('x', T(0)), 'a', { note: 'Ward goals only' }, T(1));
    r = setAnswer(r, 'a', { value: 3 }, T(2));
    expect(r.answers.a).toEqual({ value: 3, note: 'Ward goals only', at: T(2) });
    r = setAnswer(setAnswer(r, 'a', { value: null }, T(3)), 'a', { note: '' }, T(4));
    expect(r.answers.a).toEqual({ at: T(4) });
    expect(currentAnswers(r)).toEqual({});
    // The mark wins over the older answer in a merge, so the cleared answer stays cleared.
    const older = setAnswer(emptyRecord('x', T(0)), 'a', { value: 3 }, T(2));
    expect(mergeRecords(older, r).answers.a).toEqual({ at: T(4) });
  });

  it('merges per item, later answer wins, in either order', () => {
    const mine = setAnswer(base(), 'a', { value: 5 }, T(5));
    const theirs = setAnswer(base(), 'b', { value: 4 }, T(6));
    const m1 = mergeRecords(mine, theirs);
    const m2 = mergeRecords(theirs, mine);
    expect(m1.answers.a!.value).toBe(5);
    expect(m1.answers.b!.value).toBe(4);
    expect(sameRecord(m1, m2)).toBe(true);
    expect(sameRecord(mergeRecords(m1, m1), m1)).toBe(true);
  });

  it('a reset in one tab is not undone by old answers from another', () => {
    const old = takeSnapshot(base(), 'Baseline', T(2), 's1');
    const reset = resetRecord(old, T(3));
    const merged = mergeRecords(old, reset);
    expect(merged.answers).toEqual({});
    expect(merged.snapshots).toEqual([]);
    const later = setAnswer(old, 'c', { value: 1 }, T(4));
    expect(Object.keys(mergeRecords(reset, later).answers)).toEqual(['c']);
  });

  it('start again in one tab keeps the snapshots when merged with another', () => {
    const old = takeSnapshot(base(), 'Baseline', T(2), 's1');
    const again = startAgain(old, T(3));
    const merged = mergeRecords(old, again);
    expect(merged.answers).toEqual({});
    expect(merged.snapshots.map((s) => s.id)).toEqual(['s1']);
  });
});

describe('the zod-free guard agrees with the zod/mini schema', () => {
  const valid: AnswerRecord = takeSnapshot(
    setAnswer(setAnswer(emptyRecord('x', T(0)), 'a', { value: 3, note: 'Notes – with “quotes” and emoji 🙂' }, T(1)), 'b', { value: 0 }, T(1)),
    'Baseline',
    T(2),
    's1',
  );
  const mutations: [string, (r: Record<string, any>) => void][] = [
    ['valid', () => {}],
    ['resetAt', (r) => (r.resetAt = T(3))],
    ['unknown key dropped', (r) => (r.colour = 'blue')],
    ['v 2', (r) => (r.v = 2)],
    ['v string', (r) => (r.v = '1')],
    ['no instrument', (r) => delete r.instrument],
    ['bad instrument id', (r) => (r.instrument = 'Bad Id')],
    ['__proto__ item', (r) => (r.answers = JSON.parse('{"__proto__":{"value":1,"at":"2025-01-01T10:00:00Z"}}'))],
    ['updatedAt not a time', (r) => (r.updatedAt = 'yesterday')],
    ['updatedAt without seconds', (r) => (r.updatedAt = '2025-01-01T10:00Z')],
    ['updatedAt with offset', (r) => (r.updatedAt = '2025-01-01T10:00:00+01:00')],
    ['updatedAt 30 February', (r) => (r.updatedAt = '2025-02-30T10:00:00Z')],
    ['value float', (r) => (r.answers.a.value = 2.5)],
    ['value string', (r) => (r.answers.a.value = '3')],
    ['value null', (r) => (r.answers.a.value = null)],
    ['value huge', (r) => (r.answers.a.value = 2 ** 60)],
    ['note too long', (r) => (r.answers.a.note = 'x'.repeat(5001))],
    ['note number', (r) => (r.answers.a.note = 5)],
    ['answer without time', (r) => delete r.answers.a.at],
    ['answers an array', (r) => (r.answers = [])],
    ['snapshots missing', (r) => delete r.snapshots],
    ['snapshot label empty', (r) => (r.snapshots[0].label = '')],
    ['snapshot label long', (r) => (r.snapshots[0].label = 'x'.repeat(81))],
    ['snapshot id long', (r) => (r.snapshots[0].id = 'x'.repeat(41))],
    ['snapshot answer extra key', (r) => (r.snapshots[0].answers.a.at = T(1))],
    ['snapshot answer bad value', (r) => (r.snapshots[0].answers.a.value = 'x')],
    ['record null', (r) => Object.keys(r).forEach((k) => delete r[k])],
  ];
  for (const [name, mutate] of mutations) {
    it(name, () => {
      const data = JSON.parse(JSON.stringify(valid));
      mutate(data);
      const zod = answerRecordSchema.safeParse(data);
      const guard = readRecord(data);
      expect(guard.ok).toBe(zod.success);
      if (zod.success && guard.ok) expect(guard.value).toEqual(zod.data);
    });
  }
  it('non-objects', () => {
    for (const data of [null, 1, 'x', [], true]) expect(readRecord(data).ok).toBe(answerRecordSchema.safeParse(data).success);
  });
});
