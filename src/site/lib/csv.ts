/**
 * CSV that opens cleanly in Excel and reads back exactly.
 *
 * Writing: UTF-8 with a byte-order mark (so Excel reads Welsh letters and emoji
 * as UTF-8), CRLF line ends, every field quoted. Reading: a BOM, CRLF or LF,
 * and comma, semicolon (Excel in much of Europe) or tab delimiters.
 *
 * Formula injection: a cell that starts with = + - @ tab or carriage return
 * would run as a formula in a spreadsheet, unless it is a plain signed number
 * such as -2 or +1 (left as written). Such cells are written with an
 * apostrophe in front, which spreadsheets show as text. A cell that already
 * starts with an apostrophe gets one too. Reading strips an apostrophe only
 * where writing would have added one (before = + - @ tab, carriage return or
 * another apostrophe), so our own files read back exactly and a register
 * title such as 'Sepsis six' bundle audit keeps its opening apostrophe.
 *
 * papaparse does the quoting and parsing; this module is loaded only when a
 * person exports or imports, so it costs nothing on page load.
 */
import Papa from 'papaparse';

export const BOM = '\uFEFF';
const risky = /^[=+\-@\t\r']/;
/** A signed number (-2, +1.5, -1e3): a spreadsheet reads it as that number, not a formula, so it needs no guard. */
const signedNumber = /^[+-](?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

export function neutraliseCell(value: string): string {
  return risky.test(value) && !signedNumber.test(value) ? `'${value}` : value;
}

export function restoreCell(value: string): string {
  return value.startsWith("'") && risky.test(value.slice(1)) ? value.slice(1) : value;
}

/** A CSV file's text: BOM, header row, CRLF, all fields quoted and neutralised. */
export function writeCsv(header: readonly string[], rows: readonly (readonly (string | number | undefined)[])[]): string {
  const data = [header, ...rows].map((row) => row.map((cell) => neutraliseCell(cell === undefined ? '' : String(cell))));
  return BOM + Papa.unparse(data, { quotes: true, newline: '\r\n', delimiter: ',', escapeFormulae: false }) + '\r\n';
}

export type CsvResult = { ok: true; header: string[]; rows: string[][] } | { ok: false; error: string };

/** The delimiter used in the header line: the candidate that appears most often outside quotes. */
export function detectDelimiter(text: string): string {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const outside = firstLine.replace(/"[^"]*"/g, '');
  const counts = [',', ';', '\t'].map((d) => [d, outside.split(d).length - 1] as const);
  const best = counts.reduce((a, b) => (b[1] > a[1] ? b : a));
  return best[1] > 0 ? best[0] : ',';
}

/**
 * Parses CSV text (BOM, CRLF, comma/semicolon/tab) and restores neutralised cells.
 * With keepBlankRows, blank rows between data rows stay (as rows of empty cells)
 * so a caller can number rows the way a spreadsheet shows them; blank rows at the end still go.
 */
export function readCsv(text: string, options: { keepBlankRows?: boolean } = {}): CsvResult {
  const body = text.startsWith(BOM) ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, error: 'The file is empty.' };
  const parsed = Papa.parse<string[]>(options.keepBlankRows ? body.replace(/(\r?\n\s*)+$/, '') : body, {
    delimiter: detectDelimiter(body),
    skipEmptyLines: options.keepBlankRows ? false : 'greedy',
  });
  const fatal = parsed.errors.find((e) => e.type === 'Quotes' || e.type === 'Delimiter');
  if (fatal) return { ok: false, error: `The file is not valid CSV: ${fatal.message.toLowerCase()}${fatal.row !== undefined ? ` (row ${fatal.row + 1})` : ''}.` };
  const [header, ...rows] = parsed.data.map((row) => row.map(restoreCell));
  if (!header) return { ok: false, error: 'The file is empty.' };
  return { ok: true, header: header.map((h) => h.trim()), rows };
}
