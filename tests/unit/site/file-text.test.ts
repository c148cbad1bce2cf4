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
        // Bytes that hold a character written the UTF-8 way ("Ã©" is the bytes of "é") are read as UTF-8: real
        // Windows-1252 text almost never has such a pair, and damaged UTF-8 nearly always does.
        const asUtf8 = new TextDecoder('utf-8').decode(bytes);
        const utf8Like = !asUtf8.includes('\ufffd') || [...asUtf8].some((c) => c >= '\u0080' && c !== '\ufffd');
        if (!utf8Like) expect(fileText(bytes)).toEqual({ ok: true, text, encoding: 'windows-1252' });
      }),
    );
  });

  it('reads UTF-8 with a few damaged bytes as UTF-8, each damaged byte a "�", and counts them', () => {
    const good = new TextEncoder().encode('Note\nCafé “£5” – naïve\n');
    expect(fileText(Uint8Array.from([...good, 0xff]))).toEqual({ ok: true, text: 'Note\nCafé “£5” – naïve\n\ufffd', encoding: 'utf-8', damaged: 1 });
    // Our own export starts with UTF-8's byte-order mark: that alone says UTF-8, even with no accent in it.
    expect(fileText(Uint8Array.from([0xef, 0xbb, 0xbf, 0x61, 0x2c, 0x62, 0xff]))).toEqual({ ok: true, text: 'a,b\ufffd', encoding: 'utf-8', damaged: 1 });
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1 }).filter((t) => /[^\u0000-\u007f]/.test(t) && !t.includes('\0') && !t.includes('\ufffd')), fc.nat(), (text, at) => {
        const bytes = new TextEncoder().encode(text);
        const asciiAt = [0, ...[...bytes.keys()].filter((i) => bytes[i]! < 0x80).map((i) => i + 1)];
        const cut = asciiAt[at % asciiAt.length]!;
        const read = fileText(Uint8Array.from([...bytes.slice(0, cut), 0xff, ...bytes.slice(cut)]));
        expect(read).toMatchObject({ ok: true, encoding: 'utf-8', damaged: 1 });
        expect(read.ok && read.text.replace('\ufffd', '')).toBe(text);
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
