/** Import of a CSV file made by export (columns found by name). */
import type { Instrument } from '../instrument';
import {
  answerRecordSchema,
  ID_PATTERN,
  MAX_LABEL_LENGTH,
  MAX_NOTE_LENGTH,
  RECORD_VERSION,
  type AnswerRecord,
  type FrozenAnswer,
  type Snapshot,
  type StoredAnswer,
} from '../../schemas/answers';
import { CSV_COLUMNS, type CsvColumn } from './export';
import { capped, describeRecordIssue } from './import-issues';
import { checkRecords, fail, FORBIDDEN_KEYS, type CheckedImport } from './import-records';

export type CsvReader = (text: string) => { ok: true; header: string[]; rows: string[][] } | { ok: false; error: string };

export function looksLikeOurCsv(text: string): boolean {
  const firstLine = (text.split(/\r?\n/, 1)[0] ?? '').toLowerCase();
  return ['instrument', 'item_id', 'value'].every((c) => firstLine.includes(c));
}

const isIso = (s: string) => answerRecordSchema.shape.updatedAt.safeParse(s).success;

export function checkCsv(text: string, catalogue: readonly Instrument[], readCsv: CsvReader, now = Date.now()): CheckedImport {
  const csv = readCsv(text);
  if (!csv.ok) return fail(csv.error);
  const col = new Map(csv.header.map((h, i) => [h.toLowerCase(), i]));
  const missing = (['instrument', 'snapshot_id', 'snapshot_label', 'snapshot_taken_at', 'item_id', 'value', 'note', 'answered_at'] as const).filter((c) => !col.has(c));
  if (missing.length) return fail(`The CSV file is missing columns QI Hub writes: ${missing.join(', ')}.`);
  const unknownCols = csv.header.filter((h) => h !== '' && !(CSV_COLUMNS as readonly string[]).includes(h.toLowerCase()));
  if (unknownCols.length) return fail(`The CSV file has columns QI Hub does not write: ${unknownCols.slice(0, 5).join(', ')}.`);
  const cell = (row: string[], c: CsvColumn) => row[col.get(c) ?? -1] ?? '';

  const errors: string[] = [];
  type Building = { answers: Record<string, StoredAnswer>; snapshots: Map<string, Snapshot>; times: number[] };
  const records = new Map<string, Building>();
  csv.rows.forEach((row, i) => {
    const line = i + 2;
    if (errors.length >= 5) return;
    const instrument = cell(row, 'instrument').trim();
    const item = cell(row, 'item_id').trim();
    if (!ID_PATTERN.test(instrument) || !ID_PATTERN.test(item)) {
      errors.push(`Row ${line}: the instrument or item id is missing or not as QI Hub writes it.`);
      return;
    }
    if (FORBIDDEN_KEYS.has(item) || FORBIDDEN_KEYS.has(instrument)) return void errors.push(`Row ${line}: an id QI Hub never writes.`);
    const rawValue = cell(row, 'value').trim();
    const note = cell(row, 'note');
    let value: number | undefined;
    if (rawValue !== '') {
      if (!/^-?\d+$/.test(rawValue)) return void errors.push(`Row ${line}: the value “${rawValue.slice(0, 20)}” is not a whole number.`);
      value = Number(rawValue);
    }
    if (note.length > MAX_NOTE_LENGTH) return void errors.push(`Row ${line}: the note is longer than ${MAX_NOTE_LENGTH} characters.`);
    const rec: Building = records.get(instrument) ?? { answers: {}, snapshots: new Map(), times: [] };
    records.set(instrument, rec);
    const snapshotId = cell(row, 'snapshot_id').trim();
    if (snapshotId === '') {
      const at = cell(row, 'answered_at').trim();
      if (at === '') {
        if (value !== undefined || note !== '') errors.push(`Row ${line}: an answer without an answered_at time.`);
        return;
      }
      if (!isIso(at)) return void errors.push(`Row ${line}: answered_at “${at.slice(0, 30)}” is not a date and time QI Hub writes.`);
      if (rec.answers[item]) return void errors.push(`Row ${line}: a second current answer for “${item}”.`);
      const a: StoredAnswer = { at };
      if (value !== undefined) a.value = value;
      if (note !== '') a.note = note;
      rec.answers[item] = a;
      rec.times.push(Date.parse(at));
      return;
    }
    const label = cell(row, 'snapshot_label');
    const takenAt = cell(row, 'snapshot_taken_at').trim();
    if (snapshotId.length > 40 || label === '' || label.length > MAX_LABEL_LENGTH) {
      return void errors.push(`Row ${line}: the snapshot id or name is not as QI Hub writes it.`);
    }
    if (!isIso(takenAt)) return void errors.push(`Row ${line}: snapshot_taken_at “${takenAt.slice(0, 30)}” is not a date and time QI Hub writes.`);
    let snap = rec.snapshots.get(snapshotId);
    if (!snap) {
      snap = { id: snapshotId, label, takenAt, answers: {} };
      rec.snapshots.set(snapshotId, snap);
      rec.times.push(Date.parse(takenAt));
    } else if (snap.label !== label || snap.takenAt !== takenAt) {
      return void errors.push(`Row ${line}: snapshot “${snapshotId}” has a different name or date than on an earlier row.`);
    }
    if (value === undefined && note === '') return;
    if (snap.answers[item]) return void errors.push(`Row ${line}: a second answer for “${item}” in snapshot “${label}”.`);
    const f: FrozenAnswer = {};
    if (value !== undefined) f.value = value;
    if (note !== '') f.note = note;
    snap.answers[item] = f;
  });
  if (errors.length) return { ok: false, errors };
  const built: AnswerRecord[] = [];
  for (const [instrument, rec] of records) {
    const latest = rec.times.length ? Math.max(...rec.times) : Date.now();
    const candidate = {
      v: RECORD_VERSION,
      instrument,
      updatedAt: new Date(latest).toISOString(),
      answers: rec.answers,
      snapshots: [...rec.snapshots.values()].sort((a, b) => Date.parse(a.takenAt) - Date.parse(b.takenAt)),
    };
    const result = answerRecordSchema.safeParse(candidate);
    if (!result.success) {
      const known = catalogue.find((i) => i.id === instrument);
      return fail(...capped(result.error.issues.map((i) => describeRecordIssue(i, i.path, candidate, known?.title ?? `The checklist “${instrument}”`, known))));
    }
    built.push(result.data);
  }
  return checkRecords('csv', built, catalogue, now);
}
