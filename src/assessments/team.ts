/**
 * The facilitator's team view: many people's scores for one instrument,
 * summarised per item and per section (how many answered, median, range,
 * distribution), with the items people disagree on most picked out.
 *
 * Participants come from share links and export files. The same answers seen
 * twice (the same link pasted twice, the same file dropped twice, or a link
 * and a file made from the same answers) count once: a participant's key is
 * the instrument, the time the answers were last changed (to the second) and
 * the scores.
 */
import type { Instrument } from './instrument';
import type { AnswerRecord } from '../schemas/answers';

export interface Participant {
  key: string;
  instrument: string;
  answeredAt: string;
  values: Record<string, number>;
  /** Where it came from: "link" or the file name. */
  source: string;
}

function keyOf(instrument: string, answeredAt: string, values: Record<string, number>): string {
  const seconds = Math.floor(Date.parse(answeredAt) / 1000);
  const scores = Object.keys(values)
    .sort()
    .map((k) => `${k}=${values[k]}`)
    .join(',');
  return `${instrument}|${seconds}|${scores}`;
}

export function participant(instrument: string, answeredAt: string, values: Record<string, number>, source: string): Participant {
  return { key: keyOf(instrument, answeredAt, values), instrument, answeredAt, values, source };
}

/** A participant from a stored or exported record: its current scores (notes are private and left out). */
export function participantFromRecord(record: AnswerRecord, source: string): Participant | undefined {
  const values: Record<string, number> = {};
  for (const [item, a] of Object.entries(record.answers)) if (a.value !== undefined) values[item] = a.value;
  if (Object.keys(values).length === 0) return undefined;
  return participant(record.instrument, record.updatedAt, values, source);
}

/** A participant from a share link's scores, or undefined when the link has none: a person with no scores would be counted but add nothing. */
export function participantFromShare(shared: { instrument: string; answeredAt: string; values: Record<string, number> }, source: string): Participant | undefined {
  if (Object.keys(shared.values).length === 0) return undefined;
  return participant(shared.instrument, shared.answeredAt, shared.values, source);
}

/**
 * The scale in words, giving only labels that add something to the number:
 * "0 to 5, where 0 = not at all and 5 = fully", not "0 = 0 – not at all; 1 = 1; …".
 */
export function scaleWords(points: readonly { value: number; label: string }[]): string {
  const range = `${points[0]!.value} to ${points[points.length - 1]!.value}`;
  const named = points.flatMap((p) => {
    const words = p.label.replace(new RegExp(`^${p.value}\\s*[–-]\\s*`), '').trim();
    return words === '' || words === String(p.value) ? [] : [`${p.value} = ${words}`];
  });
  if (named.length === 0) return range;
  return `${range}, where ${named.length === 2 ? named.join(' and ') : named.join('; ')}`;
}

/** Adds participants, skipping any already there. */
export function addParticipants(current: readonly Participant[], incoming: readonly Participant[]): { participants: Participant[]; duplicates: number } {
  const seen = new Set(current.map((p) => p.key));
  const participants = [...current];
  let duplicates = 0;
  for (const p of incoming) {
    if (seen.has(p.key)) duplicates++;
    else {
      seen.add(p.key);
      participants.push(p);
    }
  }
  return { participants, duplicates };
}

export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Population standard deviation: how far scores sit from their mean. */
export function spread(values: readonly number[]): number {
  if (values.length < 2) return 0;
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / values.length);
}

export interface Stats {
  /** How many gave a score. */
  n: number;
  median: number | undefined;
  min: number | undefined;
  max: number | undefined;
  /** max - min, 0 when fewer than two scores. */
  range: number;
  spread: number;
  /** Counts per scale point, in the scale's order. */
  distribution: number[];
}

function stats(values: readonly number[], scale: readonly number[], bin: (v: number) => number): Stats {
  const distribution = scale.map(() => 0);
  for (const v of values) {
    const i = bin(v);
    if (i >= 0) distribution[i]!++;
  }
  return {
    n: values.length,
    median: median(values),
    min: values.length ? Math.min(...values) : undefined,
    max: values.length ? Math.max(...values) : undefined,
    range: values.length ? Math.max(...values) - Math.min(...values) : 0,
    spread: spread(values),
    distribution,
  };
}

