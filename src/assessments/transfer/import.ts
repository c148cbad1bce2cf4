/**
 * Checks an import file completely before anything is written, and plans what
 * the import will change so the person can see it and confirm.
 *
 * Order of checks: size (before reading), empty, binary or not UTF-8, then
 * JSON (our export format, with no `__proto__`-style or unknown keys) or CSV
 * made by export (columns found by name; BOM, CRLF, semicolons and quoted
 * commas all read). Then, per instrument: known to this site, item ids the
 * instrument still has, values on its scale now (answers to retired items
 * and values a changed scale no longer has are reported and left out, so an
 * old backup still brings back everything else). Any error refuses the whole
 * file: nothing is half-imported.
 */
import {
  answerRecordSchema,
  FUTURE_ALLOWANCE_MS,
  ID_PATTERN,
  MAX_LABEL_LENGTH,
  MAX_NOTE_LENGTH,
  RECORD_VERSION,
  type AnswerRecord,
  type FrozenAnswer,
  type Snapshot,
  type StoredAnswer,
} from '../../schemas/answers';
import { EXPORT_FORMAT, EXPORT_VERSION, exportFileSchema, exportHeaderSchema } from '../../schemas/export';
import { byId, itemIds, type InstrumentInfo } from '../catalogue';
import { CSV_COLUMNS, type CsvColumn } from './export';

/** Files larger than this are refused before they are read. Real exports are a few tens of KB. */
export const MAX_IMPORT_BYTES = 1_000_000;

export interface ImportedInstrument {
  id: string;
  title: string;
  record: AnswerRecord;
  /** Item ids in the file that the instrument does not have now: reported, left out. */
  unknownItems: string[];
}

export type CheckedImport =
  | { ok: true; kind: 'json' | 'csv'; instruments: ImportedInstrument[]; warnings: string[] }
  | { ok: false; errors: string[] };

const fail = (...errors: string[]): CheckedImport => ({ ok: false, errors });

/** Checked before the file is read. */
export function checkSize(bytes: number): string | null {
  if (bytes === 0) return 'The file is empty.';
  if (bytes > MAX_IMPORT_BYTES) return `The file is too large (${Math.ceil(bytes / 1000).toLocaleString('en-GB')} KB). An export from QI Hub is much smaller than 1,000 KB. Choose a file you downloaded from QI Hub.`;
  return null;
}

/** The file's text, or why it cannot be read as text. */
export function decodeText(bytes: Uint8Array): { ok: true; text: string } | { ok: false; error: string } {
  if (bytes.length === 0) return { ok: false, error: 'The file is empty.' };
  if (bytes.includes(0)) return { ok: false, error: 'The file is not a text file. Choose a JSON or CSV file you downloaded from QI Hub.' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, error: 'The file is not a text file in UTF-8. Choose a JSON or CSV file you downloaded from QI Hub.' };
  }
  if (text.replace(/^\uFEFF/, '').trim() === '') return { ok: false, error: 'The file is empty.' };
  return { ok: true, text };
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Parses JSON, refusing keys that could reach an object's prototype if code ever merged the data naively. */
function parseJson(text: string): { ok: true; value: unknown } | { ok: false; error: string } {
  let forbidden: string | undefined;
  let value: unknown;
  try {
    value = JSON.parse(text, (key, v) => {
      if (FORBIDDEN_KEYS.has(key)) forbidden ??= key;
      return v;
    });
  } catch {
    return { ok: false, error: 'The file is not valid JSON. Choose a file you downloaded from QI Hub, without changes.' };
  }
  if (forbidden) return { ok: false, error: `The file contains the key "${forbidden}", which QI Hub never writes. Nothing was imported.` };
  return { ok: true, value };
}

/**
 * Paths of keys in `input` that validation dropped from `output` (zod objects
 * strip unknown keys): an export QI Hub wrote never has any.
 */
export function unknownKeys(input: unknown, output: unknown, path = ''): string[] {
  if (Array.isArray(input) && Array.isArray(output)) return input.flatMap((v, i) => unknownKeys(v, output[i], `${path}[${i}]`));
  if (!input || typeof input !== 'object' || !output || typeof output !== 'object') return [];
  const out = output as Record<string, unknown>;
  return Object.keys(input).flatMap((k) =>
    Object.hasOwn(out, k) ? unknownKeys((input as Record<string, unknown>)[k], out[k], path ? `${path}.${k}` : k) : [path ? `${path}.${k}` : k],
  );
}

