/**
 * Plain-English words for what is wrong in an import file that failed its
 * schema check: which checklist, which statement (number and words) or
 * snapshot, which part of the answer, and what is wrong with it. zod/mini
 * ships no messages (to stay small), and a path such as
 * `instruments.0.record.answers.data-orientated.at` means nothing to the
 * person importing.
 */
import type { Instrument } from '../instrument';
import { itemIds } from '../catalogue';
import { ID_PATTERN } from '../../schemas/answers-core';

export interface Issue {
  path: PropertyKey[];
  code?: string;
  expected?: string;
  origin?: string;
  maximum?: number | bigint;
}

/** At most this many problems are listed; a count stands for the rest. */
export const MAX_LISTED = 10;

const FIELD_WORDS: Record<string, string> = {
  value: 'the answer',
  note: 'the note',
  at: 'the time it was answered',
  label: 'the name',
  takenAt: 'the time it was taken',
  updatedAt: 'the time the answers were last changed',
  resetAt: 'the time the answers were last cleared',
  exportedAt: 'the time the file was made',
  v: 'the version of the answers',
  format: 'the file type',
  version: 'the file version',
  instrument: 'the checklist’s id',
  id: 'the id',
  title: 'the title',
  items: 'the list of statements',
  answers: 'the answers',
  snapshots: 'the list of snapshots',
  instruments: 'the list of checklists',
  record: 'the answers',
};

const isTime = (field: string) => ['at', 'takenAt', 'updatedAt', 'resetAt', 'exportedAt'].includes(field);

const short = (s: string) => (s.length > 40 ? `${s.slice(0, 39)}…` : s);

const child = (v: unknown, k: PropertyKey): unknown => (v && typeof v === 'object' && Object.hasOwn(v, k) ? (v as Record<PropertyKey, unknown>)[k] : undefined);

/** “statement 3 (We learn from outside.)”, or the id in quotes for one the checklist does not have. */
export function statementWords(instrument: Instrument | undefined, item: string): string {
  if (!instrument) return `the statement “${item}”`;
  const n = itemIds(instrument).indexOf(item);
  const text = instrument.sections.flatMap((s) => s.items).find((i) => i.id === item)?.text.trim();
  return n < 0 || !text ? `the statement “${item}” (not in this checklist now)` : `statement ${n + 1} (“${text}”)`;
}

function predicate(i: Issue, field: string, present: boolean): string {
  if (!present && i.code === 'invalid_type') return 'is missing';
  if (isTime(field) && (i.code === 'invalid_format' || i.code === 'invalid_type')) return 'is not a date and time as QI Hub writes it';
  if (i.code === 'invalid_type') {
    return i.expected === 'number' || i.expected === 'int' ? 'is not a whole number' : i.expected === 'string' ? 'is not text' : 'is not as QI Hub writes it';
  }
  if (i.code === 'too_big') {
    return i.maximum === undefined ? 'is too long' : i.origin === 'array' ? `has more than ${i.maximum} entries` : `is longer than ${i.maximum} characters`;
  }
  if (i.code === 'too_small') return 'is empty';
  if (i.code === 'invalid_key') return 'is not an id QI Hub writes';
  return 'is not as QI Hub writes it';
}

/**
 * One sentence for one issue. `path` is relative to `record` (the stored
 * answers for one checklist), or undefined for issues outside any record;
 * `where` names the checklist, or the file.
 */
export function describeRecordIssue(i: Issue, path: PropertyKey[], record: unknown, where: string, instrument: Instrument | undefined): string {
  const [head, a, b, c, d] = path.map(String);
  if (i.code === 'invalid_key') return `${where}: “${short(String(path.at(-1)))}” is not a statement id QI Hub writes.`;
  let place = where;
  let rest = path.map(String);
  if (head === 'answers' && a !== undefined) {
    place = `${where}, ${statementWords(instrument, a)}`;
    rest = path.slice(2).map(String);
  } else if (head === 'snapshots' && a !== undefined) {
    const label = child(child(child(record, 'snapshots'), Number(a)), 'label');
    const snap = typeof label === 'string' && label.trim() ? `snapshot “${short(label.trim())}”` : `snapshot ${Number(a) + 1}`;
    place = b === 'answers' && c !== undefined ? `${where}, ${snap}, ${statementWords(instrument, c)}` : `${where}, ${snap}`;
    rest = b === 'answers' && c !== undefined ? (d === undefined ? [] : [d]) : path.slice(2).map(String);
  }
  let value: unknown = record;
  for (const k of path) value = child(value, k);
  const field = rest.at(-1);
  const subject = field === undefined ? 'it' : (FIELD_WORDS[field] ?? `“${field}”`);
  const sentence = `${subject} ${predicate(i, field ?? '', value !== undefined)}.`;
  return place ? `${place}: ${sentence}` : sentence[0]!.toUpperCase() + sentence.slice(1);
}

