import { describe, expect, it } from 'vitest';
import { createAnswerStorage, recordKey, type StorageEvents } from '../../../../src/assessments/record/storage';
import { capTimes, setAnswer } from '../../../../src/assessments/record/answer-record';
import { startAgain, takeSnapshot, resetRecord } from '../../../../src/assessments/record/actions/record-resets';
import { emptyRecord, RECORD_VERSION, type AnswerRecord } from '../../../../src/schemas/answers';
import { FakeStorage } from '../../fixtures/fake-storage';

const rule = { items: ['a', 'b', 'c'], values: [0, 1, 2, 3, 4, 5] };
const T0 = '2025-01-01T10:00:00.000Z';
const T1 = '2025-01-01T10:01:00.000Z';
const T2 = '2025-01-01T10:02:00.000Z';
const T3 = '2025-01-01T10:03:00.000Z';

function setup() {
  const fake = new FakeStorage();
  return { fake, storage: createAnswerStorage(() => fake) };
}
const recordWith = (values: Record<string, number>, at = T1): AnswerRecord =>
  Object.entries(values).reduce((r, [k, v]) => setAnswer(r, k, { value: v }, at), emptyRecord('x', T0));

describe('storage: reading', () => {
  it('gives an empty record when nothing is stored', () => {
    const { storage } = setup();
    const loaded = storage.load('x', rule);
    expect(loaded.faults).toEqual([]);
    expect(loaded.record.answers).toEqual({});
    expect(loaded.readOnly).toBe(false);
  });

  it('round-trips a saved record', () => {
    const { storage } = setup();
    const r = takeSnapshot(recordWith({ a: 3, b: 5 }), 'Baseline', T2, 's1');
    expect(storage.save(r).fault).toBeNull();
    expect(storage.load('x', rule).record).toEqual(r);
  });

  it('reports blocked storage when reading throws, and does not throw', () => {
    const { fake, storage } = setup();
    fake.blocked = true;
    expect(storage.load('x', rule).faults).toEqual([{ kind: 'blocked' }]);
    expect(storage.save(recordWith({ a: 1 })).fault).toEqual({ kind: 'blocked' });
    expect(storage.available()).toBe(false);
    expect(storage.instruments()).toEqual([]);
  });

  it('reports blocked storage when window.localStorage itself throws', () => {
    const storage = createAnswerStorage(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(storage.load('x').faults[0]!.kind).toBe('blocked');
  });

  it('keeps a record that is not JSON aside, byte for byte, and starts afresh', () => {
    const { fake, storage } = setup();
    fake.map.set(recordKey('x'), '{"v":1,"answers":');
    const loaded = storage.load('x', rule);
    expect(loaded.faults[0]).toMatchObject({ kind: 'not-json' });
    const keptAs = (loaded.faults[0] as { keptAs: string }).keptAs;
    expect(fake.map.get(keptAs)).toBe('{"v":1,"answers":');
    expect(fake.map.has(recordKey('x'))).toBe(false);
    expect(storage.keptAside()).toEqual([expect.objectContaining({ key: keptAs, instrument: 'x', raw: '{"v":1,"answers":' })]);
  });

  it('keeps a record of the wrong shape aside', () => {
    const { fake, storage } = setup();
    fake.map.set(recordKey('x'), JSON.stringify({ v: 1, instrument: 'x', answers: [1, 2] }));
    const loaded = storage.load('x', rule);
    expect(loaded.faults[0]).toMatchObject({ kind: 'wrong-shape' });
    expect(storage.keptAside()).toHaveLength(1);
  });

  it('keeps every good answer when some are off the scale, damaged or under a bad id, and keeps the original aside', () => {
    const { fake, storage } = setup();
    const good = recordWith({ b: 2, c: 4 });
    const raw = JSON.stringify({
      ...good,
      answers: { ...good.answers, a: { value: 9, at: T1 }, Upper: { value: 1, at: T1 }, d: { value: 'high', at: T1 } },
    }).replace('"answers":{', '"answers":{"__proto__":{"value":1,"at":"2025-01-01T10:01:00.000Z"},');
    fake.map.set(recordKey('x'), raw);
    const loaded = storage.load('x', rule);
    expect(loaded.record.answers).toEqual(good.answers);
    const fault = loaded.faults[0];
    expect(fault).toMatchObject({ kind: 'partly-kept', keptAs: expect.any(String) });
    const dropped = fault?.kind === 'partly-kept' ? fault.dropped.join(' ') : '';
    expect(dropped).toMatch(/question 1, because 9 is no longer on this checklist’s answer scale/);
    expect(dropped).toMatch(/“Upper”/);
    expect(dropped).toMatch(/“__proto__”/);
    expect(dropped).toMatch(/“d”, which was damaged/);
    expect(storage.keptAside().map((k) => k.raw)).toEqual([raw]);
    // The answers kept are written back, so the next visit finds nothing wrong.
    expect(storage.load('x', rule)).toMatchObject({ faults: [], record: { answers: good.answers } });
  });

  it('keeps the good answers of an old bare map with a bad id', () => {
    const { fake, storage } = setup();
    fake.map.set(recordKey('x'), '{"a":3,"B":2}');
    const loaded = storage.load('x', rule);
    expect(loaded.record.answers.a?.value).toBe(3);
    expect(loaded.faults.map((f) => f.kind)).toEqual(['partly-kept']);
  });

  it('never overwrites an earlier kept-aside copy', () => {
    const { fake, storage } = setup();
    fake.map.set(recordKey('x'), 'first');
    storage.load('x');
    fake.map.set(recordKey('x'), 'second');
    storage.load('x');
    expect(storage.keptAside().map((k) => k.raw).sort()).toEqual(['first', 'second']);
  });

  it('leaves an unusable record in place when it cannot be copied aside, without locking the page', () => {
    const { fake, storage } = setup();
    fake.map.set(recordKey('x'), 'garbage');
    fake.full = true;
    const loaded = storage.load('x');
    expect(loaded.readOnly).toBe(false);
    expect(loaded.faults[0]).toMatchObject({ kind: 'not-json', keptAs: null });
    expect(fake.map.get(recordKey('x'))).toBe('garbage');
    // Saving never writes over it; the person can download it and discard it.
    // The damaged record is what is in the way, not a full storage: the fault says so.
    expect(storage.save(recordWith({ a: 1 })).fault).toEqual({ kind: 'not-json', keptAs: null });
    expect(storage.storedText('x')).toBe('garbage');
    expect(storage.discardDamaged('x')).toBe(true);
    expect(fake.map.has(recordKey('x'))).toBe(false);
  });

  it('discards only a record that is still damaged', () => {
    const { fake, storage } = setup();
    fake.map.set(recordKey('x'), JSON.stringify(recordWith({ a: 1 })));
    expect(storage.discardDamaged('x')).toBe(false);
    expect(fake.map.has(recordKey('x'))).toBe(true);
  });

  it('calls a record "newer" only when it looks like one of ours', () => {
    const { fake, storage } = setup();
    for (const raw of ['{"v":2,"data":[1,2,3]}', '{"v":99999,"instrument":"x","updatedAt":"2025-01-01T10:00:00.000Z","answers":{}}', '{"v":2,"instrument":"y","updatedAt":"2025-01-01T10:00:00.000Z","answers":{}}']) {
      fake.map.set(recordKey('x'), raw);
      const loaded = storage.load('x', rule);
      expect(loaded.readOnly, raw).toBe(false);
      expect(loaded.faults[0], raw).toMatchObject({ kind: 'wrong-shape' });
      expect(storage.keptAside().at(-1)!.raw).toBe(raw);
    }
  });

  it('shows a newer version read-only and never overwrites it', () => {
    const { fake, storage } = setup();
    const newer = JSON.stringify({ ...recordWith({ a: 4 }), v: RECORD_VERSION + 1, extra: { colour: 'blue' } });
    fake.map.set(recordKey('x'), newer);
    const loaded = storage.load('x', rule);
    expect(loaded.readOnly).toBe(true);
    expect(loaded.faults).toEqual([{ kind: 'newer-version', version: RECORD_VERSION + 1 }]);
    expect(loaded.record.answers.a!.value).toBe(4);
    expect(storage.save(recordWith({ a: 1 })).fault).toMatchObject({ kind: 'newer-version' });
    expect(fake.map.get(recordKey('x'))).toBe(newer);
  });

  it('migrates version 0 and removes the kept original only once the new record is written', () => {
    const { fake, storage } = setup();
    fake.map.set(recordKey('x'), JSON.stringify({ a: 2, b: 5 }));
    const loaded = storage.load('x', rule);
    expect(loaded.faults).toEqual([{ kind: 'migrated', from: 0 }]);
    expect(loaded.record.answers.a!.value).toBe(2);
    expect(JSON.parse(fake.map.get(recordKey('x'))!).v).toBe(1);
    expect([...fake.map.keys()].filter((k) => k.includes('before-migration'))).toEqual([]);
  });

  it('reads a version 0 record that names its version ("v": 0) without taking v for an answer', () => {
    const { fake, storage } = setup();
    fake.map.set(recordKey('x'), JSON.stringify({ v: 0, a: 2 }));
    const loaded = storage.load('x', rule);
    expect(loaded.faults).toEqual([{ kind: 'migrated', from: 0 }]);
    expect(loaded.record.answers).toEqual({ a: { value: 2, at: expect.any(String) } });
    expect(Object.keys(JSON.parse(fake.map.get(recordKey('x'))!).answers)).toEqual(['a']);
  });

  it('keeps the version 0 original in place when the migrated record cannot be written', () => {
    const { fake, storage } = setup();
    fake.map.set(recordKey('x'), JSON.stringify({ a: 2 }));
    fake.full = true;
    const loaded = storage.load('x', rule);
    expect(loaded.record.answers.a!.value).toBe(2);
    expect(loaded.faults.map((f) => f.kind)).toEqual(['migrated', 'full']);
    expect(fake.map.get(recordKey('x'))).toBe('{"a":2}');
  });

  it('keeps aside a version 0 record with an answer that cannot be migrated, and says which', () => {
    const { fake, storage } = setup();
    fake.map.set(recordKey('x'), JSON.stringify({ a: 'two' }));
    expect(storage.load('x', rule).faults[0]).toMatchObject({ kind: 'partly-kept', dropped: [expect.stringMatching(/question 1, which was damaged/)] });
    fake.map.set(recordKey('x'), JSON.stringify(['two']));
    expect(storage.load('x', rule).faults[0]).toMatchObject({ kind: 'wrong-shape' });
    expect(storage.keptAside()[0]!.raw).toBe('{"a":"two"}');
  });

  it('keeps aside a record stored under another instrument', () => {
    const { fake, storage } = setup();
    fake.map.set(recordKey('x'), JSON.stringify({ ...recordWith({ a: 1 }), instrument: 'y' }));
    expect(storage.load('x').faults[0]).toMatchObject({ kind: 'wrong-shape' });
  });
});

describe('storage: writing', () => {
  it('reports a full store and leaves the stored record as it was', () => {
    const { fake, storage } = setup();
    storage.save(recordWith({ a: 1 }));
    const before = fake.map.get(recordKey('x'));
    fake.full = true;
    expect(storage.save(recordWith({ a: 2 }, T2)).fault).toEqual({ kind: 'full' });
    expect(fake.map.get(recordKey('x'))).toBe(before);
  });

  it('merges with what another tab stored since, instead of dropping it', () => {
    const { storage } = setup();
    storage.save(recordWith({ a: 1 }, T1));
    const other = setAnswer(emptyRecord('x', T0), 'b', { value: 4 }, T2);
    const saved = storage.save(other);
    expect(saved.record.answers.a!.value).toBe(1);
    expect(saved.record.answers.b!.value).toBe(4);
  });

  it('writes the record as it is with replace', () => {
    const { storage } = setup();
    storage.save(recordWith({ a: 1 }, T1));
    storage.save(recordWith({ b: 2 }, T2), { replace: true });
    expect(Object.keys(storage.load('x').record.answers)).toEqual(['b']);
  });

  it('keeps aside something unusable that appeared since loading, before writing over it', () => {
    const { fake, storage } = setup();
    fake.map.set(recordKey('x'), 'not json at all');
    expect(storage.save(recordWith({ a: 1 })).fault).toBeNull();
    expect(storage.keptAside()[0]!.raw).toBe('not json at all');
  });

  it('lists every readable record for export', () => {
    const { fake, storage } = setup();
    storage.save(recordWith({ a: 1 }));
    fake.map.set(recordKey('y'), 'bad');
    expect(storage.loadAll().map((r) => r.instrument)).toEqual(['x']);
  });

  it('discards a kept-aside copy only by its own key', () => {
    const { fake, storage } = setup();
    fake.map.set(recordKey('x'), 'bad');
    storage.load('x');
    const [kept] = storage.keptAside();
    expect(storage.discardKeptAside(recordKey('x'))).toBe(false);
    expect(storage.discardKeptAside(kept!.key)).toBe(true);
    expect(storage.keptAside()).toEqual([]);
  });
});

describe('storage: other tabs', () => {
  function withEvents() {
    const fake = new FakeStorage();
    const listeners: ((e: StorageEvent) => void)[] = [];
    const events: StorageEvents = {
      addEventListener: (_t, fn) => listeners.push(fn),
      removeEventListener: (_t, fn) => listeners.splice(listeners.indexOf(fn), 1),
    };
    const storage = createAnswerStorage(() => fake, events);
    const fire = (key: string | null, newValue: string | null) =>
      listeners.forEach((fn) => fn({ key, newValue, storageArea: fake } as unknown as StorageEvent));
    return { fake, storage, fire, listeners };
  }

  it('hands a changed record to the listener, validated', () => {
    const { storage, fire } = withEvents();
    const seen: unknown[] = [];
    storage.onOtherTab((c) => seen.push(c));
    fire(recordKey('x'), JSON.stringify(recordWith({ a: 2 })));
    fire(recordKey('x'), 'garbage');
    fire('someone-else', 'x');
    expect(seen).toEqual([{ kind: 'changed', instrument: 'x', record: recordWith({ a: 2 }) }]);
  });

  it('reports a removed record and a cleared store', () => {
    const { storage, fire } = withEvents();
    const seen: unknown[] = [];
    const stop = storage.onOtherTab((c) => seen.push(c));
    fire(recordKey('x'), null);
    fire(null, null);
    stop();
    fire(null, null);
    expect(seen).toEqual([
      { kind: 'cleared', instrument: 'x' },
      { kind: 'backup' },
      { kind: 'cleared', instrument: null },
    ]);
  });
});

describe('record tombstones', () => {
  it('start again keeps snapshots, reset removes them', () => {
    const r = takeSnapshot(recordWith({ a: 1 }), 'Baseline', T2, 's1');
    const again = startAgain(r, T3);
    expect(again.answers).toEqual({});
    expect(again.snapshots).toHaveLength(1);
    const reset = resetRecord(r, T3);
    expect(reset.snapshots).toEqual([]);
    expect(reset.resetAt).toBe(T3);
  });
});

describe('storage: times from a clock that ran fast', () => {
  const FUTURE = '2025-01-01T12:00:00.000Z';
  const NOW = Date.parse('2025-01-01T10:05:00.000Z');

  it('brings stored future times back to now on load', () => {
    const { fake, storage } = setup();
    fake.map.set(recordKey('x'), JSON.stringify(recordWith({ a: 2 }, FUTURE)));
    const loaded = storage.load('x', rule);
    expect(Date.parse(loaded.record.answers.a!.at)).toBeLessThanOrEqual(Date.now());
  });

  it('lets the person’s answer and reset win over stored future times', () => {
    const { fake, storage } = setup();
    fake.map.set(recordKey('x'), JSON.stringify(recordWith({ a: 2, b: 3 }, FUTURE)));
    const now = new Date(NOW).toISOString();
    const mine = setAnswer(emptyRecord('x', T0), 'a', { value: 5 }, now);
    expect(storage.save(mine, { now: NOW }).record.answers.a!.value).toBe(5);
    const cleared = resetRecord(mine, new Date(NOW + 1).toISOString());
    expect(storage.save(cleared, { now: NOW + 1 }).record.answers).toEqual({});
    expect(JSON.parse(fake.map.get(recordKey('x'))!).answers).toEqual({});
  });

  it('keeps answers given after a reset in the future after the reset when capped', () => {
    const r = setAnswer(startAgain(recordWith({ a: 1 }), FUTURE), 'b', { value: 4 }, '2025-01-01T12:00:01.000Z');
    const capped = capTimes(r, NOW);
    expect(Date.parse(capped.resetAt!)).toBeLessThan(Date.parse(capped.answers.b!.at));
    expect(capTimes(recordWith({ a: 1 }), NOW)).toEqual(recordWith({ a: 1 }));
  });
});

describe('storage: all or nothing, and clearing everything', () => {
  it('saves several records, or none when one write fails', () => {
    const { fake, storage } = setup();
    const old = JSON.stringify({ ...recordWith({ a: 1 }), instrument: 'p' });
    fake.map.set(recordKey('p'), old);
    const records = ['p', 'q', 'r'].map((id) => ({ ...recordWith({ a: 3 }), instrument: id }));
    // Room to replace p and add q, not r as well.
    fake.quota = fake.used + (recordKey('q').length + JSON.stringify(records[1]).length) + 10;
    expect(storage.saveAll(records, { replace: true }).fault).toEqual({ kind: 'full' });
    fake.quota = Infinity;
    expect(fake.map.get(recordKey('p'))).toBe(old);
    expect(fake.map.has(recordKey('q'))).toBe(false);
    expect(storage.saveAll(records, { replace: true }).fault).toBeNull();
    expect(storage.instruments().sort()).toEqual(['p', 'q', 'r']);
  });

  it('removes every qi-hub key, the backup and kept-aside copies included, and nothing else', () => {
    const { fake, storage } = setup();
    storage.save(recordWith({ a: 1 }));
    fake.map.set(recordKey('y'), 'garbage');
    storage.load('y');
    storage.writeBackup('{}');
    fake.map.set('someone-else', 'keep');
    expect(storage.clearAll()).toEqual({ ok: true, left: [] });
    expect([...fake.map.keys()]).toEqual(['someone-else']);
    expect(storage.readBackup()).toBeNull();
  });
});
