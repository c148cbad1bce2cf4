import { describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import { cellText, readXlsx } from '../../../src/portfolio/xlsx';

describe('readXlsx', () => {
  it('reads the first sheet of a workbook as text rows', async () => {
    const buffer = await writeXlsxFile(
      [
        [{ value: 'Project title' }, { value: 'Start date' }, { value: 'Budget' }],
        [{ value: 'Falls on Larch ward' }, { value: new Date(Date.UTC(2025, 2, 1)), type: Date, format: 'yyyy-mm-dd' }, { value: 1200 }],
      ],
    ).toBuffer();
    const bytes = new Uint8Array(buffer);
    const read = await readXlsx(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    expect(read).toEqual({ ok: true, header: ['Project title', 'Start date', 'Budget'], rows: [['Falls on Larch ward', '2025-03-01', '1200']] });
  });

  it('says clearly when the file is not a workbook', async () => {
    expect(await readXlsx(new TextEncoder().encode('not a zip').buffer as ArrayBuffer)).toMatchObject({ ok: false, error: expect.stringMatching(/could not be read as an Excel workbook/) });
  });

  it('writes cells as the text a person typed', () => {
    expect(cellText(null)).toBe('');
    expect(cellText(3.5)).toBe('3.5');
    expect(cellText(true)).toBe('true');
  });
});

describe('row numbers as a spreadsheet shows them', () => {
  it('keeps blank rows in an Excel sheet so the importer names the right row', async () => {
    const { readRegister } = await import('../../../src/portfolio/register-import');
    const buffer = await writeXlsxFile([[{ value: 'Project title' }], [{ value: 'A' }], [null], [null], [{ value: '' }, { value: 'no title' }], [{ value: 'B' }]] as never).toBuffer();
    const bytes = new Uint8Array(buffer);
    const read = await readXlsx(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    if (!read.ok) throw new Error(read.error);
    expect(readRegister(read.rows, { title: 0 }).problems.map((p) => p.row)).toEqual([5]);
  });

  it('keeps blank lines in CSV so the importer names the right row', async () => {
    const { readCsv } = await import('../../../src/site/lib/csv');
    const { readRegister } = await import('../../../src/portfolio/register-import');
    const csv = readCsv('Title,Aim\nA,x\n\n\n,no title\nB,y\n\n', { keepBlankRows: true });
    if (!csv.ok) throw new Error(csv.error);
    const read = readRegister(csv.rows, { title: 0 });
    expect(read.problems).toEqual([{ row: 5, message: 'Row 5 has no title, so it was not imported.' }]);
    expect(read.projects.map((p) => p.title)).toEqual(['A', 'B']);
  });
});
