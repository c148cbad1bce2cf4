/** The checks an import file gets before its contents are read: size, then that it is text. */
import { kilobytes } from '../../site/lib/format';
import { fileText, type TextEncodingName } from '../../site/lib/file-text';

/** Files larger than this are refused before they are read. Real exports are a few tens of KB. */
export const MAX_IMPORT_BYTES = 1_000_000;

/** Checked before the file is read. */
export function checkSize(bytes: number): string | null {
  if (bytes === 0) return 'The file is empty.';
  if (bytes > MAX_IMPORT_BYTES) return `The file is too large (${kilobytes(bytes)}). An export from QI Hub is much smaller than 1,000 KB. Choose a file you downloaded from QI Hub.`;
  return null;
}

/**
 * The file's text, or why it cannot be read as text. Read as file-text.ts
 * reads every import: a CSV that Excel on Windows saved as Windows-1252 is
 * accepted, with `encoding` saying so, for the preview to mention.
 */
export function decodeText(bytes: Uint8Array): { ok: true; text: string; encoding: TextEncodingName; damaged?: number } | { ok: false; error: string } {
  const read = fileText(bytes);
  if (!read.ok) {
    return { ok: false, error: read.problem === 'empty' ? 'The file is empty.' : 'The file is not a text file. Choose a JSON or CSV file you downloaded from QI Hub.' };
  }
  if (read.text.replace(/^\uFEFF/, '').trim() === '') return { ok: false, error: 'The file is empty.' };
  return read;
}

/** Said in the preview of an import with damaged bytes (see file-text.ts), before anything is saved. */
export const damagedTextImport = (n: number): string =>
  `${n === 1 ? 'One character' : `${n.toLocaleString('en-GB')} characters`} in this file could not be read, and ${n === 1 ? 'shows' : 'show'} as “�”. If your notes have one, check them after importing, or import a copy of the file downloaded again from QI Hub.`;

/** Said in the preview of an import read as Windows-1252, before anything is saved. */
export const WINDOWS_1252_IMPORT =
  'This file is not saved as UTF-8, so it was read as Windows-1252 (how Excel on Windows often saves CSV). If your notes have accents or quotation marks, check them after importing. If they look wrong, undo the import, save the file as “CSV UTF-8” and import it again.';
