/**
 * The stored answer record without zod: types, constants, and `readRecord`, a
 * hand-written check that accepts exactly what `answerRecordSchema` in
 * `./answers.ts` accepts and returns the same cleaned value.
 *
 * Why two: the storage module runs on every assessment page load, and zod/mini
 * alone is about 5.4 KB of JavaScript (brotli) on a page whose whole budget is
 * 12 KB. So the page load validates with this guard (about 0.6 KB), and zod/mini
 * is loaded only where a person brings in data from outside (import, share
 * links). `tests/unit/assessments/record/answers-guard.test.ts` runs both over the same valid,
 * invalid and mutated records and requires the same verdict and output, so the
 * zod schema stays the single definition of the shape.
 *
 * The record shape and its history are documented in `./answers.ts`.
 */
import { ISO_TIME } from './iso-time';

/** The version written by this code. Bump it, and add a migration in src/assessments/record/storage/parse-record.ts, when the shape changes. */
export const RECORD_VERSION = 1;
/** Longest private note kept per item. */
export const MAX_NOTE_LENGTH = 5000;
/** Longest snapshot name. */
export const MAX_LABEL_LENGTH = 80;

/** One answer to one item, as it is now. */
export interface StoredAnswer {
  value?: number | undefined;
  note?: string | undefined;
  at: string;
}
/** One answer frozen in a snapshot. */
export interface FrozenAnswer {
  value?: number | undefined;
  note?: string | undefined;
}
export interface Snapshot {
  id: string;
  label: string;
  takenAt: string;
  answers: Record<string, FrozenAnswer>;
}
export interface AnswerRecord {
  v: 1;
  instrument: string;
  updatedAt: string;
  resetAt?: string | undefined;
  answers: Record<string, StoredAnswer>;
  snapshots: Snapshot[];
}

/** Answers by item id, current or frozen: what scoring and comparison read. */
export type AnswerMap = Record<string, { value?: number | undefined; note?: string | undefined }>;

/**
 * How far ahead of this computer's clock a time from outside (an import file,
 * a share link) may be: enough for two clocks that differ a little, not for a
 * wrong date. Later times are refused before anything is written.
 */
export const FUTURE_ALLOWANCE_MS = 5 * 60 * 1000;

/**
 * The one rule for ids of instruments and items, everywhere (content,
 * stored records, export files, CSV, share links): lower case words joined by
 * hyphens, but never "constructor" or "prototype", names that plain objects
 * and import's prototype guard treat specially.
 */
export const ID_PATTERN = /^(?!(?:constructor|prototype)$)[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const MAX_ID_LENGTH = 120;
// In its own module so the document store (charts, reviews) can check times without loading the answer schema.
export { ISO_TIME };

/** A record with nothing in it yet. */
export function emptyRecord(instrument: string, now = new Date().toISOString()): AnswerRecord {
  return { v: RECORD_VERSION, instrument, updatedAt: now, answers: {}, snapshots: [] };
}

type Result<T> = { ok: true; value: T } | { ok: false; problems: string[] };

class Invalid extends Error {}
const fail = (path: string, message: string): never => {
  throw new Invalid(`${path || 'record'}: ${message}`);
};
const isPlain = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

function str(x: unknown, path: string, min = 0, max = Infinity): string {
  if (typeof x !== 'string') return fail(path, 'expected text');
  if (x.length < min || x.length > max) return fail(path, `expected ${min} to ${max} characters`);
  return x;
}
function time(x: unknown, path: string): string {
  if (!ISO_TIME.test(str(x, path))) fail(path, 'expected a date and time');
  return x as string;
}
function id(x: string, path: string): string {
  if (!ID_PATTERN.test(x) || x.length > MAX_ID_LENGTH) fail(path, 'not a valid id');
  return x;
}
function answer(x: unknown, path: string, timed: boolean): StoredAnswer | FrozenAnswer {
  if (!isPlain(x)) return fail(path, 'expected an object');
  const out: FrozenAnswer & { at?: string } = {};
  if (x.value !== undefined) {
    if (typeof x.value !== 'number' || !Number.isSafeInteger(x.value)) fail(`${path}.value`, 'expected a whole number');
    out.value = x.value as number;
  }
  if (x.note !== undefined) out.note = str(x.note, `${path}.note`, 0, MAX_NOTE_LENGTH);
  if (timed) out.at = time(x.at, `${path}.at`);
  return out;
}
function answers<T>(x: unknown, path: string, timed: boolean): Record<string, T> {
  if (!isPlain(x)) return fail(path, 'expected an object');
  const out: Record<string, T> = {};
  // A "__proto__" key (JSON.parse makes it an own key) is dropped, as zod's record drops it.
  for (const key of Object.keys(x)) if (key !== '__proto__') out[id(key, `${path}.${key}`)] = answer(x[key], `${path}.${key}`, timed) as T;
  return out;
}

/**
 * Checks stored data (already parsed from JSON) against the version 1 shape.
 * Unknown keys are dropped, as zod's `object` does.
 */
export function readRecord(data: unknown): Result<AnswerRecord> {
  try {
    if (!isPlain(data)) return fail('', 'expected an object');
    if (data.v !== RECORD_VERSION) fail('v', `expected ${RECORD_VERSION}`);
    const record: AnswerRecord = {
      v: RECORD_VERSION,
      instrument: id(str(data.instrument, 'instrument'), 'instrument'),
      updatedAt: time(data.updatedAt, 'updatedAt'),
      answers: answers<StoredAnswer>(data.answers, 'answers', true),
      snapshots: [],
    };
    if (data.resetAt !== undefined) record.resetAt = time(data.resetAt, 'resetAt');
    if (!Array.isArray(data.snapshots)) return fail('snapshots', 'expected a list');
    record.snapshots = data.snapshots.map((s: unknown, i): Snapshot => {
      const p = `snapshots.${i}`;
      if (!isPlain(s)) return fail(p, 'expected an object');
      return {
        id: str(s.id, `${p}.id`, 1, 40),
        label: str(s.label, `${p}.label`, 1, MAX_LABEL_LENGTH),
        takenAt: time(s.takenAt, `${p}.takenAt`),
        answers: answers<FrozenAnswer>(s.answers, `${p}.answers`, false),
      };
    });
    return { ok: true, value: record };
  } catch (e) {
    if (e instanceof Invalid) return { ok: false, problems: [e.message] };
    throw e;
  }
}

/** The instrument facts needed to judge stored values. */
export interface ValueRule {
  /** Item ids the instrument has now. */
  items: readonly string[];
  /** The scale's allowed values. */
  values: readonly number[];
}

/**
 * Problems with values that the shape alone cannot see: a value the scale
 * does not have. Unknown item ids are not a problem (an item may have been
 * retired); they are kept and ignored by scoring.
 */
export function checkValues(record: AnswerRecord, rule: ValueRule): string[] {
  const allowed = new Set(rule.values);
  const problems: string[] = [];
  const look = (where: string, map: AnswerMap) => {
    for (const [item, a] of Object.entries(map)) {
      if (a.value !== undefined && !allowed.has(a.value)) {
        problems.push(`${where}: "${item}" has ${a.value}, which is not on the scale.`);
      }
    }
  };
  look('Current answers', record.answers);
  record.snapshots.forEach((s) => look(`Snapshot "${s.label}"`, s.answers));
  return problems;
}
