/**
 * The assessment page reads clean, current records with a small reader and
 * fetches the full one (migration, salvage, versions) only when it meets
 * anything else. The small reader must agree with the full one wherever it
 * answers, and the page must behave as before while the full one loads.
 * Modules are loaded afresh for each test: storage/index.ts (which puts the
 * full reader in place at once) is never imported here.
 */
import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readClean } from '../../../../src/assessments/record/storage/clean-record';
import { parseRecord } from '../../../../src/assessments/record/storage/parse-record';
import type { StorageEvents } from '../../../../src/assessments/record/storage/types';
import { FakeStorage } from '../../fixtures/fake-storage';

const rule = { items: ['a', 'b', 'c'], values: [0, 1, 2, 3, 4, 5] };
const T0 = '2025-01-01T10:00:00.000Z';
const clean = JSON.stringify({ v: 1, instrument: 'x', updatedAt: T0, answers: { a: { value: 2, at: T0 } }, snapshots: [] });
const damaged = JSON.stringify({ v: 1, instrument: 'x', updatedAt: T0, answers: { a: { value: 2, at: T0 }, b: { value: 9, at: T0 } }, snapshots: [] });

describe('the small reader', () => {
  const answer = fc.oneof(
    fc.record({ value: fc.integer({ min: -1, max: 7 }), note: fc.constantFrom('n', 7), at: fc.constantFrom(T0, 'soon') }, { requiredKeys: [] }),
    fc.anything(),
  );
  const answers = fc.dictionary(fc.constantFrom('a', 'b', 'c', 'z', 'Bad id', 'constructor', '__proto__', 'x'.repeat(130)), answer);
  const record = fc.record(
    {
      v: fc.constantFrom(0, 1, 2, '1', 1.5),
      instrument: fc.constantFrom('x', 'y', 'X'),
      updatedAt: fc.constantFrom(T0, '2025-13-01T00:00:00Z'),
      answers,
      snapshots: fc.array(fc.record({ id: fc.constantFrom('s', ''), label: fc.constantFrom('L', ''), takenAt: fc.constant(T0), answers }, { requiredKeys: ['answers'] }), { maxLength: 2 }),
      resetAt: fc.constantFrom(T0, 'x'),
    },
    { requiredKeys: ['v', 'answers'] },
  );
  // Mostly whole records, with a value off the scale or another instrument now and then.
  const wholeAnswers = fc.dictionary(fc.constantFrom('a', 'b', 'c', 'z'), fc.record({ value: fc.integer({ min: 0, max: 6 }), at: fc.constant(T0) }));
  const whole = fc.record({
    v: fc.constant(1),
    instrument: fc.constantFrom('x', 'x', 'y'),
    updatedAt: fc.constant(T0),
    answers: wholeAnswers,
    snapshots: fc.array(fc.record({ id: fc.constant('s'), label: fc.constant('L'), takenAt: fc.constant(T0), answers: wholeAnswers.map((a) => Object.fromEntries(Object.entries(a).map(([k, { value }]) => [k, { value }]))) }), { maxLength: 2 }),
  });
  const text = fc.oneof(whole.map((r) => JSON.stringify(r)), record.map((r) => JSON.stringify(r)), fc.string(), fc.constant('{"v":1,"instrument":"x","updatedAt":"' + T0 + '","answers":{"__proto__":{"value":1,"at":"' + T0 + '"}},"snapshots":[]}'));

  it('answers only for clean, current records, and then exactly as the full reader does', () => {
    let answered = 0;
    fc.assert(
      fc.property(text, fc.boolean(), (raw, withRule) => {
        const small = readClean(raw, 'x', withRule ? rule : undefined);
        if (small === null) return;
        answered++;
        const full = parseRecord(raw, 'x', undefined, withRule ? rule : undefined);
        expect(full).toEqual({ kind: 'record', record: small, dropped: [] });
      }),
    );
    // The generator reaches clean records often enough for the comparison to mean something.
    expect(answered).toBeGreaterThan(5);
  });

  it('answers for a clean record, and leaves damaged, older and unreadable text to the full reader', () => {
    expect(readClean(clean, 'x', rule)).not.toBeNull();
    expect(readClean(damaged, 'x', rule)).toBeNull();
    expect(readClean('{"a":2}', 'x', rule)).toBeNull();
    expect(readClean('not json', 'x', rule)).toBeNull();
    expect(readClean(clean, 'y', rule)).toBeNull();
  });
});

