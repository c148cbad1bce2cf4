/**
 * A register file's bytes as text (site/lib/file-text.ts: UTF-8, UTF-16 with
 * a byte-order mark, or Windows-1252 as Excel on Windows often saves CSV).
 * The person is told when Windows-1252 was used, so a wrong guess is seen,
 * not hidden. A file that is not text at all (a picture, a zip, a PDF) is
 * refused by name.
 */
import { fileText, type TextEncodingName } from '../site/lib/file-text';

export type RegisterText = { ok: true; text: string; encoding: TextEncodingName } | { ok: false; error: string };

/** The first bytes of common files that are not registers. XLSX is a zip too, but is read by its own path. */
const SIGNATURES: [number[], string][] = [
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG picture'],
  [[0xff, 0xd8, 0xff], 'a JPEG picture'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF picture'],
  [[0x25, 0x50, 0x44, 0x46], 'a PDF'],
  [[0x50, 0x4b, 0x03, 0x04], 'a zip file (an Excel workbook needs a name ending .xlsx)'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'an old Excel (.xls) or Word file'],
];

export const NOT_A_REGISTER = 'is not a CSV or XLSX file';

export function decodeRegister(bytes: Uint8Array, name: string): RegisterText {
  if (bytes.length === 0) return { ok: false, error: `${name} is empty.` };
  const known = SIGNATURES.find(([sig]) => sig.every((b, i) => bytes[i] === b));
  if (known) return { ok: false, error: `${name} ${NOT_A_REGISTER}: it looks like ${known[1]}. Save your register as CSV or XLSX and choose that file.` };
  const read = fileText(bytes);
  if (!read.ok) return { ok: false, error: `${name} ${NOT_A_REGISTER}. Save your register as CSV (UTF-8) or XLSX and choose that file.` };
  return read;
}

/** What the preview says about a file read as Windows-1252. */
export const WINDOWS_1252_NOTE =
  'This file is not saved as UTF-8, so it was read as Windows-1252 (how Excel on Windows often saves CSV). Check the accents and quotation marks in the preview. If they look wrong, save the register as “CSV UTF-8” and choose it again.';
