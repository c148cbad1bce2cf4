import { describe, expect, it } from 'vitest';
import { readCsv, writeCsv } from '../../../../src/site/lib/csv';
import { buildExport, CSV_COLUMNS, exportCsv, exportFilename, exportJson } from '../../../../src/assessments/transfer/export';
import { checkImport } from '../../../../src/assessments/transfer/import';
import { exportFileSchema } from '../../../../src/schemas/export';
import { catalogue, rating, richRecord } from '../../fixtures/instruments';

const NOW = '2025-03-02T08:00:00.000Z';

describe('JSON export', () => {
  it('is versioned, names its format and lists the instrument’s item ids', () => {
    const file = buildExport([richRecord()], catalogue, NOW);
    expect(file).toMatchObject({ format: 'qi-hub-answers', version: 1, exportedAt: NOW });
    expect(file.instruments[0]).toMatchObject({ id: 'readiness', title: 'Readiness to innovate', items: ['open', 'ideas', 'learn'] });
    expect(exportFileSchema.safeParse(file).success).toBe(true);
  });

  it('round-trips exactly through import: Welsh letters, emoji, line breaks, formula-like notes, snapshots, times', () => {
    const record = richRecord();
    const checked = checkImport(exportJson([record], catalogue, NOW), catalogue);
    expect(checked.ok).toBe(true);
    if (checked.ok) expect(checked.instruments[0]!.record).toEqual(record);
  });
});

describe('CSV export', () => {
  const text = exportCsv([richRecord()], catalogue, writeCsv);

  it('writes one row per item and snapshot under a fixed header', () => {
    const csv = readCsv(text);
    expect(csv.ok).toBe(true);
    if (!csv.ok) return;
    expect(csv.header).toEqual([...CSV_COLUMNS]);
    // 3 items × (current + 2 snapshots)
    expect(csv.rows).toHaveLength(9);
    const row = (i: number) => Object.fromEntries(CSV_COLUMNS.map((c, j) => [c, csv.rows[i]![j]]));
    expect(row(0)).toMatchObject({ snapshot_label: 'Current answers', item_id: 'open', value: '3', value_label: '3', section: 'Your readiness' });
    expect(row(3)).toMatchObject({ snapshot_id: 'snap-a1', snapshot_label: 'Baseline', item_id: 'open', value: '1', note: '-starts with minus' });
  });

  it('opens cleanly in Excel: BOM, CRLF, no cell starting with a formula character', () => {
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.replace(/"[^"]*"/g, '')).not.toMatch(/[^\r]\n/);
    expect(text).not.toMatch(/(^|,)"[=+\-@\t\r]/m);
    expect(text).toContain(`"'=SUM(A1:A9)"`);
  });

  it('imports back to the same answers, notes and snapshots', () => {
    const checked = checkImport(text, catalogue, readCsv);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    const { record } = checked.instruments[0]!;
    const original = richRecord();
    expect(record.answers).toEqual(original.answers);
    expect(record.snapshots).toEqual(original.snapshots);
    expect(record.updatedAt).toBe(original.updatedAt);
  });

  it('names files by what and when', () => {
    expect(exportFilename('readiness', 'csv', new Date(NOW))).toBe('qi-hub-readiness-2025-03-02.csv');
    expect(rating.id).toBe('readiness');
  });
});

describe('times in an export', () => {
  it('are never later than the time the file is made, so it can be imported again', () => {
    const r = richRecord();
    r.answers.open!.at = '2030-01-01T00:00:00.000Z';
    const file = JSON.parse(exportJson([r], catalogue, '2025-03-02T08:00:00.000Z'));
    expect(file.instruments[0].record.answers.open.at).toBe('2025-03-02T08:00:00.000Z');
    expect(exportCsv([r], catalogue, writeCsv, Date.parse('2025-03-02T08:00:00.000Z'))).not.toContain('2030');
  });
});
