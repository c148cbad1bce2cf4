/**
 * How an open instrument takes another tab's change (other-tab-change.ts) and
 * the fault list it keeps (fault-list.ts).
 */
import { describe, expect, it } from 'vitest';
import { setAnswer } from '../../../../src/assessments/record/answer-record';
import type { InstrumentState } from '../../../../src/assessments/record/assessment-store';
import { CLEARED_BY_SAVE, inPlace, withFault } from '../../../../src/assessments/record/fault-list';
import { takeOtherTabChange } from '../../../../src/assessments/record/other-tab-change';
import { emptyRecord } from '../../../../src/schemas/answers';

const T0 = '2026-01-01T10:00:00.000Z';
const T1 = '2026-01-01T11:00:00.000Z';
const state = (over: Partial<InstrumentState> = {}): InstrumentState => ({
  record: emptyRecord('readiness', T0),
  loaded: true,
  readOnly: false,
  savedAt: T0,
  faults: [],
  ...over,
});

describe('withFault', () => {
  it('keeps one fault of each kind, newest last', () => {
    const faults = withFault([{ kind: 'full' }, { kind: 'cleared' }], { kind: 'full' });
    expect(faults).toEqual([{ kind: 'cleared' }, { kind: 'full' }]);
  });
  it('removes the kinds a save proves are over', () => {
    const faults = withFault([{ kind: 'full' }, { kind: 'migrated', from: 0 }, { kind: 'cleared' }], null, CLEARED_BY_SAVE);
    expect(faults).toEqual([{ kind: 'migrated', from: 0 }]);
  });
  it('tells a damaged record left in place from one copied aside', () => {
    expect(inPlace({ kind: 'not-json', keptAs: null })).toBe(true);
    expect(inPlace({ kind: 'not-json', keptAs: 'qi-hub:kept-aside:x' })).toBe(false);
    expect(inPlace({ kind: 'full' })).toBe(false);
  });
});

describe('takeOtherTabChange', () => {
  it('keeps the answers in memory when another tab clears them, and says so', () => {
    const mine = setAnswer(emptyRecord('readiness', T0), 'open', { value: 2 }, T1);
    const { state: next, writeBack } = takeOtherTabChange(state({ record: mine }), { kind: 'cleared', instrument: 'readiness' });
    expect(next.record).toBe(mine);
    expect(next.savedAt).toBeNull();
    expect(next.faults).toEqual([{ kind: 'cleared' }]);
    expect(writeBack).toBe(false);
  });
  it('turns read-only when another tab stored a newer version', () => {
    const { state: next, writeBack } = takeOtherTabChange(state(), { kind: 'newer-version', instrument: 'readiness', version: 2 });
    expect(next.readOnly).toBe(true);
    expect(next.faults).toEqual([{ kind: 'newer-version', version: 2 }]);
    expect(writeBack).toBe(false);
  });
  it('merges a changed record and writes back only what the other tab lacked', () => {
    const theirs = setAnswer(emptyRecord('readiness', T0), 'open', { value: 1 }, T1);
    const same = takeOtherTabChange(state({ faults: [{ kind: 'cleared' }] }), { kind: 'changed', instrument: 'readiness', record: theirs });
    expect(same.state.record.answers['open']?.value).toBe(1);
    expect(same.state.faults).toEqual([]);
    expect(same.writeBack).toBe(false);

    const mine = setAnswer(emptyRecord('readiness', T0), 'clear', { value: 3 }, T1);
    const more = takeOtherTabChange(state({ record: mine }), { kind: 'changed', instrument: 'readiness', record: theirs });
    expect(Object.keys(more.state.record.answers).sort()).toEqual(['clear', 'open']);
    expect(more.writeBack).toBe(true);
    expect(takeOtherTabChange(state({ record: mine, readOnly: true }), { kind: 'changed', instrument: 'readiness', record: theirs }).writeBack).toBe(false);
  });
});
