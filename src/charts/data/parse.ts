/**
 * Reads two columns pasted from a spreadsheet (or a CSV file's text): a date
 * or label, then a value. Every line is accounted for: it becomes a point,
 * the header, a blank line, or a bad row with its line number and a reason a
 * person can act on. Nothing is dropped without being listed.
 *
 * - Columns are separated by tabs (what a spreadsheet copies), or else by
 *   semicolons, or else by commas; the first of these found on a line
 *   decides for the whole text. Fields may be in double quotes ("" inside
 *   quotes is one quote), so a CSV label can hold a comma.
 * - A header is recognised when the first non-blank line's value is not a
 *   number (e.g. "Month, Falls").
 * - Dates are UK style, day/month/year (31/01/2025, 1/2/2025, 31-01-2025,
 *   31.01.2025, 31/01/25 for 2025), or ISO 2025-01-31 (a time after it, as
 *   in 2025-01-31 00:00:00, is ignored). A whole number such as 45689 is an
 *   Excel date serial only where the column is clearly dates: other rows have
 *   dates, or the heading says so. When some rows have dates and others do
 *   not, the fewer kind are bad rows with a reason, because the points could
 *   not be put in time order. A label that looks like a date but is not
 *   a real one (31/02/2025, or 12/31/2025 written month first) is a bad row,
 *   not a label, so that a mistake is not drawn as a category. Other labels
 *   (Week 1, Jan-25, PDSA 2) are kept as text.
 * - Values may have thousands separators (1,234.5), a trailing % or a
 *   leading £, and exponents (1.2E+03). In semicolon-separated text a single
 *   comma is a decimal comma (12,5 is twelve and a half), as in the
 *   spreadsheets that write semicolons.
 * - Spreadsheets often copy empty trailing cells; empty columns after the
 *   second are ignored. Anything else in a third column is a bad row.
 * - The same date twice is a bad row (the second one): a run or SPC chart
 *   has one value per period.
 */

export type Separator = '\t' | ';' | ',';

export interface ParsedPoint {
  /** 1-based line number in the pasted text. */
  line: number;
  /** The first column as written (trimmed). */
  label: string;
  /** ISO date (yyyy-mm-dd) when the label is a date. */
  date?: string;
  value: number;
}

export interface BadRow {
  line: number;
  /** The line as pasted. */
  text: string;
  reason: string;
}

export interface ParseResult {
  points: ParsedPoint[];
  bad: BadRow[];
  /** The header's two cells, when the first line was a header. */
  header: { line: number; label: string; value: string } | null;
  /** Line numbers of blank lines, which are skipped. */
  blank: number[];
  separator: Separator;
}

export function detectSeparator(text: string): Separator {
  // Separators inside quoted cells do not count.
  const lines = text.split(/\r\n|\r|\n/).map((line) => line.replace(/"(?:[^"]|"")*"/g, ''));
  for (const line of lines) {
    if (line.includes('\t')) return '\t';
  }
  for (const line of lines) {
    if (line.trim() === '') continue;
    if (line.includes(';')) return ';';
    if (line.includes(',')) return ',';
  }
  return '\t';
}

/** Splits one line into fields, honouring double quotes. Returns null when a quote is left open. */
export function splitLine(line: string, separator: Separator): string[] | null {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  let wasQuoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') {
        quoted = false;
      } else {
        field += ch;
      }
    } else if (ch === '"' && field.trim() === '' && !wasQuoted) {
      quoted = true;
      wasQuoted = true;
      field = '';
    } else if (wasQuoted && /\s/.test(ch) && ch !== separator) {
      // Spaces between a closing quote and the separator are not part of the cell.
    } else if (ch === separator) {
      fields.push(wasQuoted ? field : field.trim());
      field = '';
      wasQuoted = false;
    } else {
      field += ch;
    }
  }
  if (quoted) return null;
  fields.push(wasQuoted ? field : field.trim());
  return fields;
}

const PLAIN_NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;
const THOUSANDS = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const DECIMAL_COMMA = /^[+-]?\d+,\d+$/;

/**
 * The largest size of value the charts work with. Beyond it sums, means and
 * moving ranges lose their digits (doubles hold about 15) or overflow to
 * Infinity, which would give limits that cannot be drawn; even 50,000 points
 * of this size add up to a finite number.
 */
export const MAX_VALUE = 1e15;

/** A number from a cell, or a reason it is not one. */
export function parseValue(cell: string, separator: Separator): number | { reason: string; tooLarge?: true } {
  let text = cell.trim();
  if (text === '') return { reason: 'There is no value.' };
  text = text.replace(/^£\s*/, '').replace(/\s*%$/, '');
  let normal: string | undefined;
  if (PLAIN_NUMBER.test(text)) normal = text;
  else if (separator === ';' && DECIMAL_COMMA.test(text)) normal = text.replace(',', '.');
  else if (THOUSANDS.test(text)) normal = text.replace(/,/g, '');
  if (normal === undefined) return { reason: `The value "${cell.trim()}" is not a number.` };
  const value = Number(normal);
  if (!(Math.abs(value) <= MAX_VALUE)) {
    return {
      reason: `The value "${cell.trim()}" is too large to work with. Use values up to 1,000,000,000,000,000, for example by giving them in thousands.`,
      tooLarge: true,
    };
  }
  return value;
}