/** The checklist the `n`th instrument of an export file holds, named as this site names it. */
function instrumentIn(file: unknown, n: number, catalogue: readonly Instrument[]): { record: unknown; title: string; instrument: Instrument | undefined } {
  const entry = child(child(file, 'instruments'), n);
  const record = child(entry, 'record');
  const id = child(record, 'instrument') ?? child(entry, 'id');
  const instrument = catalogue.find((x) => x.id === id);
  return { record, instrument, title: instrument?.title ?? (typeof id === 'string' ? `The checklist “${short(id)}”` : `Checklist ${n + 1} in the file`) };
}

/** Sentences for the schema issues of an export file (`file` is the parsed JSON). */
export function describeFileIssues(issues: readonly Issue[], file: unknown, catalogue: readonly Instrument[]): string[] {
  return issues.map((i) => {
    const [top, n, part] = i.path;
    if (top !== 'instruments' || typeof n !== 'number') return describeRecordIssue(i, i.path, file, '', undefined);
    const { record, title, instrument } = instrumentIn(file, n, catalogue);
    return part === 'record'
      ? describeRecordIssue(i, i.path.slice(3), record, title, instrument)
      : describeRecordIssue(i, i.path.slice(2), child(child(file, 'instruments'), n), title, instrument);
  });
}

/**
 * Answers a file that failed its schema check would also lose if it were
 * fixed: statements the checklist no longer has and values off its scale.
 * Read leniently (the file is known to be damaged) so that one list names
 * every problem, not only the first kind found.
 */
export function answersLeftOut(file: unknown, catalogue: readonly Instrument[]): string[] {
  const lines: string[] = [];
  const entries = child(file, 'instruments');
  if (!Array.isArray(entries)) return lines;
  entries.forEach((_, n) => {
    const { record, title, instrument } = instrumentIn(file, n, catalogue);
    if (!instrument) return;
    const ids = new Set(itemIds(instrument));
    const values = instrument.scale.points.map((p) => p.value);
    const check = (answers: unknown, where: string) => {
      if (!answers || typeof answers !== 'object') return;
      for (const [item, a] of Object.entries(answers)) {
        const v = child(a, 'value');
        if (!ID_PATTERN.test(item)) continue; // the schema issues already name it
        if (!ids.has(item)) lines.push(`${where}: the statement “${short(item)}” is not in this checklist now.`);
        else if (Number.isInteger(v) && !values.includes(v as number)) {
          lines.push(`${where}, ${statementWords(instrument, item)}: the answer ${v} is not on this checklist’s scale (${Math.min(...values)} to ${Math.max(...values)}).`);
        }
      }
    };
    check(child(record, 'answers'), title);
    const snapshots = child(record, 'snapshots');
    if (Array.isArray(snapshots)) {
      snapshots.forEach((s, k) => {
        const label = child(s, 'label');
        check(child(s, 'answers'), `${title}, snapshot ${typeof label === 'string' && label.trim() ? `“${short(label.trim())}”` : k + 1}`);
      });
    }
  });
  return lines;
}

/** Keeps a list of problems short: the first MAX_LISTED, then how many more. */
export function capped(lines: string[]): string[] {
  if (lines.length <= MAX_LISTED) return lines;
  const more = lines.length - MAX_LISTED;
  return [...lines.slice(0, MAX_LISTED), `And ${more === 1 ? 'one more problem' : `${more} more problems`}.`];
}
