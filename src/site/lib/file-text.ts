/**
 * A chosen file's bytes as text, for every import on the site (assessment
 * answers, the team view, the chart maker's data files, portfolio registers).
 *
 * Files come from many spreadsheets. Most save CSV as UTF-8, but Excel on
 * Windows often saves "CSV" as Windows-1252, where "é", "£" and curly quotes
 * are single bytes that are not valid UTF-8, and its "Unicode text" is
 * UTF-16 with a byte-order mark. So a UTF-16 byte-order mark is honoured;
 * otherwise the bytes are read as UTF-8 strictly, and only when that fails as
 * Windows-1252 (every byte is a character there, so this cannot fail). The
 * encoding used is returned, so a caller can tell the person when it guessed.
 * Text never holds a NUL byte outside UTF-16, so a file with one (a picture,
 * a zip, a PDF) is refused. A byte-order mark is dropped.
 */

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type FileText = { ok: true; text: string; encoding: TextEncodingName } | { ok: false; problem: 'empty' | 'not-text' };

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
    return { ok: true, text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}
