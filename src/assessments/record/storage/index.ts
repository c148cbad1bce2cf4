/**
 * Where self-assessment answers are stored: this folder's public entry (the
 * modules beside it: `keys.ts`, `types.ts`, `parse-record.ts`, `kept-aside.ts`,
 * `other-tabs.ts`, `other-tab-events.ts`, `answer-storage.ts`, `repair.ts`; `browser.ts` and `reader.ts` are the
 * small entry the assessment page loads at once, which reads clean records
 * itself (`clean-record.ts`) and fetches the full reader only for the rest). Every read and write goes through the
 * guarded access in src/storage/guarded.ts (which the document store for
 * charts and reviews uses too): nothing else calls `localStorage`, because in
 * real browsers storage can be blocked (reading `window.localStorage` throws
 * when cookies are blocked), full (`setItem` throws a quota error), emptied by
 * another tab or by the person, or hold anything at all.
 *
 * KEYS
 *   qi-hub:answers:<instrument>                 the record (below)
 *   qi-hub:kept-aside:<instrument>:<time>:<n>   a record that could not be used, byte for byte;
 *                                               written once, never overwritten, downloadable
 *   qi-hub:before-migration:<instrument>:v<n>   the original of a record being migrated;
 *                                               removed once the migrated record is written
 *   qi-hub:backup:before-import                 the answers an import is about to change, as an
 *                                               export file's text (its exportedAt is the time of
 *                                               the import); replaced by the next import, removed
 *                                               by undo (or when undo would change nothing) and
 *                                               by Clear everything
 *   Nothing else is written under qi-hub: (a probe key is only read). `clearAll` removes
 *   every key that starts with qi-hub:, whatever wrote it.
 *
 * RECORD
 *   The shape, version 1, is documented and defined in `src/schemas/answers.ts`
 *   (`answerRecordSchema`, `RECORD_VERSION`) and checked here with `readRecord` from
 *   `answers-core.ts`, which tests hold to the schema's verdicts, one answer at a time
 *   (`record-salvage.ts`), so one bad answer does not cost the others. Values are also
 *   checked against the instrument's scale when the caller passes the rule.
 *
 * READING A RECORD, case by case (`load`)
 *   - storage unavailable            -> empty record in memory, fault "blocked"
 *   - no record                      -> empty record
 *   - not JSON                       -> raw text kept aside, empty record, fault "not-json"
 *   - JSON with v > RECORD_VERSION   -> "newer-version" only if it really looks like one of our
 *     (up to MAX_KNOWN_VERSION), this   records (this instrument, a valid updatedAt, an answers
 *     instrument and updatedAt          object) and its answers still read as version 1: shown
 *                                       read-only, never overwritten. Anything else with a
 *                                       high v is damaged ("wrong-shape", below), so the person
 *                                       can download or discard it rather than face an empty,
 *                                       locked form
 *   - JSON with v = 1, valid         -> the record
 *   - JSON with v = 1, wrong shape   -> kept aside, empty record, fault "wrong-shape"
 *   - readable but for some answers  -> (an item id that breaks the id rule, a damaged answer,
 *                                       a value no longer on the scale) the original is
 *                                       copied aside, the other answers are kept and written
 *                                       back, fault "partly-kept" lists what was left out
 *   - JSON with no v (version 0: a bare {item: number} map)
 *                                    -> migrated: the original is first copied to
 *                                       before-migration, the migrated record written, then
 *                                       the copy removed. If any step fails the original
 *                                       stays where it was and the migrated record is used
 *                                       in memory (fault says why). If migration itself
 *                                       fails, the original is kept aside ("wrong-shape").
 *   - any other version below 1      -> kept aside ("wrong-shape"): no migration known
 *   A damaged record that cannot be copied aside (storage full, or the record itself is
 *   megabytes long) stays where it is, with the fault's keptAs null. The page is NOT
 *   read-only: answers are kept in memory, saving reports that same fault (the damaged
 *   record is in the way; storage may have room) rather than overwrite the record, and the
 *   person can download the record (`storedText`) or discard it (`discardDamaged`), which
 *   removes it only while it is still damaged.
 *   Times later than now (a clock that ran fast) are brought back to now in the loaded
 *   record (`capTimes`), so exports and share links made from it are never dated in the
 *   future. Stored text keeps them until the next write.
 *
 * WRITING (`save`)
 *   Before writing, the stored value is read again: a newer-version record is never
 *   overwritten, anything unusable that appeared since loading is kept aside first, and a
 *   valid record is merged with the one being saved (per item, the later answer wins), so
 *   a write never drops answers another tab saved a moment ago. The write's time `now` (the
 *   time of the person's action) caps the stored record's times to 1 ms before it, so the
 *   person's action always wins, whatever times a wrong clock left behind.
 *   `saveAll` writes several records all or nothing: if one write fails, the ones already
 *   written get their old text back.
 *   A quota error is reported as "full", anything else as "write-failed"; the caller keeps
 *   the record in memory, so nothing the person did is lost and export still works.
 *
 * OTHER TABS (`onOtherTab`)
 *   The browser's "storage" event reports writes made by other tabs only. A changed record
 *   is validated and handed to the listener, which merges it (`mergeRecords`) and writes back
 *   only if its own copy held something newer, so two tabs settle after one exchange.
 *   Its times are not capped: all tabs share one clock, and an action another tab stamped
 *   after everything it held (its clock put back) must keep its place in the order.
 *   A removed record, or storage cleared, is reported as "cleared" and nothing is written:
 *   the person decides whether to save their answers again. A change to the import backup
 *   is reported as "backup", so pages stop offering an undo that no longer exists.
 *   Events are read by the full reader (`other-tab-events.ts`): where it is not yet in place
 *   (browser.ts), they wait for it in order, and `otherTabsWaiting` tells the store to save
 *   this tab's own changes after them (`other-tabs.ts`).
 */
import * as repair from './repair';
import { useFullReader } from './reader';

// Whatever imports the whole storage reads every record at once, as before
// (browser.ts is the small entry that loads the full reader on demand).
useFullReader(repair);

export { browserStorage } from './browser';
export { createAnswerStorage } from './answer-storage';
export { keptAsideDownload } from './kept-aside';
export { KEY_PREFIX, recordKey } from './keys';
export { parseRecord } from './parse-record';
export { loadFullReader } from './reader';
export type * from './types';
