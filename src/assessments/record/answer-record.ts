/**
 * Changes to an answer record (see `src/schemas/answers.ts`), as pure
 * functions: each returns a new record and never touches the one it is given,
 * so stores can compare old and new and tests need no browser. These are
 * what saving an answer needs (it runs at page load); snapshots, start again,
 * reset and restamping are in actions/record-resets.ts, and what a record holds now
 * (for scoring, snapshots and export) in current-answers.ts, which load with the results.
 */
import { MAX_NOTE_LENGTH, type AnswerRecord, type Snapshot, type StoredAnswer } from '../../schemas/answers-core';

const time = (iso: string | undefined) => (iso ? Date.parse(iso) : Number.NEGATIVE_INFINITY);

/** What a person changed on one item: a point on the scale, a note, or both. `null` clears. */
export interface AnswerChange {
  value?: number | null;
  note?: string | null;
}

/**
 * Sets or clears the value and/or note of one item. An item with neither left
 * stays as `{ at }`, a mark that the person cleared it: removing it instead
 * would let a merge with an older copy (another tab, or storage) bring the
 * cleared answer back.
 */
export function setAnswer(record: AnswerRecord, item: string, change: AnswerChange, now = new Date().toISOString()): AnswerRecord {
  const before: Partial<StoredAnswer> = record.answers[item] ?? {};
  const next: StoredAnswer = { at: now };
  const value = change.value === undefined ? before.value : change.value ?? undefined;
  const rawNote = change.note === undefined ? before.note : change.note ?? undefined;
  const note = rawNote?.slice(0, MAX_NOTE_LENGTH);
  if (value !== undefined) next.value = value;
  if (note) next.note = note;
  return { ...record, answers: { ...record.answers, [item]: next }, updatedAt: now };
}

/**
 * Merges two versions of the same instrument's record, e.g. this tab's and
 * another tab's. Per item, the later answer wins; answers at or before the
 * later tombstone are dropped; snapshots are the union by id, minus those the
 * tombstone removed. (So a deleted snapshot would come back from another
 * tab; that is why snapshots cannot be deleted one by one.) The merge is commutative and idempotent, so two tabs
 * that merge each other's writes settle after one exchange.
 */
export function mergeRecords(a: AnswerRecord, b: AnswerRecord): AnswerRecord {
  const resetAt = time(a.resetAt) >= time(b.resetAt) ? a.resetAt : b.resetAt;
  const cut = time(resetAt);
  const answers: Record<string, StoredAnswer> = {};
  for (const item of [...new Set([...Object.keys(a.answers), ...Object.keys(b.answers)])].sort()) {
    const x = a.answers[item];
    const y = b.answers[item];
    const later = !x ? y : !y ? x : pickLater(x, y);
    if (later && time(later.at) > cut) answers[item] = later;
  }
  const snapshots = new Map<string, Snapshot>();
  for (const s of [...a.snapshots, ...b.snapshots]) {
    if (snapshotSurvives(s, a, b, cut) && !snapshots.has(s.id)) snapshots.set(s.id, s);
  }
  const merged: AnswerRecord = {
    v: a.v,
    instrument: a.instrument,
    updatedAt: time(a.updatedAt) >= time(b.updatedAt) ? a.updatedAt : b.updatedAt,
    answers,
    snapshots: [...snapshots.values()].sort((p, q) => time(p.takenAt) - time(q.takenAt) || (p.id < q.id ? -1 : 1)),
  };
  if (resetAt) merged.resetAt = resetAt;
  return merged;
}

function pickLater(x: StoredAnswer, y: StoredAnswer): StoredAnswer {
  const dx = time(x.at);
  const dy = time(y.at);
  if (dx !== dy) return dx > dy ? x : y;
  // Same instant: pick by content so both tabs pick the same one.
  return JSON.stringify(x) >= JSON.stringify(y) ? x : y;
}

/**
 * A snapshot the tombstone's owner still holds was kept on purpose ("start
 * again" keeps snapshots); one only the other side holds and that is older
 * than the tombstone was removed by a reset.
 */
function snapshotSurvives(s: Snapshot, a: AnswerRecord, b: AnswerRecord, cut: number): boolean {
  if (time(s.takenAt) > cut) return true;
  if (time(a.resetAt) === time(b.resetAt)) return true;
  const owner = time(a.resetAt) >= time(b.resetAt) ? a : b;
  return owner.snapshots.some((o) => o.id === s.id);
}

/**
 * The record with no time after `limit` (ms since 1970): answers, snapshots
 * and the record's own time are brought back to `limit`, and the tombstone to
 * 1 ms before it, so answers given after a reset still come after it. A clock
 * that ran fast leaves times in the future; without this, an answer stamped
 * in the future would beat every answer the person gives once the clock is
 * right. Returns the record itself when nothing is later than `limit`.
 */
export function capTimes(record: AnswerRecord, limit: number): AnswerRecord {
  const cap = (iso: string, to = limit) => (Date.parse(iso) > to ? new Date(to).toISOString() : iso);
  if (latestTime(record) <= limit && !(record.resetAt && Date.parse(record.resetAt) >= limit)) return record;
  const answers: Record<string, StoredAnswer> = {};
  for (const [item, a] of Object.entries(record.answers)) answers[item] = { ...a, at: cap(a.at) };
  const capped: AnswerRecord = {
    ...record,
    updatedAt: cap(record.updatedAt),
    answers,
    snapshots: record.snapshots.map((s) => ({ ...s, takenAt: cap(s.takenAt) })),
  };
  if (record.resetAt) capped.resetAt = cap(record.resetAt, limit - 1);
  return capped;
}

/** The latest time anywhere in the record, in ms since 1970. */
export function latestTime(record: AnswerRecord): number {
  const times = [record.updatedAt, record.resetAt, ...Object.values(record.answers).map((a) => a.at), ...record.snapshots.map((s) => s.takenAt)];
  return Math.max(...times.map(time));
}

/** The largest time a Date can hold. */
const MAX_TIME = 8.64e15;

/**
 * The time to stamp an action with: now, or 1 ms after the latest time in the
 * record if that is later (a clock put back while the page was open), so the
 * action comes after everything the record holds.
 */
export function stampFor(record: AnswerRecord, now = Date.now()): number {
  const after = latestTime(record) + 1;
  return after > now && after <= MAX_TIME ? after : now;
}
