import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createAnswerStorage, recordKey } from '../../../../src/assessments/record/storage';
import { FakeStorage } from '../../fixtures/fake-storage';

const AT = '2025-01-01T10:00:00.000Z';
const rule = { items: ['a', 'b', 'c', 'd'], values: [1, 3] };

/** An answer that breaks one rule, under its name in the stored text. */
const bad = fc.oneof(
  fc.constantFrom('__proto__', 'Upper', 'constructor', 'prototype', 'with space', '', 'x'.repeat(121)).map((name) => ({ name, answer: { value: 1, at: AT } })),
  fc.constantFrom('a', 'b', 'c', 'd').chain((name) =>
    fc.constantFrom<unknown>({ value: 2, at: AT }, { value: 0, at: AT }, { value: 'high', at: AT }, { value: 1 }, { value: 1, at: 'yesterday' }, 7).map((answer) => ({ name, answer })),
  ),
);

describe('a stored record with some answers that break a rule', () => {
  it('keeps every good answer, lists each one left out, keeps the original aside, and never throws', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd'), fc.constantFrom(1, 3)), fc.uniqueArray(bad, { minLength: 1, maxLength: 4, selector: (b) => b.name }), (good, bads) => {
        const fake = new FakeStorage();
        const storage = createAnswerStorage(() => fake);
        // Written as text, so a "__proto__" key is an own key, as JSON.parse makes it.
        const names = new Set(bads.map((b) => b.name));
        const kept = Object.entries(good).filter(([item]) => !names.has(item));
        const entries = [...kept.map(([item, value]) => [item, { value, at: AT }] as const), ...bads.map((b) => [b.name, b.answer] as const)];
        const raw = `{"v":1,"instrument":"x","updatedAt":"${AT}","answers":{${entries.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(',')}},"snapshots":[]}`;
        fake.map.set(recordKey('x'), raw);
        const loaded = storage.load('x', rule);
        expect(Object.fromEntries(Object.entries(loaded.record.answers).map(([k, a]) => [k, a.value]))).toEqual(Object.fromEntries(kept));
        expect(loaded.faults).toHaveLength(1);
        const fault = loaded.faults[0]!;
        expect(fault.kind).toBe('partly-kept');
        if (fault.kind === 'partly-kept') expect(fault.dropped).toHaveLength(bads.length);
        expect(storage.keptAside().map((k) => k.raw)).toEqual([raw]);
        // Nothing bad is left behind: the next visit reads the good answers without a fault.
        expect(storage.load('x', rule).faults).toEqual([]);
      }),
    );
  });
});
