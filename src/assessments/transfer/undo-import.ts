/**
 * What "Undo the last import" will do, worked out before it is done, so the
 * page can say exactly what changes and what is lost, and ask first.
 *
 * The backup holds each imported instrument's record from just before the
 * import; its `exportedAt` is the time of the import. Undo puts each record
 * back (restamped, see import-plan.ts, so no older copy in another tab can
 * undo the undo). Anything the person did after the import to those
 * instruments is lost by it, and the question says so, item by item.
 */
import type { Instrument } from '../instrument';
import { latestTime } from '../record/answer-record';
import { resetRecord } from '../record/actions/record-resets';
import { checkJson } from './import';
import { isPristine, restamp } from './import-plan';
import type { AnswerRecord } from '../../schemas/answers-core';

export interface UndoInstrument {
  id: string;
  title: string;
  /** Answers that go back to what they were before the import. */
  restored: number;
  /** Answers that are removed (they were not there before the import). */
  removed: number;
  /** Snapshots removed (not there before the import) and put back. */
  snapshotsRemoved: number;
  snapshotsRestored: number;
  /** Question numbers answered or changed after the import: their answers are lost. */
  lostQuestions: number[];
  /** Snapshots saved after the import: lost too. */
  lostSnapshots: string[];
  /** The record undo will write. */
  result: AnswerRecord;
}

export interface UndoPlan {
  instruments: UndoInstrument[];
  /** True when undo would change nothing: the answers are already as before the import. */
  nothing: boolean;
  /** The current records the plan was made from, to tell whether they changed before the person confirms. */
  basis: string;
}

/**
 * The records and the time of the import from the backup's text, or null if
 * it cannot be read. Its times are not held to "not after now": the backup is
 * this site's own copy, and a clock put back since the import must not make
 * the import impossible to undo.
 */
export function backupRecords(text: string, catalogue: readonly Instrument[]): { records: AnswerRecord[]; importedAt: string } | null {
  const checked = checkJson(text, catalogue, Number.POSITIVE_INFINITY);
  if (!checked.ok) return null;
  let importedAt = '';
  try {
    importedAt = String((JSON.parse(text) as { exportedAt?: unknown }).exportedAt ?? '');
  } catch {
    return null;
  }
  return { records: checked.instruments.map((i) => i.record), importedAt };
}

const same = (a: { value?: number | undefined; note?: string | undefined } | undefined, b: { value?: number | undefined; note?: string | undefined } | undefined) =>
  a?.value === b?.value && (a?.note ?? '') === (b?.note ?? '');

/** The plan for putting `backup` records back over `current` ones. */
export function planUndo(
  backup: readonly AnswerRecord[],
  importedAt: string,
  current: (id: string) => AnswerRecord,
  catalogue: readonly Instrument[],
  now = new Date(),
): UndoPlan {
  const cut = Date.parse(importedAt);
  const instruments: UndoInstrument[] = [];
  const currents: AnswerRecord[] = [];
  for (const before of backup) {
    const info = catalogue.find((c) => c.id === before.instrument);
    if (!info) continue;
    const here = current(before.instrument);
    currents.push(here);
    // After everything the record holds, even if the clock was put back since.
    const at = new Date(Math.max(now.getTime(), latestTime(here) + 1));
    const number = new Map(info.sections.flatMap((s) => s.items).map((item, i) => [item.id, i + 1]));
    let restored = 0;
    let removed = 0;
    const lost: number[] = [];
    for (const item of new Set([...Object.keys(here.answers), ...Object.keys(before.answers)])) {
      const mine = here.answers[item];
      const was = before.answers[item];
      if (same(mine, was)) continue;
      if (was) restored++;
      else removed++;
      if (mine && Date.parse(mine.at) > cut && number.has(item)) lost.push(number.get(item)!);
    }
    const beforeIds = new Set(before.snapshots.map((s) => s.id));
    const hereIds = new Set(here.snapshots.map((s) => s.id));
    const extra = here.snapshots.filter((s) => !beforeIds.has(s.id));
    instruments.push({
      id: info.id,
      title: info.title,
      restored,
      removed,
      snapshotsRemoved: extra.length,
      snapshotsRestored: before.snapshots.filter((s) => !hereIds.has(s.id)).length,
      lostQuestions: lost.sort((a, b) => a - b),
      lostSnapshots: extra.filter((s) => Date.parse(s.takenAt) > cut).map((s) => s.label),
      result: isPristine(before) ? resetRecord(here, at.toISOString()) : restamp(before, at),
    });
  }
  const changing = instruments.filter((i) => i.restored + i.removed + i.snapshotsRemoved + i.snapshotsRestored > 0);
  return { instruments: changing, nothing: changing.length === 0, basis: JSON.stringify(currents) };
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const list = (ns: readonly (number | string)[]) =>
  ns.length === 1 ? String(ns[0]) : `${ns.slice(0, -1).join(', ')} and ${ns[ns.length - 1]}`;

/** What undo changes in one assessment, in a sentence or two. */
export function describeUndo(i: UndoInstrument): string {
  const parts: string[] = [];
  if (i.restored) parts.push(`${count(i.restored, 'answer goes', 'answers go')} back to what ${i.restored === 1 ? 'it was' : 'they were'} before the import`);
  if (i.removed) parts.push(`${count(i.removed, 'answer is', 'answers are')} removed`);
  if (i.snapshotsRestored) parts.push(`${count(i.snapshotsRestored, 'snapshot comes', 'snapshots come')} back`);
  if (i.snapshotsRemoved) parts.push(`${count(i.snapshotsRemoved, 'snapshot is', 'snapshots are')} removed`);
  const text = parts.join(', ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** What undo loses in one assessment that the person did after the import, or '' if nothing. */
export function describeLoss(i: UndoInstrument): string {
  const parts: string[] = [];
  if (i.lostQuestions.length) {
    parts.push(`your ${i.lostQuestions.length === 1 ? 'answer' : 'answers'} to ${i.lostQuestions.length === 1 ? 'question' : 'questions'} ${list(i.lostQuestions)}`);
  }
  if (i.lostSnapshots.length) parts.push(`the ${i.lostSnapshots.length === 1 ? 'snapshot' : 'snapshots'} ${list(i.lostSnapshots.map((l) => `“${l}”`))}`);
  return parts.length ? `You changed these after the import and will lose them: ${parts.join(' and ')}.` : '';
}
