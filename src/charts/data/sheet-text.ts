/**
 * A spreadsheet's rows as the text the data parser reads: one line per row,
 * cells separated by tabs, so every row keeps its line number (row 5 of the
 * sheet is line 5 in the list of bad rows). Dates become day/month/year;
 * a tab or line break inside a cell becomes a space so it cannot split a row.
 */
import { detectSeparator, splitLine } from './parse';

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

/**
 * Empty cells at the end of a row are dropped, but a row with a label keeps
 * its second column even when the value cell is empty, so the parser says
 * "There is no value" as it does for the same row pasted or in a CSV file.
 */
export function sheetToText(rows: readonly (readonly SheetCell[])[]): string {
  return rows
    .map((row) => {
      const cells = row.map(cellText);
      while (cells.length > 2 && cells.at(-1) === '') cells.pop();
      return cells.some((c) => c !== '') ? cells.join('\t') : '';
    })
    .join('\n');
}

export interface FileNote {
  /** Line of the text the note was on. */
  line: number;
  text: string;
}

/**
 * Takes a third column of notes ("PDSA 2 started", as in the run chart data
 * sheet template) out of a file's text, leaving two columns for the parser.
 * Text without notes comes back unchanged, so the parser reads it exactly as
 * if it had been pasted.
 */
export function splitNotes(text: string): { text: string; notes: FileNote[] } {
  const separator = detectSeparator(text);
  const lines = text.split(/\r\n|\r|\n/);
  const notes: FileNote[] = [];
  const rows = lines.map((line, i) => {
    const fields = splitLine(line, separator);
    if (!fields) return null;
    const note = fields.slice(2).join(' ').trim();
    if (note) notes.push({ line: i + 1, text: note });
    if (fields.length === 1) return fields[0]!.replace(/\t/g, ' ');
    return fields
      .slice(0, 2)
      .map((f) => f.replace(/[\t\r\n]+/g, ' '))
      .join('\t');
  });
  if (notes.length === 0) return { text, notes };
  return { text: lines.map((line, i) => rows[i] ?? line.replace(/\t/g, ' ')).join('\n'), notes };
}
