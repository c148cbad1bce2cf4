import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { InstrumentState } from '../../../../src/assessments/record/assessment-store';
import type { StorageFault } from '../../../../src/assessments/record/storage/types';
import { statusAttribute, statusKind, withTime, type StatusKind } from '../../../../src/assessments/record/storage-messages';
import { NOTE_CHANGED, STATUS_WORDS, statusLine, statusWordsAttributes } from '../../../../src/assessments/record/status-words';

const state = (over: Partial<InstrumentState>): InstrumentState =>
  ({ record: { answers: {}, snapshots: [] }, loaded: true, readOnly: false, savedAt: null, faults: [], ...over }) as unknown as InstrumentState;

const KINDS = Object.keys(STATUS_WORDS) as StatusKind[];

describe('the status line', () => {
  it('has the words the page showed before they moved into its HTML, for each state', () => {
    const at = new Date(2026, 0, 5, 9, 7).toISOString();
    expect(statusLine(state({}))).toBe('Your answers are saved in this browser as you choose them.');
    expect(statusLine(state({ savedAt: at }))).toBe('Saved in this browser at 09:07.');
    expect(statusLine(state({ faults: [{ kind: 'full' }] }))).toBe('Not saved in this browser. Your answers are kept on this page until you close it.');
    expect(statusLine(state({ faults: [{ kind: 'cleared' }] }))).toBe(
      'Not saved: your answers were removed from this browser. They are still on this page.',
    );
    expect(statusLine(state({ faults: [{ kind: 'not-json', keptAs: null }] }))).toMatch(/^Not saved: a damaged record is stored/);
    // Kept aside, a damaged record is no longer in the way.
    expect(statusLine(state({ faults: [{ kind: 'not-json', keptAs: 'k' }], savedAt: at }))).toBe('Saved in this browser at 09:07.');
    expect(statusLine(state({ readOnly: true, faults: [{ kind: 'blocked' }] }))).toMatch(/^Not saved: a newer version of QI Hub/);
  });

  it('gives every state one of the lines, with no {time} left in it', () => {
    const fault: fc.Arbitrary<StorageFault> = fc.oneof(
      fc.constantFrom<StorageFault>({ kind: 'blocked' }, { kind: 'full' }, { kind: 'write-failed' }, { kind: 'cleared' }, { kind: 'migrated', from: 1 }),
      fc.record({ kind: fc.constant('not-json' as const), keptAs: fc.option(fc.constant('kept'), { nil: null }) }),
    );
    fc.assert(
      fc.property(fc.boolean(), fc.option(fc.date({ noInvalidDate: true }), { nil: null }), fc.array(fault, { maxLength: 4 }), (readOnly, date, faults) => {
        const s = state({ readOnly, faults, savedAt: date && date.toISOString() });
        expect(KINDS).toContain(statusKind(s));
        expect(statusLine(s)).not.toMatch(/\{time\}|^$/);
      }),
    );
  });

  it('puts every line, and the changed-note message, on the page under the attribute the script reads', () => {
    const attributes = statusWordsAttributes();
    for (const kind of KINDS) expect(attributes[statusAttribute(kind)]).toBe(STATUS_WORDS[kind]);
    expect(attributes[statusAttribute('note-changed')]).toBe(NOTE_CHANGED);
    expect(Object.keys(attributes)).toHaveLength(KINDS.length + 1);
    for (const name of Object.keys(attributes)) expect(name).toMatch(/^data-[a-z-]+$/);
  });

  it('fills in the time only where a line has a place for it', () => {
    expect(withTime('Saved at {time}.', null)).toBe('Saved at {time}.');
    expect(withTime('No time here.', new Date().toISOString())).toBe('No time here.');
    expect(STATUS_WORDS['saved-at']).toContain('{time}');
  });
});
