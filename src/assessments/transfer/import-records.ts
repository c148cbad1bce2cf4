/**
 * What JSON and CSV imports share: the result, refusal, forbidden keys, and
 * the check of each record against the instrument this site has now (the
 * words for schema issues are in `import-issues.ts`).
 */
import type { Instrument } from '../instrument';
import { FUTURE_ALLOWANCE_MS, type AnswerRecord } from '../../schemas/answers';
import { localDate } from '../../site/lib/format';
import { byId, itemIds } from '../catalogue';

export interface ImportedInstrument {
  id: string;
  title: string;
  record: AnswerRecord;
  /** Item ids in the file that the instrument does not have now: reported, left out. */
  unknownItems: string[];
}

export type CheckedImport =
  | { ok: true; kind: 'json' | 'csv'; instruments: ImportedInstrument[]; warnings: string[] }
  | { ok: false; errors: string[] };

export const fail = (...errors: string[]): CheckedImport => ({ ok: false, errors });

export const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** The latest time anywhere in a record, as text, if it is later than `limit`. */
function futureTime(record: AnswerRecord, limit: number): string | undefined {
  const times = [record.updatedAt, record.resetAt, ...Object.values(record.answers).map((a) => a.at), ...record.snapshots.map((s) => s.takenAt)];
  let latest: string | undefined;
  for (const t of times) if (t !== undefined && Date.parse(t) > limit && (!latest || Date.parse(t) > Date.parse(latest))) latest = t;
  return latest;
}

const dateOf = (iso: string) => {
  const d = new Date(iso);
  return d.getUTCFullYear() > 9999 ? `the year ${d.getUTCFullYear()}` : localDate(iso, { time: true });
};

/** Same instrument twice in one file, instruments the site lacks, values off the scale, retired items, times after now. */
export function checkRecords(kind: 'json' | 'csv', records: AnswerRecord[], catalogue: readonly Instrument[], now: number): CheckedImport {
  const known = byId(catalogue);
  const errors: string[] = [];
  const warnings: string[] = [];
  const seen = new Set<string>();
  const instruments: ImportedInstrument[] = [];
  if (records.length === 0) return fail('The file holds no answers.');
  for (const record of records) {
    const instrument = known.get(record.instrument);
    if (seen.has(record.instrument)) {
      errors.push(`The file has answers for “${record.instrument}” twice.`);
      continue;
    }
    seen.add(record.instrument);
    const future = futureTime(record, now + FUTURE_ALLOWANCE_MS);
    if (future) {
      errors.push(
        `${instrument?.title ?? record.instrument}: the file has answers dated ${dateOf(future)}, which is later than now. The computer that made the file may have had the wrong date. Nothing was imported.`,
      );
      continue;
    }
    if (!instrument) {
      warnings.push(`The file has answers for an assessment this site does not have (“${record.instrument}”). They will not be imported.`);
      continue;
    }
    const order = itemIds(instrument);
    const textOf = (item: string) => instrument.sections.flatMap((s) => s.items).find((i) => i.id === item)?.text.trim() ?? item;
    const ids = new Set(order);
    const values = new Set(instrument.scale.points.map((p) => p.value));
    const unknown = new Set<string>();
    const offScale: string[] = [];
    const keep = <T extends { value?: number | undefined }>(answers: Record<string, T>, where: string): Record<string, T> => {
      const out: Record<string, T> = {};
      for (const [item, a] of Object.entries(answers)) {
        if (!ids.has(item)) unknown.add(item);
        else if (a.value !== undefined && !values.has(a.value)) offScale.push(`${where}question ${order.indexOf(item) + 1} (${a.value}): “${textOf(item)}”`);
        else out[item] = a;
      }
      return out;
    };
    const cleaned: AnswerRecord = {
      ...record,
      answers: keep(record.answers, ''),
      snapshots: record.snapshots.map((s) => ({ ...s, answers: keep(s.answers, `snapshot “${s.label}”, `) })),
    };
    if (offScale.length) {
      warnings.push(
        `${instrument.title}: ${offScale.length === 1 ? 'one answer is' : `${offScale.length} answers are`} not on this assessment’s answer scale now, probably because its answer options changed after the file was made, and will not be imported: ${offScale.slice(0, 10).join('; ')}${offScale.length > 10 ? '; and others' : ''}.`,
      );
    }
    if (unknown.size) {
      warnings.push(`${instrument.title}: the file has answers to ${unknown.size === 1 ? 'a question' : `${unknown.size} questions`} this assessment does not ask now (${[...unknown].join(', ')}). They will not be imported.`);
    }
    instruments.push({ id: instrument.id, title: instrument.title, record: cleaned, unknownItems: [...unknown] });
  }
  if (errors.length) return { ok: false, errors };
  if (instruments.length === 0) return { ok: false, errors: warnings.length ? warnings : ['The file holds no answers this site can use.'] };
  return { ok: true, kind, instruments, warnings };
}
