import type { Instrument } from '../../../src/assessments/instrument';
import { describe, expect, it } from 'vitest';
import { exportCsv, exportJson } from '../../../src/assessments/transfer/export';
import { checkImport } from '../../../src/assessments/transfer/import';
import { readCsv, writeCsv } from '../../../src/site/lib/csv';
import { participantFromRecord } from '../../../src/assessments/team';
import type { AnswerRecord } from '../../../src/schemas/answers';

/** Shaped like content/assessments/system-appraisal.yaml: struggled over = 1, easy = 3; 0 and 2 were on the old scale. */
const appraisal = {
  id: 'system-appraisal',
  title: 'System appraisal',
  scale: { type: 'easy-or-hard', points: [{ value: 1, label: 'Struggled over' }, { value: 3, label: 'Easy to answer' }] },
  sections: [{ id: 'questions', title: 'Questions', items: [
    { id: 'goals-for-improvement', text: 'Do we have clear goals for improvement?' },
    { id: 'improvement-teams', text: 'Do we have improvement teams?' },
    { id: 'strategic-projects', text: 'Are our projects strategic?' },
  ] }],
} as Instrument;
const at = '2025-03-01T10:20:00.000Z';
const record = {
  v: 1, instrument: 'system-appraisal', updatedAt: at, snapshots: [],
  answers: { 'goals-for-improvement': { value: 0, at }, 'improvement-teams': { value: 3, at }, 'strategic-projects': { value: 2, at } },
} as AnswerRecord;
const now = Date.parse('2026-01-01');

describe('a team member’s file with answers from the old system appraisal scale', () => {
  it.each([
    ['JSON', exportJson([record], [appraisal], at)],
    ['CSV', exportCsv([record], [appraisal], writeCsv, now)],
  ])('keeps the valid answers from %s and names the skipped ones by number and text, not by internal id', (_, text) => {
    const checked = checkImport(text, [appraisal], readCsv, now);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    const person = participantFromRecord(checked.instruments[0]!.record, 'file.json');
    expect(person?.values).toEqual({ 'improvement-teams': 3 });
    const said = checked.warnings.join(' ');
    expect(said).toContain('question 1 (0): “Do we have clear goals for improvement?”');
    expect(said).toContain('question 3 (2): “Are our projects strategic?”');
    expect(said).not.toContain('goals-for-improvement');
  });
});
