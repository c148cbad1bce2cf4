/**
 * A chosen file's bytes as text, for every import on the site (assessment
 * answers, the team view, the chart maker's data files, portfolio registers).
 *
 * Files come from many spreadsheets. Most save CSV as UTF-8, but Excel on
 * Windows often saves "CSV" as Windows-1252, where "é", "£" and curly quotes
 * are single bytes that are not valid UTF-8, and its "Unicode text" is
 * UTF-16 with a byte-order mark. So:
 * - a UTF-16 byte-order mark is honoured;
 * - otherwise the bytes are read as UTF-8, strictly;
 * - if that fails but the file starts with UTF-8's byte-order mark, or holds
 *   characters written the UTF-8 way (two to four bytes each), it is UTF-8
 *   with some bytes damaged: it is read as UTF-8, each damaged byte becoming
 *   "�", and `damaged` counts them (read as Windows-1252, every accent in it
 *   would come out wrong, as "Ã©");
 * - otherwise it is read as Windows-1252 (every byte is a character there).
 * The encoding used is returned, so a caller can tell the person when it
 * guessed or found damage. Text never holds a NUL byte outside UTF-16, so a
 * file with one (a picture, a zip, a PDF) is refused. A byte-order mark is
 * dropped.
 */

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type FileText = { ok: true; text: string; encoding: TextEncodingName; damaged?: number } | { ok: false; problem: 'empty' | 'not-text' };

/** True when the bytes hold at least one character written the UTF-8 way: a lead byte and its continuation bytes. */
function hasUtf8Sequence(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0) continue;
    let k = 1;
    while (k < length && (bytes[i + k]! & 0xc0) === 0x80) k++;
    if (k === length) return true;
  }
  return false;
}

export function fileText(bytes: Uint8Array): FileText {
  if (bytes.length === 0) return { ok: false, problem: 'empty' };
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  if (utf16) {
    try {
      return { ok: true, text: new TextDecoder(utf16, { fatal: true }).decode(bytes), encoding: utf16 };
    } catch {
      return { ok: false, problem: 'not-text' };
    }
  }
  if (bytes.includes(0)) return { ok: false, problem: 'not-text' };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    if (bom || hasUtf8Sequence(bytes)) {
      const text = new TextDecoder('utf-8').decode(bytes);
      return { ok: true, text, encoding: 'utf-8', damaged: text.split('\ufffd').length - 1 };
    }
    return { ok: true, text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}
