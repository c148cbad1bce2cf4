import { describe, expect, it } from 'vitest';
import { setAnswer } from '../../../../src/assessments/record/answer-record';
import { takeSnapshot } from '../../../../src/assessments/record/actions/record-resets';
import { exportJson } from '../../../../src/assessments/transfer/export';
import { importTime, planInstrument } from '../../../../src/assessments/transfer/import-plan';
import { backupRecords, describeLoss, describeUndo, planUndo } from '../../../../src/assessments/transfer/undo-import';
import { emptyRecord, type AnswerRecord } from '../../../../src/schemas/answers';
import { catalogue } from '../../fixtures/instruments';

const T = (m: number) => new Date(Date.UTC(2025, 2, 1, 10, m)).toISOString();
const IMPORTED_AT = T(10);
const withValues = (values: Record<string, number>, at: string, r: AnswerRecord = emptyRecord('readiness', T(0))) =>
  Object.entries(values).reduce((rec, [k, v]) => setAnswer(rec, k, { value: v }, at), r);

describe('undoing an import', () => {
  const before = withValues({ open: 5, ideas: 5 }, T(1));
  const imported = withValues({ open: 1, ideas: 1 }, T(10), before);

  it('says what goes back, and loses nothing when nothing changed since the import', () => {
    const plan = planUndo([before], IMPORTED_AT, () => imported, catalogue, new Date(T(20)));
    expect(plan.nothing).toBe(false);
    const [i] = plan.instruments;
    expect(describeUndo(i!)).toBe('2 answers go back to what they were before the import.');
    expect(describeLoss(i!)).toBe('');
    expect(i!.result.answers.open!.value).toBe(5);
  });

  it('names the questions answered after the import, and the snapshots saved since, as lost', () => {
    const later = takeSnapshot(withValues({ learn: 2 }, T(15), imported), 'Follow-up', T(16), 's2');
    const [i] = planUndo([before], IMPORTED_AT, () => later, catalogue, new Date(T(20))).instruments;
    expect(describeUndo(i!)).toBe('2 answers go back to what they were before the import, 1 answer is removed, 1 snapshot is removed.');
    expect(describeLoss(i!)).toBe('You changed these after the import and will lose them: your answer to question 3 and the snapshot “Follow-up”.');
    expect(i!.result.answers.learn).toBeUndefined();
  });

  it('has nothing to do when the answers are already as before, and stamps after everything the record holds', () => {
    expect(planUndo([before], IMPORTED_AT, () => before, catalogue).nothing).toBe(true);
    // The clock was put back since: the restored record still comes after the imported one.
    const plan = planUndo([before], IMPORTED_AT, () => imported, catalogue, new Date(T(0)));
    expect(Date.parse(plan.instruments[0]!.result.resetAt!)).toBeGreaterThan(Date.parse(T(10)));
  });

  it('reads its backup even when its times are later than this computer’s clock', () => {
    const text = exportJson([withValues({ open: 2 }, '2099-01-01T00:00:00.000Z')], catalogue, IMPORTED_AT);
    expect(backupRecords(text, catalogue)).toMatchObject({ importedAt: IMPORTED_AT, records: [{ instrument: 'readiness' }] });
    expect(backupRecords('{"not":"a backup"}', catalogue)).toBeNull();
  });

  it('does not count answers imported with times a few minutes ahead as changed after the import', () => {
    // A file from a computer whose clock was 3 minutes fast, imported into a browser with nothing stored.
    const file = withValues({ open: 1, ideas: 1 }, new Date(Date.parse(T(10)) + 3 * 60_000).toISOString());
    const plan = planInstrument({ id: 'readiness', title: 'Readiness', record: file, unknownItems: [] }, undefined, new Date(T(10)));
    const at = importTime([plan.result], Date.parse(T(10)));
    const [i] = planUndo([emptyRecord('readiness', T(0))], at, () => plan.result, catalogue, new Date(T(11))).instruments;
    expect(i!.removed).toBe(2);
    expect(describeLoss(i!)).toBe('');
    // What the person does next still counts as a change after the import.
    const later = withValues({ learn: 2 }, T(12), plan.result);
    expect(planUndo([emptyRecord('readiness', T(0))], at, () => later, catalogue, new Date(T(13))).instruments[0]!.lostQuestions).toEqual([3]);
  });
});
