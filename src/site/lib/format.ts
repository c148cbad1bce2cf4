/** How exact a date is: some sources give only the month. */
export type DatePrecision = 'day' | 'month';

/** Dates as NHS content style writes them: "9 January 2019", or "May 2024" when only the month is known. */
export function formatDate(date: Date, precision: DatePrecision = 'day'): string {
  return date.toLocaleDateString('en-GB', {
    ...(precision === 'day' ? { day: 'numeric' } : {}),
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/**
 * A time this browser recorded (an answer, a snapshot, an export), as a date in
 * the reader's own time zone: "9 January 2019", "9 Jan 2019" with `month:
 * 'short'`, and "9 January 2019 at 14:05" with `time`. Unlike formatDate (dates
 * that content gives, read in UTC), it shows the day it was where the reader is.
 */
export function localDate(iso: string, { month = 'long', time = false }: { month?: 'long' | 'short'; time?: boolean } = {}): string {
  return new Date(iso).toLocaleString('en-GB', { day: 'numeric', month, year: 'numeric', ...(time ? { hour: '2-digit', minute: '2-digit' } : {}) });
}

const CLOCK = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });

/** A time this browser recorded, as a clock time where the reader is: "14:05". One formatter is kept, as making one costs more than drawing a chart. */
export const clockTime = (iso: string): string => CLOCK.format(new Date(iso));

/** A machine-readable date for <time datetime>: "2019-01-09", or "2024-05" when only the month is known. */
export function isoDay(date: Date, precision: DatePrecision = 'day'): string {
  return date.toISOString().slice(0, precision === 'day' ? 10 : 7);
}

/** Sorts entries by title, as a person scanning a list expects. */
export function byTitle<T extends { data: { title: string } }>(a: T, b: T): number {
  return a.data.title.localeCompare(b.data.title, 'en-GB');
}

const COUNT = new Intl.NumberFormat('en-GB');

/** "1 person", "3 people", "1,000 points": a count, written as NHS style writes numbers, with the right noun. */
/** A whole number as written in running text ("1,000"). */
export const count = (n: number): string => COUNT.format(n);

export const plural = (n: number, one: string, many = `${one}s`): string => `${COUNT.format(n)} ${n === 1 ? one : many}`;

/** A file's size as a download link or a message gives it: "9 KB" (kilobytes of 1,000 bytes, rounded up, so never "0 KB"). */
export const kilobytes = (bytes: number): string => `${COUNT.format(Math.max(1, Math.ceil(bytes / 1000)))} KB`;
