/**
 * A data file as text for the parser: CSV or text files as they are (in
 * UTF-8, UTF-16 or Windows-1252), an
 * Excel workbook's first sheet through read-excel-file (loaded only when a
 * person picks a workbook, so it costs nothing on page load). The page
 * itself loads this module when a file is first chosen.
 */
import { sheetToText, splitNotes, type FileNote, type SheetCell } from '../data/sheet-text';
import { fileText } from '../../site/lib/file-text';

const XLSX = /\.xlsx$/i;
/** Bigger files are refused before reading: a chart needs far less. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export async function fileToText(file: File): Promise<string> {
  if (file.size > MAX_FILE_BYTES) throw new Error(`“${file.name}” is larger than 5 MB. Choose a smaller file, or copy the two columns you need and paste them.`);
  if (XLSX.test(file.name)) {
    try {
      const { readSheet } = await import('read-excel-file/browser');
      // Cells are strings, numbers, booleans, Dates or null (its types name the Date constructor).
      return sheetToText((await readSheet(file)) as unknown as SheetCell[][]);
    } catch {
      throw new Error(`“${file.name}” could not be read as an Excel workbook. Save it again as .xlsx or .csv, or copy the two columns and paste them.`);
    }
  }
  if (/\.xls$/i.test(file.name)) throw new Error(`“${file.name}” is an old Excel file (.xls). Save it as .xlsx or .csv first, or copy the two columns and paste them.`);
  // UTF-8, or Windows-1252 as Excel on Windows saves CSV (site/lib/file-text.ts): a label's "é" or "£" then
  // reads as itself rather than as "�". No note: the labels are in the chart and table, where a wrong guess shows.
  const read = fileText(new Uint8Array(await file.arrayBuffer()));
  if (!read.ok) {
    throw new Error(read.problem === 'empty' ? `“${file.name}” is empty.` : `“${file.name}” is not a CSV or text file. Choose a .csv or .xlsx file, or copy the two columns you need and paste them.`);
  }
  return read.text.replace(/^\uFEFF/, '');
}

/** A data file's two columns as text, and its notes column (a third column) apart. */
export async function fileToData(file: File): Promise<{ text: string; notes: FileNote[] }> {
  return splitNotes(await fileToText(file));
}
