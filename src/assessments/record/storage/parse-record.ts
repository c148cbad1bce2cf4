/**
 * Stored text to a record: versions, migrations and salvage ("READING A RECORD"
 * in index.ts's header says what each case becomes).
 */
import { ISO_TIME, RECORD_VERSION, readRecord, type AnswerRecord, type ValueRule } from '../../../schemas/answers-core';
import { salvageRecord } from '../record-salvage';
import { readClean } from './clean-record';

/** Versions above this are not taken for a newer QI Hub: the record is damaged. */
const MAX_KNOWN_VERSION = 1000;

export type Parsed =
  | { kind: 'record'; record: AnswerRecord; migratedFrom?: number; dropped: string[] }
  | { kind: 'not-json' }
  | { kind: 'wrong-shape'; problems: string[] }
  | { kind: 'newer'; version: number; record: AnswerRecord | null };

/** Upgrades an older record to the current version. Key: the version it upgrades from. */
const migrations: Record<number, (old: unknown, instrument: string, now: string) => unknown> = {
  0: (old, instrument, now) => {
    if (typeof old !== 'object' || old === null || Array.isArray(old)) throw new MigrationError(['record: expected an object']);
    // Every entry is carried over (as own keys, whatever their names): the answers that
    // break a rule are then left out one by one and listed, as for a current record.
    // All but `v`: a record that names its version 0 says so there, and no question is called v.
    const answers = Object.fromEntries(Object.entries(old).filter(([item]) => item !== 'v').map(([item, value]) => [item, { value, at: now }]));
    return { v: 1, instrument, updatedAt: now, answers, snapshots: [] };
  },
};

class MigrationError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join(' '));
  }
}
const describe = (error: unknown): string[] => (error instanceof MigrationError ? error.problems : [String(error)]);

/** A record a newer QI Hub wrote still names its instrument and time and holds answers. */
function looksNewer(json: unknown, v: number, instrument: string): boolean {
  const r = json as { instrument?: unknown; updatedAt?: unknown; answers?: unknown };
  return (
    v <= MAX_KNOWN_VERSION &&
    r.instrument === instrument &&
    typeof r.updatedAt === 'string' &&
    ISO_TIME.test(r.updatedAt) &&
    typeof r.answers === 'object' &&
    r.answers !== null &&
    !Array.isArray(r.answers)
  );
}

/**
 * Reads stored text as a record of the given instrument, migrating if it can.
 * Answers that cannot be kept (see record-salvage.ts; with `rule`, values off
 * the scale too) are left out and listed in `dropped`.
 */
export function parseRecord(raw: string, instrument: string, now = new Date().toISOString(), rule?: ValueRule): Parsed {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { kind: 'not-json' };
  }
  const v = typeof json === 'object' && json !== null && !Array.isArray(json) && 'v' in json ? json.v : 0;
  if (typeof v !== 'number' || !Number.isInteger(v)) return { kind: 'wrong-shape', problems: ['v: not a version number'] };
  if (v > RECORD_VERSION) {
    if (!looksNewer(json, v, instrument)) return { kind: 'wrong-shape', problems: [`v: ${v}, but the rest is not a QI Hub record`] };
    // A record whose answers this version cannot read would leave the person
    // a locked, empty form: treat it as damaged, which can be downloaded or discarded.
    const asCurrent = readRecord({ ...(json as object), v: RECORD_VERSION });
    if (!asCurrent.ok) return { kind: 'wrong-shape', problems: [`v: ${v}, and its answers cannot be read by this version`] };
    return { kind: 'newer', version: v, record: asCurrent.value };
  }
  let data = json;
  let from: number | undefined;
  try {
    for (let at = v; at < RECORD_VERSION; at++) {
      const step = migrations[at];
      if (!step) return { kind: 'wrong-shape', problems: [`version ${v} cannot be upgraded`] };
      data = step(data, instrument, now);
      from = v;
    }
  } catch (e) {
    return { kind: 'wrong-shape', problems: describe(e) };
  }
  const result = salvageRecord(data, rule);
  if (!result) {
    const read = readRecord(data);
    return { kind: 'wrong-shape', problems: read.ok ? ['the record cannot be read'] : read.problems };
  }
  if (result.record.instrument !== instrument) {
    return { kind: 'wrong-shape', problems: [`instrument: "${result.record.instrument}" stored under "${instrument}"`] };
  }
  const parsed: Parsed = { kind: 'record', record: result.record, dropped: result.dropped };
  if (from !== undefined) parsed.migratedFrom = from;
  return parsed;
}

/** As `parseRecord`, reading a clean, current record the quick way (clean-record.ts gives the same record). */
export function readStored(raw: string, instrument: string, rule?: ValueRule): Parsed {
  const clean = readClean(raw, instrument, rule);
  return clean ? { kind: 'record', record: clean, dropped: [] } : parseRecord(raw, instrument, undefined, rule);
}
