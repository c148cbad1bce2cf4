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

/** A date and time as a spreadsheet may rewrite QI Hub's: "02/12/2026 10:58" (day first, as in the UK) or "2026-12-02 10:58", seconds optional, on a 24-hour or 12-hour clock. */
const SPREADSHEET_TIME = /^(?:(\d{1,2})\/(\d{1,2})\/(\d{4})|(\d{4})-(\d{2})-(\d{2}))[ T](\d{1,2}):(\d{2})(?::(\d{2}))?(?: ?([AP]M))?$/i;

/**
 * A time column's cell as QI Hub stores times, or null. QI Hub writes UTC
 * times such as 2026-12-02T10:58:00.000Z. Excel, opening the file, may turn
 * one into a date it then saves as it displays it ("02/12/2026 10:58"),
 * dropping the "Z" and the seconds: that is read back as the same UTC clock
 * time, so a file saved from Excel still imports.
 */
export function csvTime(cell: string): string | null {
  if (isIso(cell)) return cell;
  const m = SPREADSHEET_TIME.exec(cell);
  if (!m) return null;
  const [day, month, year] = m[1] ? [m[1], m[2], m[3]] : [m[6], m[5], m[4]];
  // A 12-hour clock ("11:44 AM", "12:05 PM"), as Excel writes times with some settings.
  const half = m[10]?.toUpperCase();
  if (half && (Number(m[7]) < 1 || Number(m[7]) > 12)) return null;
  const hour = half ? (Number(m[7]) % 12) + (half === 'PM' ? 12 : 0) : Number(m[7]);
  const parts = [Number(year), Number(month) - 1, Number(day), hour, Number(m[8]), Number(m[9] ?? 0)] as const;
  const time = new Date(Date.UTC(...parts));
  // 31/02 or 25:00 roll over into another date: refused, not moved.
  const same = time.getUTCFullYear() === parts[0] && time.getUTCMonth() === parts[1] && time.getUTCDate() === parts[2] && time.getUTCHours() === parts[3] && time.getUTCMinutes() === parts[4] && time.getUTCSeconds() === parts[5];
  return same ? time.toISOString() : null;
}

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
  // Whether any time was one a spreadsheet rewrote ("02/12/2026 10:58"): the preview then says how it was read.
  let rewritten = false;
  type Building = { answers: Record<string, StoredAnswer>; snapshots: Map<string, Snapshot>; times: number[] };
  const records = new Map<string, Building>();
  csv.rows.forEach((row, i) => {
    const line = i + 2;
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
      const written = cell(row, 'answered_at').trim();
      if (written === '') {
        if (value !== undefined || note !== '') errors.push(`Row ${line}: an answer without an answered_at time.`);
        return;
      }
      const at = csvTime(written);
      if (!at) return void errors.push(timeProblem(line, 'answered_at', written));
      rewritten ||= at !== written;
      if (rec.answers[item]) return void errors.push(`Row ${line}: a second current answer for “${item}”.`);
      const a: StoredAnswer = { at };
      if (value !== undefined) a.value = value;
      if (note !== '') a.note = note;
      rec.answers[item] = a;
      rec.times.push(Date.parse(at));
      return;
    }
    const label = cell(row, 'snapshot_label');
    const takenWritten = cell(row, 'snapshot_taken_at').trim();
    if (snapshotId.length > 40 || label === '' || label.length > MAX_LABEL_LENGTH) {
      return void errors.push(`Row ${line}: the snapshot id or name is not as QI Hub writes it.`);
    }
    const takenAt = csvTime(takenWritten);
    if (!takenAt) return void errors.push(timeProblem(line, 'snapshot_taken_at', takenWritten));
    rewritten ||= takenAt !== takenWritten;
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
  if (errors.length) return { ok: false, errors: capped(errors) };
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
  const checked = checkRecords('csv', built, catalogue, now);
  return checked.ok && rewritten ? { ...checked, warnings: [SPREADSHEET_TIMES, ...checked.warnings] } : checked;
}

/** Said in the preview when a spreadsheet rewrote the file's times: a US file whose days are all 12 or less reads as valid UK dates. */
export const SPREADSHEET_TIMES =
  'A spreadsheet rewrote the times in this file (for example as “02/12/2026 10:58”). They were read day first, as in the UK, to the minute. If the file has US dates (month first), cancel and import the file as QI Hub downloaded it.';

/** Why a time column's cell was refused, naming a US date (month first) as one. */
function timeProblem(line: number, column: string, written: string): string {
  const m = SPREADSHEET_TIME.exec(written);
  if (m?.[1] && Number(m[2]) > 12 && Number(m[1]) <= 12) {
    return `Row ${line}: ${column} “${written}” has the month first, as US dates do. QI Hub reads such dates day first, as in the UK: import the file as QI Hub downloaded it, or save it with dates as day/month/year.`;
  }
  return `Row ${line}: ${column} “${written.slice(0, 30)}” is not a date and time QI Hub can read.`;
}
