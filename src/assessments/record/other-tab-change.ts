/** How an open instrument takes a change another tab made to its stored record (pure). */
import { mergeRecords } from './answer-record';
import type { AnswerRecord } from '../../schemas/answers-core';
import type { InstrumentState } from './assessment-store';
import { withFault } from './fault-list';
import type { OtherTabChange } from './storage';

/**
 * The instrument's state after the change, and whether this tab must write its
 * record back (it held something the other tab did not: the exchange then ends).
 */
export function takeOtherTabChange(
  s: InstrumentState,
  change: Exclude<OtherTabChange, { kind: 'backup' }>,
): { state: InstrumentState; writeBack: boolean } {
  if (change.kind === 'cleared') {
    // Memory keeps the answers; the person chooses whether to save them again.
    return { state: { ...s, savedAt: null, faults: withFault(s.faults, { kind: 'cleared' }) }, writeBack: false };
  }
  if (change.kind === 'newer-version') {
    return { state: { ...s, readOnly: true, faults: withFault(s.faults, { kind: 'newer-version', version: change.version }) }, writeBack: false };
  }
  const merged = mergeRecords(s.record, change.record);
  return {
    state: { ...s, record: merged, faults: withFault(s.faults, null, ['cleared']) },
    writeBack: !s.readOnly && !sameRecord(merged, change.record),
  };
}

/** Whether two records hold the same data (used to skip pointless writes). */
export function sameRecord(a: AnswerRecord, b: AnswerRecord): boolean {
  return canonical(a) === canonical(b);
}

/** JSON with object keys sorted, so key order never makes two equal records differ. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
      : v,
  );
}