interface Issue {
  path: PropertyKey[];
  code?: string;
  expected?: string;
  message: string;
}

/** zod/mini ships no messages (to stay small), so say in words what each issue means. */
function describeIssue(i: Issue): string {
  const where = i.path.map(String).join('.') || 'file';
  const what =
    i.code === 'invalid_type' ? `should be ${i.expected === 'int' ? 'a whole number' : `a ${i.expected ?? 'different type'}`}`
    : i.code === 'invalid_format' ? 'is not in the format QI Hub writes (dates and times are ISO 8601)'
    : i.code === 'too_big' ? 'is too long'
    : i.code === 'too_small' ? 'is too short or empty'
    : i.code === 'invalid_value' ? 'is not a value QI Hub writes'
    : i.code === 'invalid_key' ? 'has a key QI Hub never writes'
    : 'is not as QI Hub writes it';
  return `${where} ${what}.`;
}

const describeIssues = (issues: readonly Issue[]) => issues.slice(0, 5).map(describeIssue);

/** Checks a file's text (JSON or CSV made by export) against the instruments this site has. */
export function checkImport(text: string, catalogue: readonly InstrumentInfo[], readCsv?: CsvReader, now = Date.now()): CheckedImport {
  const body = text.replace(/^\uFEFF/, '');
  const first = body.trimStart()[0];
  if (first === '{' || first === '[') return checkJson(body, catalogue, now);
  if (readCsv && looksLikeOurCsv(body)) return checkCsv(body, catalogue, readCsv, now);
  if (first === '"' || /^[a-z_]+[,;\t]/i.test(body.trimStart())) {
    return fail('The file looks like CSV, but not one made by QI Hub: its first row must name the columns QI Hub writes (instrument, item_id, value, note…).');
  }
  return fail('The file is not valid JSON. Choose a file you downloaded from QI Hub, without changes.');
}

export function checkJson(text: string, catalogue: readonly InstrumentInfo[], now = Date.now()): CheckedImport {
  const parsed = parseJson(text);
  if (!parsed.ok) return fail(parsed.error);
  const header = exportHeaderSchema.safeParse(parsed.value);
  if (!header.success || header.data.format !== EXPORT_FORMAT) {
    return fail('The file is JSON, but not an export from QI Hub. Choose a file you downloaded with "Download as JSON".');
  }
  if (header.data.version > EXPORT_VERSION) {
    return fail(`The file was made by a newer version of QI Hub (format ${header.data.version}). This site reads format ${EXPORT_VERSION}. Nothing was imported.`);
  }
  const result = exportFileSchema.safeParse(parsed.value);
  if (!result.success) {
    return fail('The file is a QI Hub export, but parts of it are not as QI Hub writes them:', ...describeIssues(result.error.issues));
  }
  const extra = unknownKeys(parsed.value, result.data);
  if (extra.length) {
    return fail(`The file has fields QI Hub does not write: ${extra.slice(0, 5).join(', ')}. Nothing was imported.`);
  }
  return checkRecords(
    'json',
    result.data.instruments.map((i) => i.record),
    catalogue,
    now,
  );
}

/** The latest time anywhere in a record, as text, if it is later than `limit`. */
function futureTime(record: AnswerRecord, limit: number): string | undefined {
  const times = [record.updatedAt, record.resetAt, ...Object.values(record.answers).map((a) => a.at), ...record.snapshots.map((s) => s.takenAt)];
  let latest: string | undefined;
  for (const t of times) if (t !== undefined && Date.parse(t) > limit && (!latest || Date.parse(t) > Date.parse(latest))) latest = t;
  return latest;
}

const dateOf = (iso: string) => {
  const d = new Date(iso);
  return d.getUTCFullYear() > 9999 ? `the year ${d.getUTCFullYear()}` : d.toLocaleString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });
};

