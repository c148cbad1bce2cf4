import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fileText } from '../../../src/site/lib/file-text';
import { toWindows1252, windows1252Text } from '../../fixtures/windows-1252';

/** Text as UTF-16 little-endian with its byte-order mark. */
function utf16le(text: string): Uint8Array {
  const bytes = [0xff, 0xfe];
  for (let i = 0; i < text.length; i++) bytes.push(text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8);
  return Uint8Array.from(bytes);
}

describe('fileText', () => {
  it('reads UTF-8 as UTF-8, whatever it holds', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }).filter((t) => t !== '' && !t.includes('\0')), (text) => {
        expect(fileText(new TextEncoder().encode(text))).toEqual({ ok: true, text, encoding: 'utf-8' });
      }),
    );
  });

  it('reads what Excel on Windows saves as CSV (Windows-1252) as the text that was saved', () => {
    expect(fileText(toWindows1252('Ward,Note\r\nCafé,“£5 – ok”\r\n'))).toEqual({ ok: true, text: 'Ward,Note\r\nCafé,“£5 – ok”\r\n', encoding: 'windows-1252' });
    fc.assert(
      fc.property(windows1252Text(), (text) => {
        const bytes = toWindows1252(text);
        const read = fileText(bytes);
        // Some Windows-1252 byte runs are also valid UTF-8 ("Ã©" is the bytes of "é"): then UTF-8 wins, as it should for a file that is UTF-8.
        const alsoUtf8 = (() => {
          try {
            new TextDecoder('utf-8', { fatal: true }).decode(bytes);
            return true;
          } catch {
            return false;
          }
        })();
        if (!alsoUtf8) expect(read).toEqual({ ok: true, text, encoding: 'windows-1252' });
      }),
    );
  });

  it('reads UTF-16 with a byte-order mark (Excel’s “Unicode text”) and drops the mark', () => {
    expect(fileText(utf16le('a\tb\nCafé ŵ 🎉'))).toEqual({ ok: true, text: 'a\tb\nCafé ŵ 🎉', encoding: 'utf-16le' });
    expect(fileText(Uint8Array.from([0xfe, 0xff, 0, 0x41, 0, 0x42]))).toEqual({ ok: true, text: 'AB', encoding: 'utf-16be' });
    expect(fileText(Uint8Array.from([0xef, 0xbb, 0xbf, 0x41]))).toEqual({ ok: true, text: 'A', encoding: 'utf-8' });
  });

  it('refuses an empty file, a file with a NUL byte, and broken UTF-16', () => {
    expect(fileText(new Uint8Array())).toEqual({ ok: false, problem: 'empty' });
    expect(fileText(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))).toEqual({ ok: false, problem: 'not-text' });
    expect(fileText(Uint8Array.from([0xff, 0xfe, 0x41]))).toEqual({ ok: false, problem: 'not-text' });
  });

  it('never throws, and a file it reads holds no NUL', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const read = fileText(bytes);
        if (read.ok && !read.encoding.startsWith('utf-16')) expect(read.text.includes('\0')).toBe(false);
      }),
    );
  });
});
