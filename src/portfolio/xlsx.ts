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
  const rows = data.map((row) => row.map(cellText)).filter((row) => row.some((c) => c !== ''));
  const [header, ...rest] = rows;
  if (!header) return { ok: false, error: 'The first sheet is empty.' };
  if (rest.length === 0) return { ok: false, error: 'The first sheet has a heading row but no projects.' };
  return { ok: true, header, rows: rest };
}
