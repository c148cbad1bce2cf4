/**
 * A spreadsheet's rows as the text the data parser reads: one line per row,
 * cells separated by tabs, so every row keeps its line number (row 5 of the
 * sheet is line 5 in the list of bad rows). Dates become day/month/year;
 * a tab or line break inside a cell becomes a space so it cannot split a row.
 */
export type SheetCell = string | number | boolean | Date | null | undefined;

const two = (n: number) => String(n).padStart(2, '0');

export function cellText(cell: SheetCell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return '';
    return `${two(cell.getUTCDate())}/${two(cell.getUTCMonth() + 1)}/${cell.getUTCFullYear()}`;
  }
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  return String(cell).replace(/[\t\r\n]+/g, ' ');
}

export function sheetToText(rows: readonly (readonly SheetCell[])[]): string {
  return rows.map((row) => row.map(cellText).join('\t').replace(/\t+$/, '')).join('\n');
}