const UK_DATE = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})$/;
/** ISO, with or without a time of day as spreadsheets and databases write it (2025-01-31 00:00:00, 2025-01-31T09:30Z): the day is kept. */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** An ISO date from a UK or ISO date label; undefined when the label is not date-shaped; a reason when it is but is not a real date. */
export function parseDate(label: string): string | undefined | { reason: string } {
  let day: number, month: number, year: number;
  const uk = UK_DATE.exec(label);
  const iso = ISO_DATE.exec(label);
  // A two-digit year is this century's (01/03/25 is 1 March 2025), as UK spreadsheets read it for recent data.
  if (uk) [day, month, year] = [Number(uk[1]), Number(uk[3]), uk[4]!.length === 2 ? 2000 + Number(uk[4]) : Number(uk[4])];
  else if (iso) [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else return undefined;
  const daysInMonth = month >= 1 && month <= 12 ? new Date(Date.UTC(year, month, 0)).getUTCDate() : 0;
  if (day < 1 || day > daysInMonth) {
    return { reason: `"${label}" is not a real date. Write dates as day/month/year, for example 31/01/2025.` };
  }
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function parsePasted(text: string): ParseResult {
  const separator = detectSeparator(text);
  const lines = text.split(/\r\n|\r|\n/);
  // A final newline is not a blank line the person typed.
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  const result: ParseResult = { points: [], bad: [], header: null, blank: [], separator };
  const seenDates = new Map<string, number>();
  let first = true;

  lines.forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') {
      result.blank.push(line);
      return;
    }
    const bad = (reason: string): void => {
      result.bad.push({ line, text: raw, reason });
    };
    const isFirst = first;
    first = false;

    const fields = splitLine(raw, separator);
    if (fields === null) return bad('A quotation mark is not closed.');
    while (fields.length > 2 && fields[fields.length - 1] === '') fields.pop();
    if (fields.length < 2) return bad('There is only one column. Paste two columns: a date or label, then a value.');
    if (fields.length > 2) return bad(`There are ${fields.length} columns. Paste two columns: a date or label, then a value.`);
    const [label, cell] = fields as [string, string];

    const value = parseValue(cell, separator);
    if (typeof value !== 'number') {
      // A heading is words; a number too large to use is a bad row, even on the first line.
      if (isFirst && cell.trim() !== '' && !value.tooLarge && parseDate(label) === undefined) {
        result.header = { line, label, value: cell };
        return;
      }
      return bad(value.reason);
    }
    if (label === '') return bad('There is no date or label.');
    const date = parseDate(label);
    if (typeof date === 'object') return bad(date.reason);
    if (date !== undefined) {
      const earlier = seenDates.get(date);
      if (earlier !== undefined) return bad(`The date ${label} is already on line ${earlier}. Give one value for each date.`);
      seenDates.set(date, line);
    }
    result.points.push(date === undefined ? { line, label, value } : { line, label, date, value });
  });
  return mixedLabels(result, seenDates, lines);
}

/** The Excel serial numbers of 1 January 1950 to 31 December 2099: whole numbers outside this are not read as dates. */
const SERIAL = /^\d{5}$/;
const SERIAL_MIN = 18264;
const SERIAL_MAX = 73050;
const DATE_HEADING = /\b(date|day|week|month|period)/i;

/** An Excel date serial as an ISO date (day 25569 is 1 January 1970; Excel's serials after February 1900 count days from 30 December 1899). */
export function serialDate(label: string): string | undefined {
  if (!SERIAL.test(label)) return undefined;
  const n = Number(label);
  if (n < SERIAL_MIN || n > SERIAL_MAX) return undefined;
  return new Date((n - 25569) * 86_400_000).toISOString().slice(0, 10);
}

/**
 * A column that mixes dates with labels: Excel serials become dates when the
 * column is clearly dates; then whichever kind there are fewer of (labels on
 * a tie) are bad rows, so that nothing is drawn out of time order unsaid.
 */
function mixedLabels(result: ParseResult, seenDates: Map<string, number>, lines: readonly string[]): ParseResult {
  const dated = result.points.filter((p) => p.date).length;
  const headingSaysDates = result.header !== null && DATE_HEADING.test(result.header.label);
  if (dated === result.points.length || (dated === 0 && !headingSaysDates)) return result;
  const kept: ParsedPoint[] = [];
  for (const p of result.points) {
    const serial = p.date ? undefined : serialDate(p.label);
    if (serial === undefined) kept.push(p);
    else if (seenDates.has(serial)) {
      result.bad.push({ line: p.line, text: lines[p.line - 1]!, reason: `${p.label} is the date ${serial.split('-').reverse().join('/')}, which is already on line ${seenDates.get(serial)}. Give one value for each date.` });
    } else {
      seenDates.set(serial, p.line);
      kept.push({ ...p, date: serial });
    }
  }
  const nDated = kept.filter((p) => p.date).length;
  if (nDated === 0 || nDated === kept.length) return { ...result, points: kept, bad: byLine(result.bad) };
  const datesWin = nDated > kept.length - nDated;
  const points = kept.filter((p) => Boolean(p.date) === datesWin);
  for (const p of kept) {
    if (Boolean(p.date) === datesWin) continue;
    result.bad.push({
      line: p.line,
      text: lines[p.line - 1]!,
      reason: datesWin
        ? `"${p.label}" is not a date, but the other rows have dates, so this row cannot be put in time order. Write it as a date, for example 31/01/2025.`
        : `"${p.label}" is a date, but most rows have labels that are not dates, so this row cannot be put in order with them. Use the same kind of label on every row.`,
    });
  }
  return { ...result, points, bad: byLine(result.bad) };
}

const byLine = (bad: BadRow[]) => bad.sort((a, b) => a.line - b.line);
