/**
 * Reads as much of a stored record as can be trusted. One bad answer (an
 * item id that breaks the id rule, a damaged answer, a value no longer on the
 * instrument's scale) must not cost the person every other answer: the bad
 * ones are left out and described, in words the page can show, and the rest
 * is read as usual. Damage anywhere else (the record's own fields, a snapshot
 * that is not a snapshot) still makes the whole record unreadable.
 */
import { ID_PATTERN, MAX_ID_LENGTH, readRecord, type AnswerRecord, type ValueRule } from '../../schemas/answers-core';

export interface Salvaged {
  record: AnswerRecord;
  /** One sentence per answer left out, saying which and why. Empty when the record was whole. */
  dropped: string[];
}

const isPlain = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const EPOCH = '1970-01-01T00:00:00.000Z';

/** Whether one answer reads on its own, checked by the same guard as a whole record. */
function answerReads(item: string, answer: unknown, timed: boolean): boolean {
  const answers = { [item]: answer };
  const probe = timed
    ? { v: 1, instrument: 'x', updatedAt: EPOCH, answers, snapshots: [] }
    : { v: 1, instrument: 'x', updatedAt: EPOCH, answers: {}, snapshots: [{ id: 'x', label: 'x', takenAt: EPOCH, answers }] };
  return readRecord(probe).ok;
}

/**
 * The record in `data` (already JSON, at the current version) with every
 * answer that cannot be kept left out, or null if the rest is unreadable too.
 */
export function salvageRecord(data: unknown, rule?: ValueRule): Salvaged | null {
  if (!isPlain(data)) return null;
  const dropped: string[] = [];
  const question = (item: string) => {
    const n = rule?.items.indexOf(item) ?? -1;
    return n >= 0 ? `question ${n + 1}` : `“${item}”`;
  };
  const keep = (answers: unknown, timed: boolean, where: string): unknown => {
    if (!isPlain(answers)) return answers;
    const out: Record<string, unknown> = {};
    for (const item of Object.keys(answers)) {
      const a = answers[item];
      if (!ID_PATTERN.test(item) || item.length > MAX_ID_LENGTH) {
        dropped.push(`${where}: an answer stored under the name “${item.slice(0, 40)}”, which is not a question name QI Hub uses.`);
      } else if (!answerReads(item, a, timed)) {
        dropped.push(`${where}: the answer to ${question(item)}, which was damaged.`);
      } else if (rule && typeof (a as { value?: unknown }).value === 'number' && !rule.values.includes((a as { value: number }).value)) {
        dropped.push(`${where}: the answer to ${question(item)}, because ${(a as { value: number }).value} is no longer on this checklist’s answer scale.`);
      } else out[item] = a;
    }
    return out;
  };
  const snapshots = Array.isArray(data.snapshots)
    ? data.snapshots.map((s: unknown) =>
        isPlain(s) ? { ...s, answers: keep(s.answers, false, `Snapshot “${typeof s.label === 'string' ? s.label.slice(0, 80) : ''}”`) } : s,
      )
    : data.snapshots;
  const read = readRecord({ ...data, answers: keep(data.answers, true, 'Current answers'), snapshots });
  return read.ok ? { record: read.value, dropped } : null;
}
