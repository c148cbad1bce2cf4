/**
 * The export file: what "Download as JSON" writes and "Import" reads back.
 *
 *   {
 *     "format": "qi-hub-answers",         // names the file type; anything else is refused
 *     "version": 1,                       // EXPORT_VERSION; a newer file is refused with a clear message
 *     "exportedAt": "2025-03-01T10:15:00.000Z",
 *     "instruments": [
 *       {
 *         "id": "readiness-to-innovate",
 *         "title": "Readiness to innovate",   // for people reading the file; not trusted
 *         "items": ["open-to-new-initiatives", ...],  // the instrument's item ids when exported
 *         "record": { ...the stored record, see src/schemas/answers.ts }
 *       }
 *     ]
 *   }
 *
 * `items` lets an import say which items changed since the file was made. The
 * record is carried whole (times, reset marker, snapshots), so export, clear
 * and import gives back exactly what was there. Unknown keys at any level are
 * refused: validation strips them and `unknownKeys` in src/assessments/transfer/import-json.ts
 * reports what was stripped, with its path.
 */
import * as z from 'zod/mini';
import { answerRecordSchema, ID_PATTERN, MAX_ID_LENGTH } from './answers';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportFile } from './export-core';

export { EXPORT_FORMAT, EXPORT_VERSION, type ExportFile, type ExportedInstrument } from './export-core';

z.config({ jitless: true });

const id = z.string().check(z.regex(ID_PATTERN), z.maxLength(MAX_ID_LENGTH));

export const exportedInstrumentSchema = z.object({
  id,
  title: z.string().check(z.maxLength(200)),
  items: z.array(id).check(z.maxLength(500)),
  record: answerRecordSchema,
});

export const exportFileSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: z.iso.datetime({ offset: true }),
  instruments: z.array(exportedInstrumentSchema).check(z.maxLength(100)),
});

/** Just enough to tell "another kind of file" and "a newer version of ours" apart before the full check. */
export const exportHeaderSchema = z.object({
  format: z.string(),
  version: z.number(),
});

// The hand-written type in export-core.ts must stay what this schema accepts.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameShape: Same<z.infer<typeof exportFileSchema>, ExportFile> = true;
void sameShape;
