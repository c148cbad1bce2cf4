/**
 * The shape of a person's stored self-assessment answers: one record per
 * instrument, kept in this browser's localStorage by `src/assessments/record/storage/` and
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
 *   An answer with neither value nor note (just `at`) marks an answer the
 *   person cleared, so that merging with an older copy keeps it cleared.
 *   Whether a value is in range depends on the instrument's scale, so that is
 *   checked with the instrument at hand, not here (`src/assessments/record/record-salvage.ts`
 *   for stored records, which leaves out only the answers off the scale).
 *
 * On the page load path the record is checked by `readRecord` in
 * `./answers-core.ts`, a zod-free guard that tests hold to exactly this
 * schema's verdicts (zod/mini costs about 5.4 KB of the page's 12 KB budget).
 * Import and share links, which take data from outside, use these schemas.
 *
 * Times are ISO 8601 strings in UTC (`Date.prototype.toISOString()`); compare
 * them with `Date.parse`, never as strings from outside this site.
 */
import * as z from 'zod/mini';
import {
  ID_PATTERN,
  MAX_ID_LENGTH,
  MAX_LABEL_LENGTH,
  MAX_NOTE_LENGTH,
  RECORD_VERSION,
  type AnswerRecord as CoreRecord,
} from './answers-core';

export * from './answers-core';

z.config({ jitless: true });

const isoTime = z.iso.datetime({ offset: true });
/** Item and instrument ids: the same rule as the instrument schema. */
const id = z.string().check(z.regex(ID_PATTERN), z.maxLength(MAX_ID_LENGTH));

/** A stored value: an integer, checked against the instrument's scale separately (see above). */
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

// The hand-written types in answers-core.ts must stay the schema's types.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameShape: Same<z.infer<typeof answerRecordSchema>, CoreRecord> = true;
void sameShape;
