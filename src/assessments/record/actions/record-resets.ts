/**
 * Changes to an answer record that the results and import make (snapshots,
 * start again, reset, restamping), as pure functions like those in
 * answer-record.ts. Apart from that file so that what an assessment page runs
 * at load, to save answers, does not carry them.
 */
import { emptyRecord, MAX_LABEL_LENGTH, type AnswerRecord, type Snapshot } from '../../../schemas/answers-core';
import { currentAnswers } from '../current-answers';

/** The name to offer for the next snapshot: "Baseline" first, then "Follow-up", then "Follow-up 2"... */
export function suggestLabel(record: AnswerRecord): string {
  const used = new Set(record.snapshots.map((s) => s.label.toLowerCase()));
  if (!used.has('baseline')) return 'Baseline';
  if (!used.has('follow-up')) return 'Follow-up';
  let n = 2;
  while (used.has(`follow-up ${n}`)) n++;
  return `Follow-up ${n}`;
}

/** A short random id; unique enough within one record, which holds a handful of snapshots. */
function newId(): string {
  const c = globalThis.crypto;
  if (c?.randomUUID) return c.randomUUID().slice(0, 12);
  return Math.random().toString(36).slice(2, 14);
}

/** Freezes the current answers as a dated, named snapshot. */
export function takeSnapshot(record: AnswerRecord, label: string, now = new Date().toISOString(), id = newId()): AnswerRecord {
  const name = label.trim().slice(0, MAX_LABEL_LENGTH) || suggestLabel(record);
  const snapshot: Snapshot = { id, label: name, takenAt: now, answers: currentAnswers(record) };
  return { ...record, snapshots: [...record.snapshots, snapshot], updatedAt: now };
}

/**
 * Clears the current answers and keeps the snapshots: the "look again in three
 * months" step. Writes a tombstone so that other tabs drop the old answers too.
 */
export function startAgain(record: AnswerRecord, now = new Date().toISOString()): AnswerRecord {
  return { ...record, answers: {}, resetAt: now, updatedAt: now };
}

/** Clears answers and snapshots: nothing of this instrument is left but the tombstone. */
export function resetRecord(record: AnswerRecord, now = new Date().toISOString()): AnswerRecord {
  return { ...emptyRecord(record.instrument, now), resetAt: now };
}

/**
 * The same answers and snapshots, stamped so that a merge with any older copy
 * yields exactly this: tombstone at `now`, every answer and the record 1 ms later.
 */
export function restamp(record: AnswerRecord, now = new Date()): AnswerRecord {
  const cut = now.toISOString();
  const after = new Date(now.getTime() + 1).toISOString();
  const answers: AnswerRecord['answers'] = {};
  for (const [item, a] of Object.entries(record.answers)) answers[item] = { ...a, at: after };
  return { ...record, answers, resetAt: cut, updatedAt: after };
}
