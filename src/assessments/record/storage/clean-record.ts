/**
 * The common case of reading stored text, small enough to load with every
 * assessment page: a record at the current version, of this instrument, with
 * every answer whole and on the scale. Anything else (damaged, older, newer,
 * partly readable) needs parse-record.ts, which reader.ts loads on demand.
 * For the text it accepts, the record is exactly what `parseRecord` returns.
 */
import { ID_PATTERN, MAX_ID_LENGTH, RECORD_VERSION, readRecord, type AnswerRecord, type ValueRule } from '../../../schemas/answers-core';

const isPlain = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Whether salvage would keep every answer: names the id rule allows (checked on the stored keys) and values on the scale. */
function keepsAll(answers: unknown, rule: ValueRule | undefined): boolean {
  if (!isPlain(answers)) return false;
  return Object.keys(answers).every((item) => {
    const value = (answers[item] as { value?: unknown } | null)?.value;
    return ID_PATTERN.test(item) && item.length <= MAX_ID_LENGTH && !(rule && typeof value === 'number' && !rule.values.includes(value));
  });
}

/** The record in `raw` when it is clean and current; null when the full reader must decide. */
export function readClean(raw: string, instrument: string, rule?: ValueRule): AnswerRecord | null {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!isPlain(json) || json.v !== RECORD_VERSION || !keepsAll(json.answers, rule)) return null;
  const snapshots = json.snapshots;
  if (!Array.isArray(snapshots) || !snapshots.every((s) => isPlain(s) && keepsAll(s.answers, rule))) return null;
  const read = readRecord(json);
  return read.ok && read.value.instrument === instrument ? read.value : null;
}
