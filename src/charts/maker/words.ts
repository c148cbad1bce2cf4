/** How the chart maker writes numbers, point names and the names of point types. */
import type { ParsedPoint } from '../data/parse';
import type { Assurance, Direction, PointType, SpecialCause } from '../rules/making-data-count';

const formats = new Map<number, Intl.NumberFormat>();

/** A number as a person reads it: 12.35, 1,234.5, 0.0123 (fewer decimals for bigger numbers). */
export function num(value: number): string {
  if (!Number.isFinite(value)) return 'not available';
  const digits = Math.abs(value) >= 100 ? 1 : Math.abs(value) >= 1 ? 2 : 4;
  let format = formats.get(digits);
  if (!format) formats.set(digits, (format = new Intl.NumberFormat('en-GB', { maximumFractionDigits: digits })));
  return format.format(value);
}

// Every digit the number has, written at its shortest (0.1, not 0.1000000000000000055), with thousands grouped.
const ALL_DIGITS = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 20 });
/** A person's own value, with all its digits: the table shows what they entered, where `num` would round it. */
export const entered = (value: number): string => ALL_DIGITS.format(value);

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * A point's name: its date as NHS style writes it ("12 March 2025"), or its
 * label as given. Written out by hand: toLocaleDateString builds a formatter
 * on every call, which made a 1,000-point table take seconds on a phone.
 */
export function pointName(point: Pick<ParsedPoint, 'label' | 'date'>): string {
  if (!point.date) return point.label;
  const [year, month, day] = point.date.split('-').map(Number) as [number, number, number];
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/** The most characters an axis label takes: the width a date such as "22 Jun 2025" needs, and a little more. */
const AXIS_LABEL = 14;

/**
 * A short name for an axis label: "12 Mar 2025", or the label itself when it fits. A longer label keeps
 * its start and its end with "…" between ("Financial year 2022/23 Q1" is "Financ…2/23 Q1"): labels in a
 * series often differ only at the end, and cutting the end made them all alike, with no sign of the cut.
 * The year has four digits: "1 Jan 00" could be 1900 or 2000, and a date is no longer than the labels
 * already allowed for. The data table under the chart gives every label in full.
 */
export function shortName(point: Pick<ParsedPoint, 'label' | 'date'>): string {
  if (!point.date) {
    const chars = [...point.label.trim()];
    if (chars.length <= AXIS_LABEL) return chars.join('');
    const end = Math.ceil((AXIS_LABEL - 1) / 2);
    return `${chars.slice(0, AXIS_LABEL - 1 - end).join('').trimEnd()}…${chars.slice(-end).join('').trimStart()}`;
  }
  const [year, month, day] = point.date.split('-').map(Number) as [number, number, number];
  return `${day} ${MONTHS[month - 1]!.slice(0, 3)} ${year}`;
}

export const POINT_TYPE_NAMES: Record<PointType, string> = {
  'common-cause': 'Common cause variation',
  improvement: 'Special cause improvement',
  concern: 'Special cause concern',
  'neutral-high': 'Special cause variation (higher)',
  'neutral-low': 'Special cause variation (lower)',
};

export const CAUSE_NAMES: Record<SpecialCause, string> = {
  'above-upper-limit': 'above the upper process limit',
  'below-lower-limit': 'below the lower process limit',
  'increasing-trend': 'in an increasing trend',
  'decreasing-trend': 'in a decreasing trend',
  'two-of-three-above': 'close to the upper process limit (2 out of 3)',
  'two-of-three-below': 'close to the lower process limit (2 out of 3)',
  'run-above': 'above the mean',
  'run-below': 'below the mean',
  'common-cause': 'common cause',
};

export const ASSURANCE_NAMES: Record<Assurance, string> = {
  'consistent-pass': 'The process will consistently meet the target',
  'consistent-fail': 'The process will consistently miss the target',
  inconsistent: 'The process will sometimes meet and sometimes miss the target',
};

export const DIRECTION_NAMES: Record<Direction, string> = {
  increase: 'Higher is better',
  decrease: 'Lower is better',
  neutral: 'Neither: higher and lower are not better or worse',
};

/** A file name from a chart's title: lower case letters, digits and hyphens. */
export function fileName(title: string, extension: string): string {
  const base = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${base || 'chart'}.${extension}`;
}

/** "a", "a and b", "a, b and c". */
export function andList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
