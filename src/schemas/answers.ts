/**
 * The shape of a person's stored self-assessment answers: one record per
 * instrument, kept in this browser's localStorage by `src/lib/storage.ts` and
 * carried by export, import and share links.
 *
 * This module uses `zod/mini` (not `astro/zod`) because it runs in the browser:
 * mini is tree-shakeable, so an assessment page ships only the validators it
 * uses. zod is set to run jitless: the site's CSP forbids `eval`/`new Function`,
 * which zod's fast path would otherwise try (and, blocked, log a CSP violation).
 *
 * Record, version 1 (`RECORD_VERSION`):
 *
 *   {
 *     v: 1,
 *     instrument: "readiness-to-innovate",          // the instrument's id
 *     updatedAt: "2025-03-01T10:15:00.000Z",        // last change of any kind
 *     resetAt?: "2025-02-01T09:00:00.000Z",         // answers and snapshots at or before this were cleared
 *     answers: {                                    // the current answers, by item id
 *       "open-to-new-initiatives": { value: 3, at: "2025-03-01T10:15:00.000Z" },
 *       "goals-for-improvement":   { value: 2, note: "Only the ward goals", at: "..." }
 *     },
 *     snapshots: [                                  // dated copies, oldest first
 *       { id: "k3x9…", label: "Baseline", takenAt: "2025-03-01T10:20:00.000Z",
 *         answers: { "open-to-new-initiatives": { value: 3 } } }
 *     ]
 *   }
 *
 * Why each field:
 * - `at` on every answer lets two tabs merge per item (last writer wins)
 *   instead of one tab overwriting the other's answers.
 * - `resetAt` is a tombstone: "start again" and "reset" write it rather than
 *   deleting the record, so a second tab that still holds old answers drops
 *   them when it merges, instead of bringing them back.
 * - `value` is optional: a person may write a note without choosing a point.
 *   Whether a value is in range depends on the instrument's scale, so that is
 *   checked by `checkValues` with the instrument at hand, not here.
 *
 * Times are ISO 8601 strings in UTC (`Date.prototype.toISOString()`); compare
 * them with `Date.parse`, never as strings from outside this site.
 */
import * as z from 'zod/mini';

z.config({ jitless: true });

/** The version written by this code. Bump it, and add a migration in storage.ts, when the shape changes. */
export const RECORD_VERSION = 1;

/** Longest private note kept per item. */
export const MAX_NOTE_LENGTH = 5000;
/** Longest snapshot name. */
export const MAX_LABEL_LENGTH = 80;

const isoTime = z.iso.datetime({ offset: true });
/** Item and instrument ids: the same rule as the instrument schema. */
const id = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), z.maxLength(120));

/** A stored value: an integer, checked against the instrument's scale separately. */
const value = z.int();

/** One answer to one item, as it is now. */
export const answerSchema = z.object({
  value: z.optional(value),
  note: z.optional(z.string().check(z.maxLength(MAX_NOTE_LENGTH))),
  at: isoTime,
});

/** One answer frozen in a snapshot: no time of its own, the snapshot has one. */
export const frozenAnswerSchema = z.object({
  value: z.optional(value),
  note: z.optional(z.string().check(z.maxLength(MAX_NOTE_LENGTH))),
});

export const snapshotSchema = z.object({
  /** Random, unique within the record; lets two tabs merge snapshot lists. */
  id: z.string().check(z.minLength(1), z.maxLength(40)),
  /** "Baseline", "Follow-up" or the person's own name for it. */
  label: z.string().check(z.minLength(1), z.maxLength(MAX_LABEL_LENGTH)),
  takenAt: isoTime,
  answers: z.record(id, frozenAnswerSchema),
});

export const answerRecordSchema = z.object({
  v: z.literal(RECORD_VERSION),
  instrument: id,
  updatedAt: isoTime,
  resetAt: z.optional(isoTime),
  answers: z.record(id, answerSchema),
  snapshots: z.array(snapshotSchema),
});

/**
 * Version 0: a bare map of item id to number, `{ "item-id": 3 }`, with no
 * version field. No release of QI Hub wrote it; it is the shape a plain
 * `@nanostores/persistent` JSON store of the answers would hold, and it keeps
 * the migration path exercised (and tested) before a real version 2 needs it.
 */
export const recordV0Schema = z.record(id, z.number());

export type StoredAnswer = z.infer<typeof answerSchema>;
export type FrozenAnswer = z.infer<typeof frozenAnswerSchema>;
export type Snapshot = z.infer<typeof snapshotSchema>;
export type AnswerRecord = z.infer<typeof answerRecordSchema>;

/** Answers by item id, current or frozen: what scoring and comparison read. */
export type AnswerMap = Record<string, { value?: number | undefined; note?: string | undefined }>;

/** A record with nothing in it yet. */
export function emptyRecord(instrument: string, now = new Date().toISOString()): AnswerRecord {
  return { v: RECORD_VERSION, instrument, updatedAt: now, answers: {}, snapshots: [] };
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
  const look = (where: string, answers: AnswerMap) => {
    for (const [item, answer] of Object.entries(answers)) {
      if (answer.value !== undefined && !allowed.has(answer.value)) {
        problems.push(`${where}: "${item}" has ${answer.value}, which is not on the scale.`);
      }
    }
  };
  look('Current answers', record.answers);
  record.snapshots.forEach((s) => look(`Snapshot "${s.label}"`, s.answers));
  return problems;
}