describe('the assessment store before the full reader has loaded', () => {
  beforeEach(() => vi.resetModules());

  async function fresh() {
    const store = await import('../../../../src/assessments/record/assessment-store');
    const { createAnswerStorage } = await import('../../../../src/assessments/record/storage/answer-storage');
    const { recordKey } = await import('../../../../src/assessments/record/storage/keys');
    const fake = new FakeStorage();
    const listeners: ((e: StorageEvent) => void)[] = [];
    const events: StorageEvents = {
      addEventListener: (_t, fn) => listeners.push(fn),
      removeEventListener: (_t, fn) => listeners.splice(listeners.indexOf(fn), 1),
    };
    store.useStorage(createAnswerStorage(() => fake, events));
    const fire = (key: string, newValue: string | null) => listeners.forEach((fn) => fn({ key, newValue, storageArea: fake } as unknown as StorageEvent));
    return { store, fake, fire, key: recordKey('x') };
  }

  it('opens a clean record at once', async () => {
    const { store, fake, key } = await fresh();
    fake.setItem(key, clean);
    expect(store.readerReady('x', rule)).toBeNull();
    expect(store.openInstrument('x', rule).record.answers).toEqual({ a: { value: 2, at: T0 } });
  });

  it('opens a damaged record as before once the full reader has loaded', async () => {
    const { store, fake, key } = await fresh();
    fake.setItem(key, damaged);
    const ready = store.readerReady('x', rule);
    expect(ready).not.toBeNull();
    await ready;
    const state = store.openInstrument('x', rule);
    expect(state.faults).toMatchObject([{ kind: 'partly-kept', dropped: [expect.stringContaining('question 2')] }]);
    expect(state.record.answers).toEqual({ a: { value: 2, at: T0 } });
  });

  it('keeps an answer in memory when another tab stored a damaged record, and saves it (keeping the damaged one aside) once the reader is in', async () => {
    const { store, fake, key } = await fresh();
    store.openInstrument('x', rule);
    fake.setItem(key, 'not json');
    store.answer('x', 'c', { value: 4 });
    expect(store.stateOf('x').record.answers.c?.value).toBe(4);
    await expect.poll(() => JSON.parse(fake.getItem(key) ?? '{}').answers?.c?.value).toBe(4);
    expect([...fake.map.values()]).toContain('not json');
    expect(store.stateOf('x').savedAt).not.toBeNull();
  });

  // Other tabs' changes are read by the full reader, fetched with the first: an answer given meanwhile is
  // saved after them, so the outcome is the one of taking each change as it arrived.
  it('saves an answer given while another tab’s clearing waits for the reader after it, and says it is saved', async () => {
    const { store, fake, fire, key } = await fresh();
    fake.setItem(key, clean);
    store.openInstrument('x', rule);
    fake.removeItem(key);
    fire(key, null);
    store.answer('x', 'c', { value: 4 });
    expect(store.stateOf('x').record.answers.c?.value).toBe(4);
    expect(fake.getItem(key)).toBeNull();
    await expect.poll(() => JSON.parse(fake.getItem(key) ?? '{}').answers?.c?.value).toBe(4);
    const state = store.stateOf('x');
    expect(state.faults).toEqual([]);
    expect(state.savedAt).not.toBeNull();
    expect(JSON.parse(fake.getItem(key)!).answers.a?.value).toBe(2);
  });

  it('merges another tab’s change that waits for the reader before saving an answer given meanwhile', async () => {
    const { store, fake, fire, key } = await fresh();
    store.openInstrument('x', rule);
    const theirs = JSON.stringify({ v: 1, instrument: 'x', updatedAt: T0, answers: { b: { value: 5, at: T0 } }, snapshots: [] });
    fake.setItem(key, theirs);
    fire(key, theirs);
    store.answer('x', 'c', { value: 1 });
    await expect.poll(() => store.stateOf('x').savedAt).not.toBeNull();
    const stored = JSON.parse(fake.getItem(key)!);
    expect([stored.answers.b?.value, stored.answers.c?.value]).toEqual([5, 1]);
    expect(store.stateOf('x').record.answers.b?.value).toBe(5);
    expect(store.stateOf('x').record.answers.c?.value).toBe(1);
  });

  it('drops another tab’s change still waiting for the reader when everything is cleared, as taking it first would have come to', async () => {
    const { store, fake, fire, key } = await fresh();
    const { clearEverything } = await import('../../../../src/assessments/record/actions/assessment-actions');
    fake.setItem(key, clean);
    store.openInstrument('x', rule);
    const theirs = JSON.stringify({ v: 1, instrument: 'x', updatedAt: T0, answers: { a: { value: 2, at: T0 }, b: { value: 5, at: T0 } }, snapshots: [] });
    fake.setItem(key, theirs);
    fire(key, theirs);
    expect(clearEverything().ok).toBe(true);
    await expect.poll(() => store.storageNow().otherTabsWaiting()).toBeNull();
    expect(fake.getItem(key)).toBeNull();
    const state = store.stateOf('x');
    expect(Object.values(state.record.answers)).toEqual([]);
    expect([state.faults, state.savedAt, state.readOnly]).toEqual([[], null, false]);
  });

  it('hands other tabs’ changes on in order while the reader loads', async () => {
    const { createAnswerStorage } = await import('../../../../src/assessments/record/storage/answer-storage');
    const { recordKey } = await import('../../../../src/assessments/record/storage/keys');
    const fake = new FakeStorage();
    let listener: ((e: StorageEvent) => void) | undefined;
    const events: StorageEvents = { addEventListener: (_t, fn) => (listener = fn), removeEventListener: () => {} };
    const seen: unknown[] = [];
    createAnswerStorage(() => fake, events).onOtherTab((c) => seen.push(c.kind === 'changed' ? c.record.answers.a?.value : c.kind));
    const fire = (newValue: string | null) => listener!({ key: recordKey('x'), newValue, storageArea: fake } as unknown as StorageEvent);
    fire(JSON.stringify({ a: 1 })); // version 0: needs the full reader (migration)
    fire(clean);
    fire(null);
    expect(seen).toEqual([]);
    await expect.poll(() => seen).toEqual([1, 2, 'cleared']);
  });
});
