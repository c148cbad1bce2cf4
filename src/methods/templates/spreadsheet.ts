/**
 * The editable spreadsheet of a template, as sheet data for the
 * `write-excel-file` package: the sheet to fill in (bold, frozen headings;
 * column widths; dates written day/month/year) and a sheet of instructions.
 */
import type { Spreadsheet } from './catalogue';

interface Cell {
  value: string;
  fontWeight?: 'bold';
  wrap?: boolean;
}

export interface SheetSpec {
  sheet: string;
  data: Cell[][];
  columns: { width: number }[];
  stickyRowsCount?: number;
  dateFormat?: string;
}

export function spreadsheetSheets(title: string, s: Spreadsheet): SheetSpec[] {
  const choices = s.columns.filter((c) => c.choices?.length).map((c) => `${c.header}: write one of ${c.choices!.join(', ')}.`);
  return [
    {
      sheet: s.sheet,
      data: [s.columns.map((c) => ({ value: c.header, fontWeight: 'bold' as const }))],
      columns: s.columns.map((c) => ({ width: c.width })),
      stickyRowsCount: 1,
      dateFormat: 'dd/mm/yyyy',
    },
    {
      sheet: 'How to use',
      data: [[{ value: title, fontWeight: 'bold' }], ...[...s.notes, ...choices].map((n) => [{ value: n, wrap: true }]), [{ value: 'From QI Hub. Blank template: add your own data.' }]],
      columns: [{ width: 100 }],
    },
  ];
}
