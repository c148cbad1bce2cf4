/**
 * The data as rows of two cells, for typing into a table, and back to the
 * tab-separated text the parser reads. Lines keep their order and number, so
 * a bad row's line number is its row number in the table.
 */
import { detectSeparator, splitLine } from '../data/parse';

export function textToRows(text: string): string[][] {
  if (text === '') return [];
  const separator = detectSeparator(text);
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines.map((line) => {
    const cells = splitLine(line, separator) ?? [line];
    return [cells[0] ?? '', cells.slice(1).join(' ')];
  });
}

const clean = (cell: string) => cell.replace(/[\t\r\n]+/g, ' ');

export function rowsToText(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(clean).join('\t')).join('\n');
}
