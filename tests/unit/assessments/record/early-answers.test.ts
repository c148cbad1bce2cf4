/**
 * What a person chose or typed before the assessment form's script ran
 * (early-answers.ts): it wins over storage, and untouched controls take what
 * is stored.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { setAnswer } from '../../../../src/assessments/record/answer-record';
import { earlyChanges, type ItemOnForm } from '../../../../src/assessments/record/early-answers';
import { emptyRecord, type AnswerRecord, type StoredAnswer } from '../../../../src/schemas/answers';

const T0 = '2026-01-01T10:00:00.000Z';
const T1 = '2026-01-01T11:00:00.000Z';
const ITEMS = ['a', 'b', 'c', 'd'];
const blank = { value: null, note: '' };

const record = (answers: Record<string, StoredAnswer>): AnswerRecord => ({ ...emptyRecord('x', T0), answers });

/** Applies the changes as the form script does, through the store's normal `setAnswer`. */
const apply = (r: AnswerRecord, changes: Map<string, { value?: number | null; note?: string | null }>) =>
  [...changes].reduce((acc, [item, change]) => setAnswer(acc, item, change, T1), r);

describe('earlyChanges', () => {
  it('takes a changed answer over a stored one', () => {
    const form: ItemOnForm[] = [{ item: 'a', served: blank, now: { value: 1, note: '' } }];
    expect(earlyChanges(form, { a: { value: 3, at: T0 } })).toEqual(new Map([['a', { value: 1 }]]));
  });

  it('takes a note typed early, and leaves the stored value alone', () => {
    const form: ItemOnForm[] = [{ item: 'a', served: blank, now: { value: null, note: 'typed early' } }];
    const changes = earlyChanges(form, { a: { value: 3, note: 'old', at: T0 } });
    expect(changes).toEqual(new Map([['a', { note: 'typed early' }]]));
    expect(apply(record({ a: { value: 3, note: 'old', at: T0 } }), changes).answers.a).toEqual({ value: 3, note: 'typed early', at: T1 });
  });

  it('keeps answers chosen on a first visit, with nothing stored', () => {
    const form: ItemOnForm[] = [
      { item: 'a', served: blank, now: { value: 3, note: 'why' } },
      { item: 'b', served: blank, now: blank },
    ];
    expect(earlyChanges(form, {})).toEqual(new Map([['a', { value: 3, note: 'why' }]]));
  });

  it('changes nothing when the form is as served, or already says what is stored', () => {
    expect(earlyChanges([{ item: 'a', served: blank, now: blank }], { a: { value: 3, at: T0 } }).size).toBe(0);
    expect(earlyChanges([{ item: 'a', served: blank, now: { value: 3, note: 'n' } }], { a: { value: 3, note: 'n', at: T0 } }).size).toBe(0);
  });

  it('ignores notes on items that have no note box', () => {
    expect(earlyChanges([{ item: 'a', served: { value: null }, now: { value: null } }], { a: { note: 'kept', at: T0 } }).size).toBe(0);
  });

  // The invariant: whatever was stored and whatever the person did before the
  // script ran, what they changed is what the record holds afterwards, and every
  // control they left alone holds what was stored.
  const value = fc.option(fc.integer({ min: 0, max: 5 }), { nil: null });
  const note = fc.oneof(fc.constant(''), fc.string({ maxLength: 20 }));
  const storedAnswer = fc.record({ value: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }), note: fc.option(fc.string({ minLength: 1, maxLength: 20 }), { nil: undefined }) });
  it('never loses an early choice, and untouched controls take the stored value', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom(...ITEMS), storedAnswer),
        fc.array(fc.record({ value, note, servedValue: value }), { minLength: ITEMS.length, maxLength: ITEMS.length }),
        (storedRaw, controls) => {
          const stored: Record<string, StoredAnswer> = {};
          for (const [item, a] of Object.entries(storedRaw)) {
            const s: StoredAnswer = { at: T0 };
            if (a.value !== undefined) s.value = a.value;
            if (a.note !== undefined) s.note = a.note;
            stored[item] = s;
          }
          const form: ItemOnForm[] = ITEMS.map((item, i) => ({
            item,
            served: { value: controls[i]!.servedValue, note: '' },
            now: { value: controls[i]!.value, note: controls[i]!.note },
          }));
          const after = apply(record(stored), earlyChanges(form, stored)).answers;
          for (const { item, served, now } of form) {
            const before = stored[item];
            const a = after[item];
            const wantValue = now.value !== served.value ? now.value : before?.value ?? null;
            const wantNote = now.note !== served.note ? now.note : before?.note ?? '';
            expect(a?.value ?? null).toBe(wantValue);
            expect(a?.note ?? '').toBe(wantNote);
            // Nothing the person left alone and storage already held is rewritten.
            if (now.value === served.value && now.note === served.note) expect(a).toBe(before);
          }
        },
      ),
    );
  });
});
