import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BOM, detectDelimiter, neutraliseCell, readCsv, restoreCell, writeCsv } from '../../../src/site/lib/csv';

describe('formula neutralisation', () => {
  it('keeps an apostrophe that a register typed, and strips only one that writing adds', () => {
    const read = readCsv('Title\n"\'Sepsis six\' bundle audit"\n\'Hello\n');
    expect(read.ok && read.rows).toEqual([["'Sepsis six' bundle audit"], ["'Hello"]]);
    expect(restoreCell("'=SUM(A1)")).toBe('=SUM(A1)');
  });

  it('reads back any text it writes, exactly', () => {
    // Each cell ends in "z" so no row is blank (blank rows at the end are dropped on reading, by design).
    const cell = fc.string({ unit: fc.constantFrom("'", '=', '+', '-', '@', '\t', 'a', ' ', ',', '"') }).map((c) => `${c}z`);
    fc.assert(fc.property(fc.array(cell), (cells) => {
      const read = readCsv(writeCsv(['h'], cells.map((c) => [c])));
      expect(read.ok && read.rows.map((r) => r[0])).toEqual(cells);
    }));
  });

  it('prefixes cells that a spreadsheet would run as a formula', () => {
    for (const risky of ['=1+1', '+44 1452', '-5+1', '-A1', '+', '-', '@SUM(A1)', '\tx', '\rx']) expect(neutraliseCell(risky)).toBe(`'${risky}`);
    // A signed number is read by a spreadsheet as that number: an apostrophe would only spoil the label.
    for (const safe of ['3', '-5', '+1', '-2.5', '+1e3', 'plain', '', ' =not first', 'a=b']) expect(neutraliseCell(safe)).toBe(safe);
  });

  it('gives back exactly the original, including text that starts with an apostrophe', () => {
    for (const s of ['=1+1', "'=1+1", "'quoted", "''", '-', 'plain', '\r\n', '@']) expect(restoreCell(neutraliseCell(s))).toBe(s);
  });
});

describe('writeCsv', () => {
  it('writes a BOM, CRLF line ends and quotes every field', () => {
    const text = writeCsv(['a', 'b'], [['x,y', 3], ['line\nbreak', undefined]]);
    expect(text.startsWith(BOM)).toBe(true);
    expect(text).toBe(`${BOM}"a","b"\r\n"x,y","3"\r\n"line\nbreak",""\r\n`);
  });

  it('neutralises formulas in the file and restores them on reading', () => {
    const text = writeCsv(['note'], [['=HYPERLINK("http://evil")'], ['@cmd'], ['+1'], ['-2']]);
    expect(text).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(text).toContain(`"'@cmd"`);
    expect(text).toContain(`"+1"\r\n"-2"`);
    const read = readCsv(text);
    expect(read.ok && read.rows).toEqual([['=HYPERLINK("http://evil")'], ['@cmd'], ['+1'], ['-2']]);
  });
});

describe('readCsv', () => {
  it('reads a BOM, CRLF, quoted commas and quotes, Welsh letters and emoji', () => {
    const r = readCsv(`${BOM}"a","b"\r\n"1,5","ŵ ""ŷ"" 🎉"\r\n`);
    expect(r).toEqual({ ok: true, header: ['a', 'b'], rows: [['1,5', 'ŵ "ŷ" 🎉']] });
  });

  it('reads semicolons as the delimiter (Excel in much of Europe)', () => {
    expect(detectDelimiter('a;b;c\r\n1;2;3')).toBe(';');
    expect(readCsv('a;b\r\n"x,y";2\r\n')).toEqual({ ok: true, header: ['a', 'b'], rows: [['x,y', '2']] });
  });

  it('reads tabs and plain LF line ends', () => {
    expect(readCsv('a\tb\n1\t2\n')).toEqual({ ok: true, header: ['a', 'b'], rows: [['1', '2']] });
  });

  it('ignores blank lines and refuses an empty file or broken quotes', () => {
    expect(readCsv('a,b\r\n\r\n1,2\r\n\r\n')).toEqual({ ok: true, header: ['a', 'b'], rows: [['1', '2']] });
    expect(readCsv(`${BOM}  \r\n`)).toEqual({ ok: false, error: 'The file is empty.' });
    expect(readCsv('a,b\r\n"unclosed,2\r\n').ok).toBe(false);
  });
});
