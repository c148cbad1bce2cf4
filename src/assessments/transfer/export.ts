/**
 * Builds export files from answer records: JSON (complete, versioned,
 * re-importable; see src/schemas/export.ts) and CSV (one row per item and
 * snapshot, for spreadsheets). Pure: the island turns the text into a download.
 *
 * The JSON file carries each record whole, so importing it into an empty
 * browser gives back exactly what was there. The CSV carries everything a
 * person sees (values, notes, snapshot names and dates, answer times), and
 * imports back to the same answers, notes and snapshots.
 *
 * No time in a file is later than the time it was made (`capTimes`): import
 * refuses answers dated in the future, so a clock that once ran fast must not
 * make this browser's own export impossible to import.
 */
import type { Instrument } from '../instrument';
import type { AnswerRecord } from '../../schemas/answers-core';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportFile } from '../../schemas/export-core';
import { capTimes } from '../record/answer-record';
import { byId, itemIds, valueLabel } from '../catalogue';

export function buildExport(records: readonly AnswerRecord[], catalogue: readonly Instrument[], now = new Date().toISOString()): ExportFile {
  const known = byId(catalogue);
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now,
    instruments: records.map((record) => {
      const instrument = known.get(record.instrument);
      return {
        id: record.instrument,
        title: instrument?.title ?? record.instrument,
        items: instrument ? itemIds(instrument) : Object.keys(record.answers),
        record: capTimes(record, Date.parse(now)),
      };
    }),
  };
}

export function exportJson(records: readonly AnswerRecord[], catalogue: readonly Instrument[], now?: string): string {
  return `${JSON.stringify(buildExport(records, catalogue, now), null, 2)}\n`;
}

/** The CSV columns, in order. Import finds columns by these names, so their order may change in a spreadsheet. */
export const CSV_COLUMNS = [
  'instrument',
  'instrument_title',
  'snapshot_id',
  'snapshot_label',
  'snapshot_taken_at',
  'section',
  'item_id',
  'item_text',
  'value',
  'value_label',
  'note',
  'answered_at',
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** What the "snapshot_label" column says for the current answers. */
export const CURRENT_LABEL = 'Current answers';

type Row = Record<CsvColumn, string | number | undefined>;

/**
 * Rows for one record: the current answers, then each snapshot, each listing
 * every item of the instrument (answered or not) and then any answers for
 * items the instrument no longer has, so nothing stored is left out.
 */
export function csvRows(record: AnswerRecord, instrument: Instrument | undefined): Row[] {
  const layout: { section: string; id: string; text: string }[] = instrument
    ? instrument.sections.flatMap((s) => s.items.map((i) => ({ section: s.title, id: i.id, text: i.text })))
    : [];
  const listed = new Set(layout.map((l) => l.id));
  const extra = (ids: string[]) => ids.filter((id) => !listed.has(id)).map((id) => ({ section: '', id, text: '' }));
  const base = { instrument: record.instrument, instrument_title: instrument?.title ?? record.instrument };
  const label = (v: number | undefined) => (instrument ? valueLabel(instrument, v) : '');

  const rows: Row[] = [];
  // One row per item for the current answers and for each snapshot. Only the
  // current answers carry when each was given; a snapshot has its own date.
  const addRows = (answers: Record<string, { value?: number | undefined; note?: string | undefined; at?: string | undefined }>, snapshot: { id: string; label: string; takenAt: string }, withTimes: boolean) => {
    for (const l of [...layout, ...extra(Object.keys(answers))]) {
      const a = answers[l.id];
      rows.push({
        ...base,
        snapshot_id: snapshot.id,
        snapshot_label: snapshot.label,
        snapshot_taken_at: snapshot.takenAt,
        section: l.section,
        item_id: l.id,
        item_text: l.text,
        value: a?.value,
        value_label: label(a?.value),
        note: a?.note,
        answered_at: withTimes ? a?.at : '',
      });
    }
  };
  addRows(record.answers, { id: '', label: CURRENT_LABEL, takenAt: '' }, true);
  for (const s of record.snapshots) addRows(s.answers, s, false);
  return rows;
}

export function exportCsv(
  records: readonly AnswerRecord[],
  catalogue: readonly Instrument[],
  write: (header: readonly string[], rows: (string | number | undefined)[][]) => string,
  now = Date.now(),
): string {
  const known = byId(catalogue);
  const rows = records.flatMap((r) => csvRows(capTimes(r, now), known.get(r.instrument)));
  return write(CSV_COLUMNS, rows.map((r) => CSV_COLUMNS.map((c) => r[c])));
}

/** A file name like "qi-hub-readiness-to-innovate-2025-03-01.json". */
export function exportFilename(what: string, ext: 'json' | 'csv', now = new Date()): string {
  return `qi-hub-${what}-${now.toISOString().slice(0, 10)}.${ext}`;
}
