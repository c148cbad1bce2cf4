/**
 * Checks an import file completely before anything is written (import-plan.ts
 * then plans what the import will change, for the person to see and confirm).
 * This is the entry the pages load; the checks live beside it: `import-file.ts`
 * (size, text), `import-json.ts`, `import-csv.ts` and `import-records.ts`.
 *
 * Order of checks: size (before reading), empty, not text (UTF-8, UTF-16 or
 * Windows-1252: import-file.ts), then
 * JSON (our export format, with no `__proto__`-style or unknown keys) or CSV
 * made by export (columns found by name; BOM, CRLF, semicolons and quoted
 * commas all read). Then, per instrument: known to this site, item ids the
 * instrument still has, values on its scale now (answers to retired items
 * and values a changed scale no longer has are reported and left out, so an
 * old backup still brings back everything else). Any error refuses the whole
 * file: nothing is half-imported.
 */
import type { Instrument } from '../instrument';
import { checkCsv, looksLikeOurCsv, type CsvReader } from './import-csv';
import { checkJson } from './import-json';
import { fail, type CheckedImport } from './import-records';

export { checkSize, damagedTextImport, decodeText, MAX_IMPORT_BYTES, WINDOWS_1252_IMPORT } from './import-file';
export { checkCsv, type CsvReader } from './import-csv';
export { checkJson, unknownKeys } from './import-json';
export type { CheckedImport, ImportedInstrument } from './import-records';

/** Checks a file's text (JSON or CSV made by export) against the instruments this site has. */
export function checkImport(text: string, catalogue: readonly Instrument[], readCsv?: CsvReader, now = Date.now()): CheckedImport {
  const body = text.replace(/^\uFEFF/, '');
  const first = body.trimStart()[0];
  if (first === '{' || first === '[') return checkJson(body, catalogue, now);
  if (readCsv && looksLikeOurCsv(body)) return checkCsv(body, catalogue, readCsv, now);
  if (first === '"' || /^[a-z_]+[,;\t]/i.test(body.trimStart())) {
    return fail('The file looks like CSV, but not one made by QI Hub: its first row must name the columns QI Hub writes (instrument, item_id, value, note…).');
  }
  return fail('The file is not valid JSON. Choose a file you downloaded from QI Hub, without changes.');
}