export interface ItemSummary extends Stats {
  id: string;
  text: string;
  section: string;
  /** Among the items people disagree on most. */
  disagree: boolean;
}

export interface SectionSummary extends Stats {
  id: string;
  title: string;
}

/** How many of the flagged items the summary lists by name: enough to start a conversation; the table marks every one. */
export const MOST_SHOWN = 5;

export interface TeamSummary {
  instrument: Instrument;
  participants: number;
  /** Disagreement threshold: a range of at least this many points. */
  threshold: number;
  items: ItemSummary[];
  sections: SectionSummary[];
  /** Ids of the items with most disagreement, most first (at most MOST_SHOWN). */
  mostDisagreement: string[];
  /** How many items are flagged in all: more than `mostDisagreement` holds when over MOST_SHOWN. */
  disagreeing: number;
}

/**
 * Items are flagged when at least two people answered and their scores span
 * at least half the scale (3 points on 0 to 5, 2 points on 1 to 5).
 * Section scores are each person's mean over the items they answered in the
 * section; the distribution counts those means rounded to the nearest point.
 */
export function summarise(instrument: Instrument, all: readonly Participant[]): TeamSummary {
  const people = all.filter((p) => p.instrument === instrument.id);
  const scale = instrument.scale.points.map((p) => p.value);
  const span = scale[scale.length - 1]! - scale[0]!;
  const threshold = Math.max(1, Math.ceil(span / 2));
  const exact = (v: number) => scale.indexOf(v);
  // Halves round up, as Math.round does: an average of 3.5 counts as 4.
  const nearest = (v: number) => scale.reduce((best, s, i) => (Math.abs(s - v) <= Math.abs(scale[best]! - v) ? i : best), 0);

  const items: ItemSummary[] = instrument.sections.flatMap((section) =>
    section.items.map((item) => {
      const values = people.map((p) => p.values[item.id]).filter((v): v is number => v !== undefined);
      const s = stats(values, scale, exact);
      return { ...s, id: item.id, text: item.text, section: section.title, disagree: s.n >= 2 && s.range >= threshold };
    }),
  );
  const sections: SectionSummary[] = instrument.sections.map((section) => {
    const means = people.flatMap((p) => {
      const vs = section.items.map((i) => p.values[i.id]).filter((v): v is number => v !== undefined);
      return vs.length ? [Math.round((vs.reduce((a, b) => a + b, 0) / vs.length) * 10) / 10] : [];
    });
    return { ...stats(means, scale, nearest), id: section.id, title: section.title };
  });
  const flagged = items.filter((i) => i.disagree);
  const mostDisagreement = flagged
    .sort((a, b) => b.range - a.range || b.spread - a.spread)
    .slice(0, MOST_SHOWN)
    .map((i) => i.id);
  return { instrument, participants: people.length, threshold, items, sections, mostDisagreement, disagreeing: flagged.length };
}

/** Instruments that participants answered, most participants first. */
export function instrumentsInUse(participants: readonly Participant[]): string[] {
  const counts = new Map<string, number>();
  for (const p of participants) counts.set(p.instrument, (counts.get(p.instrument) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([id]) => id);
}

export const fmt = (n: number | undefined) => (n === undefined ? '' : Number.isInteger(n) ? String(n) : n.toFixed(1));

/** The team summary as CSV rows (header first): one row per section, then one per item. */
export function teamCsvTable(summary: TeamSummary): { header: string[]; rows: string[][] } {
  const points = summary.instrument.scale.points;
  const header = ['level', 'section', 'item_id', 'item_text', 'answered', 'median', 'min', 'max', 'range', ...points.map((p) => `count_${p.value}`), 'disagreement'];
  const row = (level: string, section: string, id: string, text: string, s: Stats, flag: string) => [
    level,
    section,
    id,
    text,
    String(s.n),
    fmt(s.median),
    fmt(s.min),
    fmt(s.max),
    fmt(s.range),
    ...s.distribution.map(String),
    flag,
  ];
  return {
    header,
    rows: [
      ...summary.sections.map((s) => row('section', s.title, s.id, '', s, '')),
      ...summary.items.map((i) => row('item', i.section, i.id, i.text, i, i.disagree ? 'high' : '')),
    ],
  };
}
