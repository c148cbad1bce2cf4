import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareEasyOrHard, isEasyOrHard, splitEasyOrHard, teamEasyOrHard, teamEasyOrHardCsv } from '../../../../src/assessments/results/easy-or-hard';
import { toInstrument, type Instrument } from '../../../../src/assessments/instrument';
import { participant } from '../../../../src/assessments/team';
import { scaleSchema } from '../../../../src/schemas/assessment';
import { checkValues, emptyRecord } from '../../../../src/schemas/answers-core';

/** Shaped like content/assessments/system-appraisal.yaml: struggled over = 1, easy = 3. */
const appraisal: Instrument = {
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

describe('easy-or-hard team view', () => {
  const info = toInstrument('appraisal', { title: 'System appraisal', scale: { type: 'easy-or-hard', question: 'Easy?', points: appraisal.scale.points.map((p) => ({ ...p })) }, sections: appraisal.sections } as never);
  const at = '2026-01-01T00:00:00.000Z';

  it('counts, per question, who found it easy and who struggled, and nothing else', () => {
    const people = [
      participant('appraisal', at, { goals: 1, teams: 3 }, 'Share link'),
      participant('appraisal', '2026-01-02T00:00:00.000Z', { goals: 1, teams: 1, data: 3 }, 'Share link'),
      participant('other', at, { goals: 3 }, 'Share link'),
    ];
    const { people: n, questions } = teamEasyOrHard(info, people);
    expect(n).toBe(2);
    expect(questions).toEqual([
      { id: 'goals', number: 1, text: 'What are your goals?', easy: 0, struggled: 2 },
      { id: 'teams', number: 2, text: 'Do you have teams?', easy: 1, struggled: 1 },
      { id: 'data', number: 3, text: 'Is data available?', easy: 1, struggled: 0 },
    ]);
    const csv = teamEasyOrHardCsv(questions);
    expect(csv.header).toEqual(['question', 'item_id', 'item_text', 'found_easy', 'struggled_over']);
    expect(csv.header.join()).not.toMatch(/median|min|max|range|total/);
  });

  it('never counts a person twice for one question, nor a value off the scale', () => {
    const value = fc.constantFrom(0, 1, 2, 3, undefined);
    fc.assert(
      fc.property(fc.array(fc.record({ goals: value, teams: value, data: value }), { maxLength: 8 }), (rows) => {
        const people = rows.map((r, i) => participant('appraisal', new Date(Date.UTC(2026, 0, 1 + i)).toISOString(), Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)) as Record<string, number>, 'Share link'));
        for (const q of teamEasyOrHard(info, people).questions) {
          const answers = rows.map((r) => r[q.id as keyof typeof r]);
          expect(q.easy).toBe(answers.filter((v) => v === 3).length);
          expect(q.struggled).toBe(answers.filter((v) => v === 1).length);
          expect(q.easy + q.struggled).toBeLessThanOrEqual(rows.length);
        }
      }),
    );
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
