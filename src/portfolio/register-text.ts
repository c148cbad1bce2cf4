/**
 * A register file's bytes as text. Registers come from many spreadsheets: most
 * save CSV as UTF-8, but Excel on Windows often saves "CSV" as Windows-1252,
 * where "é" and curly quotes are single bytes that are not valid UTF-8. So the
 * bytes are read as UTF-8 strictly, and only when that fails as Windows-1252,
 * and the person is told which was used, so a wrong guess is seen, not hidden.
 * A file that is not text at all (a picture, a zip, a PDF) is refused by name.
 */

export type RegisterText =
  | { ok: true; text: string; encoding: 'utf-8' | 'windows-1252' }
  | { ok: false; error: string };

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
  // Text never holds a NUL byte (UTF-16 files do, and are rare for registers: save as CSV UTF-8 instead).
  if (bytes.includes(0)) return { ok: false, error: `${name} ${NOT_A_REGISTER}. Save your register as CSV (UTF-8) or XLSX and choose that file.` };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { ok: true, text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

/** What the preview says about a file read as Windows-1252. */
export const WINDOWS_1252_NOTE =
  'This file is not saved as UTF-8, so it was read as Windows-1252 (how Excel on Windows often saves CSV). Check the accents and quotation marks in the preview. If they look wrong, save the register as “CSV UTF-8” and choose it again.';
