/**
 * An Excel register (.xlsx, first sheet) as rows of text, like a CSV file.
 * read-excel-file's "universal" build reads a Blob or ArrayBuffer with no Web
 * Worker (so the page's CSP needs nothing new); it is imported only when a
 * person chooses an .xlsx file, so it costs nothing on page load.
 */
import type { CellValue } from 'read-excel-file/universal';

export type XlsxResult = { ok: true; header: string[]; rows: string[][] } | { ok: false; error: string };

/** A cell as the text a person typed: dates as YYYY-MM-DD, numbers as written. */
export function cellText(cell: CellValue | null | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

export async function readXlsx(input: Blob | ArrayBuffer): Promise<XlsxResult> {
  const { readSheet } = await import('read-excel-file/universal');
  let data: (CellValue | null)[][];
  try {
    data = (await readSheet(input)) as (CellValue | null)[][];
  } catch {
    return { ok: false, error: 'The file could not be read as an Excel workbook. Save it again as .xlsx or as CSV, and try again.' };
  }
  // Blank rows after the heading row stay (the importer skips them) so problems name the row the spreadsheet shows.
  const rows = data.map((row) => row.map(cellText));
  const filled = (row: string[]) => row.some((c) => c !== '');
  while (rows.length && !filled(rows[rows.length - 1]!)) rows.pop();
  const [header, ...rest] = rows;
  if (!header || !filled(header)) return { ok: false, error: 'The first sheet is empty, or its first row is blank.' };
  if (!rest.some(filled)) return { ok: false, error: 'The first sheet has a heading row but no projects.' };
  return { ok: true, header, rows: rest };
}
