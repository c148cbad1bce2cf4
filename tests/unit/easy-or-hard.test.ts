import { describe, expect, it } from 'vitest';
import { compareEasyOrHard, isEasyOrHard, splitEasyOrHard } from '../../src/lib/easy-or-hard';
import type { InstrumentShape } from '../../src/lib/scoring';
import { scaleSchema } from '../../src/schemas/assessment';
import { checkValues, emptyRecord } from '../../src/schemas/answers-core';

/** Shaped like content/assessments/system-appraisal.yaml: struggled over = 1, easy = 3. */
const appraisal: InstrumentShape = {
  id: 'appraisal',
  title: 'System appraisal',
  notes: true,
  scale: { type: 'easy-or-hard', points: [{ value: 1, label: 'We struggled over it' }, { value: 3, label: 'It was easy to answer' }] },
  sections: [
    {
      id: 'questions',
      title: 'Questions',
      items: [
        { id: 'goals', text: 'What are your goals?' },
        { id: 'teams', text: 'Do you have teams?' },
        { id: 'data', text: 'Is data available?' },
      ],
    },
  ],
};

describe('easy-or-hard scale', () => {
  it('is recognised by its type, and a rating scale is not', () => {
    expect(isEasyOrHard(appraisal)).toBe(true);
    expect(isEasyOrHard({ scale: { points: [] } })).toBe(false);
    expect(isEasyOrHard({ scale: { type: 'rating', points: [] } })).toBe(false);
  });

  it('lists easy, struggled and unmarked questions in order, with notes and numbers', () => {
    const split = splitEasyOrHard(appraisal, {
      goals: { value: 3, note: 'Written in the plan' },
      teams: { note: 'Not sure yet' },
      data: { value: 1 },
    });
    expect(split.easy.map((q) => [q.number, q.id, q.note])).toEqual([[1, 'goals', 'Written in the plan']]);
    expect(split.struggled.map((q) => [q.number, q.id])).toEqual([[3, 'data']]);
    // A note alone does not mark a question.
    expect(split.unmarked.map((q) => [q.number, q.id, q.note])).toEqual([[2, 'teams', 'Not sure yet']]);
  });

  it('treats a value off the scale as unmarked', () => {
    expect(splitEasyOrHard(appraisal, { goals: { value: 2 } }).unmarked.map((q) => q.id)).toEqual(['goals', 'teams', 'data']);
  });

  it('compares two sets of answers question by question', () => {
    const { changes, counts } = compareEasyOrHard(appraisal, { goals: { value: 1 }, teams: { value: 3 } }, { goals: { value: 3 }, teams: { value: 3 }, data: { value: 1 } });
    expect(changes.map((c) => [c.id, c.before, c.after, c.movement])).toEqual([
      ['goals', 'struggled', 'easy', 'now-easy'],
      ['teams', 'easy', 'easy', 'same'],
      ['data', null, 'struggled', 'cannot-compare'],
    ]);
    expect(counts).toEqual({ 'now-easy': 1, 'now-struggled': 0, same: 1, 'cannot-compare': 1 });
  });

  it('reports answers saved with the earlier four-point scale (0 and 2) as off the scale, and keeps 1 and 3', () => {
    const record = emptyRecord('appraisal', '2026-01-01T00:00:00.000Z');
    record.answers = {
      goals: { value: 0, at: '2026-01-01T00:00:00.000Z' },
      teams: { value: 2, at: '2026-01-01T00:00:00.000Z' },
      data: { value: 3, at: '2026-01-01T00:00:00.000Z' },
    };
    const problems = checkValues(record, { items: ['goals', 'teams', 'data'], values: [1, 3] });
    expect(problems).toEqual(['Current answers: "goals" has 0, which is not on the scale.', 'Current answers: "teams" has 2, which is not on the scale.']);
  });
});

describe('scale schema', () => {
  const points = [{ value: 1, label: 'Struggled' }, { value: 3, label: 'Easy' }];
  it('defaults to a rating scale', () => {
    expect(scaleSchema.parse({ question: 'How true?', points }).type).toBe('rating');
  });
  it('accepts an easy-or-hard scale of two points', () => {
    expect(scaleSchema.parse({ type: 'easy-or-hard', question: 'Easy?', points }).type).toBe('easy-or-hard');
  });
  it('refuses an easy-or-hard scale with more than two points, naming the points', () => {
    const r = scaleSchema.safeParse({ type: 'easy-or-hard', question: 'Easy?', points: [...points, { value: 4, label: 'Very easy' }] });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.path).toEqual(['points']);
    expect(r.error!.issues[0]!.message).toMatch(/exactly two points/);
  });
  it('refuses an unknown type', () => {
    expect(scaleSchema.safeParse({ type: 'total', question: 'Easy?', points }).success).toBe(false);
  });
});
