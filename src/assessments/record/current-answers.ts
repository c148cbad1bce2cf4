/**
 * What an answer record holds now, without times: what scoring, snapshots,
 * comparison and export read. Apart from answer-record.ts so that what an
 * assessment page runs at load, to save answers, does not carry it; it loads
 * with the results (the record-actions chunk, astro.config.mjs).
 */
import type { AnswerMap, AnswerRecord, FrozenAnswer, StoredAnswer } from '../../schemas/answers-core';

/** The current answers without their times (cleared ones left out): what scoring, snapshots and comparison read. */
export function currentAnswers(record: AnswerRecord): AnswerMap {
  const out: AnswerMap = {};
  for (const [item, a] of Object.entries(record.answers)) if (hasContent(a)) out[item] = freeze(a);
  return out;
}

/** Whether an answer holds a value or a note (not just the mark that it was cleared). */
export const hasContent = (a: { value?: number | undefined; note?: string | undefined }) => a.value !== undefined || !!a.note;

/** Whether a record holds any answer or snapshot worth keeping or exporting. */
export const recordHasContent = (r: AnswerRecord) => Object.values(r.answers).some(hasContent) || r.snapshots.length > 0;

function freeze(a: StoredAnswer): FrozenAnswer {
  const f: FrozenAnswer = {};
  if (a.value !== undefined) f.value = a.value;
  if (a.note) f.note = a.note;
  return f;
}
