/** The checks an import file gets before its contents are read: size, then text in UTF-8. */
import { kilobytes } from '../../site/lib/format';

/** Files larger than this are refused before they are read. Real exports are a few tens of KB. */
export const MAX_IMPORT_BYTES = 1_000_000;

/** Checked before the file is read. */
export function checkSize(bytes: number): string | null {
  if (bytes === 0) return 'The file is empty.';
  if (bytes > MAX_IMPORT_BYTES) return `The file is too large (${kilobytes(bytes)}). An export from QI Hub is much smaller than 1,000 KB. Choose a file you downloaded from QI Hub.`;
  return null;
}

/** The file's text, or why it cannot be read as text. */
export function decodeText(bytes: Uint8Array): { ok: true; text: string } | { ok: false; error: string } {
  if (bytes.length === 0) return { ok: false, error: 'The file is empty.' };
  if (bytes.includes(0)) return { ok: false, error: 'The file is not a text file. Choose a JSON or CSV file you downloaded from QI Hub.' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, error: 'The file is not a text file in UTF-8. Choose a JSON or CSV file you downloaded from QI Hub.' };
  }
  if (text.replace(/^\uFEFF/, '').trim() === '') return { ok: false, error: 'The file is empty.' };
  return { ok: true, text };
}
