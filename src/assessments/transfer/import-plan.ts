/**
 * What an import will change, and the records it will write.
 *
 * Imported answers replace this browser's answers to the same items; other
 * answers here are kept; snapshots are matched by id (added or replaced).
 *
 * Writing must survive the two-tab merge in answer-record.ts (per item, the
 * later answer wins; a tombstone drops older answers). So:
 * - into a browser with nothing stored for an instrument, the imported record
 *   is written exactly as exported (the round trip gives back what was there),
 *   except that times a little later than now (files may come from a computer
 *   whose clock is a few minutes ahead) are brought back to now: the import
 *   then comes before anything the person does next, and Undo can tell the
 *   two apart;
 * - over existing answers, the result is "restamped" (`restamp`, in record/actions/record-resets.ts): stamped
 *   now, with a tombstone just before, so no older copy in another tab, nor
 *   the page's own copy, can undo it.
 * Restoring the backup uses the same restamp, so undo also sticks.
 */
import type { AnswerRecord, Snapshot } from '../../schemas/answers';
import { capTimes, latestTime } from '../record/answer-record';
import { restamp } from '../record/actions/record-resets';
import { plural } from '../../site/lib/format';

// Restamping is a record operation (the store's "save again" uses it too); it is offered here as well.
export { restamp };
import type { ImportedInstrument } from './import';

export interface InstrumentPlan {
  id: string;
  title: string;
  answersAdded: number;
  answersReplaced: number;
  answersUnchanged: number;
  snapshotsAdded: number;
  snapshotsReplaced: number;
  unknownItems: string[];
  /** What will be written. */
  result: AnswerRecord;
  /** The record in this browser the plan was worked out from: if it has changed by the time the import runs, the plan no longer says what will happen. */
  basedOn: AnswerRecord | undefined;
  /** Whether anything changes at all. */
  changes: boolean;
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The same snapshot, whatever order its answers are listed in: a CSV lists
 * them in the checklist's order, the browser in the order they were given,
 * so a file just downloaded as CSV must not count as "replaced".
 */
function sameSnapshot(a: Snapshot, b: Snapshot): boolean {
  if (a.label !== b.label || a.takenAt !== b.takenAt) return false;
  const ids = Object.keys(a.answers);
  if (ids.length !== Object.keys(b.answers).length) return false;
  return ids.every((id) => {
    const x = a.answers[id];
    const y = b.answers[id];
    return y !== undefined && x?.value === y.value && (x?.note ?? '') === (y.note ?? '');
  });
}

/** True when the stored record holds nothing and no tombstone: the import can be written as it is. */
export function isPristine(record: AnswerRecord | undefined): boolean {
  return !record || (Object.keys(record.answers).length === 0 && record.snapshots.length === 0 && !record.resetAt);
}

export function planInstrument(imported: ImportedInstrument, existing: AnswerRecord | undefined, now = new Date()): InstrumentPlan {
  const incoming = imported.record;
  const base = { id: imported.id, title: imported.title, unknownItems: imported.unknownItems, basedOn: existing };
  if (isPristine(existing)) {
    const written = capTimes(incoming, now.getTime());
    const added = Object.keys(incoming.answers).length;
    return {
      ...base,
      answersAdded: added,
      answersReplaced: 0,
      answersUnchanged: 0,
      snapshotsAdded: incoming.snapshots.length,
      snapshotsReplaced: 0,
      result: written,
      changes: added > 0 || incoming.snapshots.length > 0,
    };
  }
  const here = existing!;
  let answersAdded = 0;
  let answersReplaced = 0;
  let answersUnchanged = 0;
  const answers = { ...here.answers };
  for (const [item, a] of Object.entries(incoming.answers)) {
    const mine = here.answers[item];
    if (!mine) answersAdded++;
    else if (mine.value === a.value && (mine.note ?? '') === (a.note ?? '')) answersUnchanged++;
    else answersReplaced++;
    answers[item] = a;
  }
  let snapshotsAdded = 0;
  let snapshotsReplaced = 0;
  const snapshots = new Map<string, Snapshot>(here.snapshots.map((s) => [s.id, s]));
  for (const s of incoming.snapshots) {
    const mine = snapshots.get(s.id);
    if (!mine) snapshotsAdded++;
    else if (!sameSnapshot(mine, s)) snapshotsReplaced++;
    snapshots.set(s.id, s);
  }
  const merged: AnswerRecord = {
    ...here,
    answers,
    snapshots: [...snapshots.values()].sort((a, b) => Date.parse(a.takenAt) - Date.parse(b.takenAt)),
  };
  const changes = answersAdded + answersReplaced + snapshotsAdded + snapshotsReplaced > 0;
  return { ...base, answersAdded, answersReplaced, answersUnchanged, snapshotsAdded, snapshotsReplaced, result: changes ? restamp(merged, now) : here, changes };
}

export function planImport(instruments: readonly ImportedInstrument[], existing: (id: string) => AnswerRecord | undefined, now = new Date()): InstrumentPlan[] {
  return instruments.map((i) => planInstrument(i, existing(i.id), now));
}

/**
 * The time to record as the moment of an import: now, or the latest time the
 * import writes if that is later, so that Undo counts as "changed after the
 * import" only what the person did afterwards.
 */
export function importTime(results: readonly AnswerRecord[], now = Date.now()): string {
  return new Date(Math.max(now, ...results.map(latestTime))).toISOString();
}

/** True when the record in this browser is still the one `plan` was worked out from. */
export function planStillHolds(plan: Pick<InstrumentPlan, 'basedOn'>, current: AnswerRecord | undefined): boolean {
  if (isPristine(plan.basedOn) || isPristine(current)) return isPristine(plan.basedOn) && isPristine(current);
  return sameJson(plan.basedOn, current);
}

/** One line per instrument for the preview, e.g. "3 answers added, 2 replaced; 1 snapshot added". */
export function describePlan(plan: InstrumentPlan): string {
  if (!plan.changes) return 'No change: this browser already has these answers.';
  const parts: string[] = [];
  if (plan.answersAdded) parts.push(`${plural(plan.answersAdded, 'answer', 'answers')} added`);
  if (plan.answersReplaced) parts.push(`${plural(plan.answersReplaced, 'answer', 'answers')} replaced`);
  if (plan.snapshotsAdded) parts.push(`${plural(plan.snapshotsAdded, 'snapshot', 'snapshots')} added`);
  if (plan.snapshotsReplaced) parts.push(`${plural(plan.snapshotsReplaced, 'snapshot', 'snapshots')} replaced`);
  const text = parts.join(', ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}