/** Same instrument twice in one file, instruments the site lacks, values off the scale, retired items, times after now. */
function checkRecords(kind: 'json' | 'csv', records: AnswerRecord[], catalogue: readonly InstrumentInfo[], now: number): CheckedImport {
  const known = byId(catalogue);
  const errors: string[] = [];
  const warnings: string[] = [];
  const seen = new Set<string>();
  const instruments: ImportedInstrument[] = [];
  if (records.length === 0) return fail('The file holds no answers.');
  for (const record of records) {
    const instrument = known.get(record.instrument);
    if (seen.has(record.instrument)) {
      errors.push(`The file has answers for "${record.instrument}" twice.`);
      continue;
    }
    seen.add(record.instrument);
    const future = futureTime(record, now + FUTURE_ALLOWANCE_MS);
    if (future) {
      errors.push(
        `${instrument?.title ?? record.instrument}: the file has answers dated ${dateOf(future)}, which is later than now. The computer that made the file may have had the wrong date. Nothing was imported.`,
      );
      continue;
    }
    if (!instrument) {
      warnings.push(`The file has answers for an assessment this site does not have ("${record.instrument}"). They will not be imported.`);
      continue;
    }
    const order = itemIds(instrument);
    const textOf = (item: string) => instrument.sections.flatMap((s) => s.items).find((i) => i.id === item)?.text.trim() ?? item;
    const ids = new Set(order);
    const values = new Set(instrument.scale.map((p) => p.value));
    const unknown = new Set<string>();
    const offScale: string[] = [];
    const keep = <T extends { value?: number | undefined }>(answers: Record<string, T>, where: string): Record<string, T> => {
      const out: Record<string, T> = {};
      for (const [item, a] of Object.entries(answers)) {
        if (!ids.has(item)) unknown.add(item);
        else if (a.value !== undefined && !values.has(a.value)) offScale.push(`${where}question ${order.indexOf(item) + 1} (${a.value}): “${textOf(item)}”`);
        else out[item] = a;
      }
      return out;
    };
    const cleaned: AnswerRecord = {
      ...record,
      answers: keep(record.answers, ''),
      snapshots: record.snapshots.map((s) => ({ ...s, answers: keep(s.answers, `snapshot “${s.label}”, `) })),
    };
    if (offScale.length) {
      warnings.push(
        `${instrument.title}: ${offScale.length === 1 ? 'one answer is' : `${offScale.length} answers are`} not on this assessment’s answer scale now, probably because its answer options changed after the file was made, and will not be imported: ${offScale.slice(0, 10).join('; ')}${offScale.length > 10 ? '; and others' : ''}.`,
      );
    }
    if (unknown.size) {
      warnings.push(`${instrument.title}: the file has answers to ${unknown.size === 1 ? 'a question' : `${unknown.size} questions`} this assessment no longer asks (${[...unknown].join(', ')}). They will not be imported.`);
    }
    instruments.push({ id: instrument.id, title: instrument.title, record: cleaned, unknownItems: [...unknown] });
  }
  if (errors.length) return { ok: false, errors };
  if (instruments.length === 0) return { ok: false, errors: warnings.length ? warnings : ['The file holds no answers this site can use.'] };
  return { ok: true, kind, instruments, warnings };
}

export type CsvReader = (text: string) => { ok: true; header: string[]; rows: string[][] } | { ok: false; error: string };

function looksLikeOurCsv(text: string): boolean {
  const firstLine = (text.split(/\r?\n/, 1)[0] ?? '').toLowerCase();
  return ['instrument', 'item_id', 'value'].every((c) => firstLine.includes(c));
}

const isIso = (s: string) => answerRecordSchema.shape.updatedAt.safeParse(s).success;

export function checkCsv(text: string, catalogue: readonly InstrumentInfo[], readCsv: CsvReader, now = Date.now()): CheckedImport {
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
      if (!/^-?\d+$/.test(rawValue)) return void errors.push(`Row ${line}: the value "${rawValue.slice(0, 20)}" is not a whole number.`);
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
      if (!isIso(at)) return void errors.push(`Row ${line}: answered_at "${at.slice(0, 30)}" is not a date and time QI Hub writes.`);
      if (rec.answers[item]) return void errors.push(`Row ${line}: a second current answer for "${item}".`);
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
    if (!isIso(takenAt)) return void errors.push(`Row ${line}: snapshot_taken_at "${takenAt.slice(0, 30)}" is not a date and time QI Hub writes.`);
    let snap = rec.snapshots.get(snapshotId);
    if (!snap) {
      snap = { id: snapshotId, label, takenAt, answers: {} };
      rec.snapshots.set(snapshotId, snap);
      rec.times.push(Date.parse(takenAt));
    } else if (snap.label !== label || snap.takenAt !== takenAt) {
      return void errors.push(`Row ${line}: snapshot "${snapshotId}" has a different name or date than on an earlier row.`);
    }
    if (value === undefined && note === '') return;
    if (snap.answers[item]) return void errors.push(`Row ${line}: a second answer for "${item}" in snapshot "${label}".`);
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
    if (!result.success) return fail(`${instrument}:`, ...describeIssues(result.error.issues));
    built.push(result.data);
  }
  return checkRecords('csv', built, catalogue, now);
}
