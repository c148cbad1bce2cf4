import { planStillHolds } from '../../../../src/assessments/transfer/import-plan';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { mergeRecords } from '../../../../src/assessments/record/answer-record';
import { readCsv, writeCsv } from '../../../../src/site/lib/csv';
import { exportCsv, exportJson } from '../../../../src/assessments/transfer/export';
import { checkImport, checkSize, damagedTextImport, decodeText, MAX_IMPORT_BYTES, unknownKeys } from '../../../../src/assessments/transfer/import';
import { describePlan, planImport, restamp } from '../../../../src/assessments/transfer/import-plan';
import type { AnswerRecord } from '../../../../src/schemas/answers';
import { catalogue, richRecord } from '../../fixtures/instruments';
import { toWindows1252 } from '../../../fixtures/windows-1252';
import Papa from 'papaparse';
import fc from 'fast-check';
import { csvTime, SPREADSHEET_TIMES } from '../../../../src/assessments/transfer/import-csv';

const NOW = '2025-03-02T08:00:00.000Z';
const json = (records: AnswerRecord[] = [richRecord()]) => exportJson(records, catalogue, NOW);
const errorsOf = (text: string) => {
  const r = checkImport(text, catalogue, readCsv);
  return r.ok ? [] : r.errors.join(' ');
};

describe('before reading', () => {
  it('refuses empty and too-large files by size alone', () => {
    expect(checkSize(0)).toMatch(/empty/);
    expect(checkSize(MAX_IMPORT_BYTES + 1)).toMatch(/too large/);
    expect(checkSize(20_000)).toBeNull();
  });

  it('refuses binary files and blank text, and reads UTF-8 and Windows-1252', () => {
    expect(decodeText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]))).toMatchObject({ ok: false, error: expect.stringMatching(/not a text file/) });
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x41]))).toMatchObject({ ok: false });
    expect(decodeText(new TextEncoder().encode('\uFEFF  \n'))).toEqual({ ok: false, error: 'The file is empty.' });
    expect(decodeText(new TextEncoder().encode('{"a":"ŵ"}'))).toEqual({ ok: true, text: '{"a":"ŵ"}', encoding: 'utf-8' });
    expect(decodeText(toWindows1252('note,“Café”'))).toEqual({ ok: true, text: 'note,“Café”', encoding: 'windows-1252' });
    // UTF-8 with a damaged byte stays UTF-8 (its accents intact), and the preview can say how many characters were lost.
    expect(decodeText(Uint8Array.from([...new TextEncoder().encode('\uFEFFnote,“Café”'), 0xff]))).toEqual({ ok: true, text: 'note,“Café”\ufffd', encoding: 'utf-8', damaged: 1 });
    expect(damagedTextImport(1)).toMatch(/^One character in this file could not be read, and shows as “�”\./);
    expect(damagedTextImport(1200)).toMatch(/^1,200 characters in this file could not be read, and show as “�”\./);
  });
});

describe('checking JSON', () => {
  it('refuses text that is not JSON, or JSON of another shape', () => {
    expect(errorsOf('hello there')).toMatch(/not valid JSON/);
    expect(errorsOf('{"format": "qi-hub-answers", ')).toMatch(/not valid JSON/);
    expect(errorsOf('[1,2,3]')).toMatch(/not an export from QI Hub\. Choose a file you downloaded with “Download as JSON”\./);
    expect(errorsOf('{"name":"something else"}')).toMatch(/not an export from QI Hub/);
  });

  it('refuses a file from a newer format version', () => {
    const file = JSON.parse(json());
    file.version = 2;
    expect(errorsOf(JSON.stringify(file))).toMatch(/newer version of QI Hub/);
  });

  it('refuses __proto__, constructor and prototype keys anywhere, without polluting anything', () => {
    const text = json().replace('"answers": {', '"answers": { "__proto__": { "polluted": true },');
    expect(errorsOf(text)).toMatch(/__proto__/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(errorsOf(json().replace('"format"', '"constructor": 1, "format"'))).toMatch(/constructor/);
  });

  it('refuses unknown keys at every level', () => {
    expect(errorsOf(json().replace('"format"', '"extra": 1, "format"'))).toMatch(/extra/);
    expect(errorsOf(json().replace('"label": "Baseline"', '"label": "Baseline", "colour": "red"'))).toMatch(/instruments\[0\]\.record\.snapshots\[0\]\.colour/);
    expect(errorsOf(json().replace('"value": 0,', '"value": 0, "weight": 2,'))).toMatch(/weight/);
  });

  it('refuses wrong shapes, with where they are', () => {
    expect(errorsOf(json().replace('"value": 3', '"value": "3"'))).toMatch(/Readiness to innovate, statement 1 \(“We are open to new initiatives\.”\): the answer is not a whole number\./);
    expect(errorsOf(json().replace('"value": 3', '"value": 3.5'))).toMatch(/statement 1 \(“We are open to new initiatives\.”\): the answer is not a whole number/);
    expect(errorsOf(json().replace('"takenAt": "2024-12-01T09:00:00.000Z"', '"takenAt": "yesterday"'))).toMatch(/Readiness to innovate, snapshot “Baseline”: the time it was taken is not a date and time as QI Hub writes it\./);
    expect(errorsOf(json().replace('"open": {', '"Open Item": {'))).toMatch(/Readiness to innovate: “Open Item” is not a statement id QI Hub writes\./);
    expect(errorsOf(json().replace(/"exportedAt": "[^"]*"/, '"exportedAt": "soon"'))).toMatch(/The time the file was made is not a date and time/);
  });

  it('says what is wrong in words, not paths, and lists every problem in a damaged file', () => {
    const file = JSON.parse(json());
    const answers = file.instruments[0].record.answers;
    answers.open.value = 7;
    answers.ideas.value = -1;
    answers.learn.at = 'not a date';
    answers['retired-item'] = { value: 2, at: '2025-03-01T10:00:00.000Z' };
    file.instruments[0].record.snapshots[1].answers.open.value = '3';
    const errors = errorsOf(JSON.stringify(file));
    expect(errors).not.toMatch(/instruments\.0|ISO 8601|\.at\b/);
    expect(errors).toMatch(/Readiness to innovate, statement 3 \(“We learn from outside\.”\): the time it was answered is not a date and time as QI Hub writes it\./);
    expect(errors).toMatch(/Readiness to innovate, snapshot “\+Follow-up, ŵ”, statement 1 \(“We are open to new initiatives\.”\): the answer is not a whole number\./);
    expect(errors).toMatch(/statement 1 \(“We are open to new initiatives\.”\): the answer 7 is not on this checklist’s scale \(0 to 5\)/);
    expect(errors).toMatch(/statement 2 \(“We readily generate new ideas\.”\): the answer -1 is not on this checklist’s scale/);
    expect(errors).toMatch(/the statement “retired-item” is not in this checklist now/);
  });

  it('lists at most ten problems and counts the rest', () => {
    const file = JSON.parse(json());
    file.instruments[0].record.snapshots = Array.from({ length: 12 }, (_, k) => ({ id: `s${k}`, label: `S${k}`, takenAt: 'never', answers: {} }));
    const r = checkImport(JSON.stringify(file), catalogue);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toHaveLength(12);
    expect(r.errors.at(-1)).toBe('And 2 more problems.');
  });

  it('leaves out values no longer on the instrument’s scale, imports the rest, and says which', () => {
    const r = checkImport(json().replace('"value": 3', '"value": 9'), catalogue, readCsv);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.warnings.join(' ')).toMatch(/one answer is not on this assessment’s answer scale now.*question 1 \(9\)/);
    expect(r.instruments[0]!.record.answers.open).toBeUndefined();
    expect(Object.keys(r.instruments[0]!.record.answers).length).toBeGreaterThan(0);
  });

  it('reports items the instrument no longer has and leaves them out', () => {
    const record = richRecord();
    record.answers['retired-item'] = { value: 2, at: '2025-03-01T10:00:00.000Z' };
    const r = checkImport(json([record]), catalogue);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.instruments[0]!.unknownItems).toEqual(['retired-item']);
    expect(r.instruments[0]!.record.answers['retired-item']).toBeUndefined();
    expect(r.warnings.join(' ')).toMatch(/does not ask now \(retired-item\)/);
  });

  it('reports an instrument this site does not have, and refuses a file with nothing usable', () => {
    const other = { ...richRecord(), instrument: 'not-here' };
    const r = checkImport(json([richRecord(), other]), catalogue);
    expect(r.ok && r.warnings.join(' ')).toMatch(/does not have \(“not-here”\)/);
    expect(errorsOf(json([other]))).toMatch(/does not have/);
  });

  it('finds keys that validation dropped', () => {
    expect(unknownKeys({ a: 1, b: { c: 2, d: 3 }, e: [{ f: 1, g: 2 }] }, { a: 1, b: { c: 2 }, e: [{ f: 1 }] })).toEqual(['b.d', 'e[0].g']);
  });
});

describe('checking CSV', () => {
  const csv = () => exportCsv([richRecord()], catalogue, writeCsv);

  it('reads semicolon CSV with a BOM, CRLF and quoted commas (as Excel saves it)', () => {
    const semicolons = csv().replace(/","/g, '";"');
    const r = checkImport(semicolons, catalogue, readCsv);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.instruments[0]!.record.answers).toEqual(richRecord().answers);
  });

  it('reads our CSV after Excel on Windows has opened and saved it (Windows-1252, no BOM, quotes only where needed)', () => {
    const record: AnswerRecord = {
      ...richRecord(),
      answers: {
        open: { value: 3, note: 'Café on the ward: “£5 a week” – fine, thanks', at: '2025-03-01T10:15:00.000Z' },
        ideas: { value: 0, at: '2025-03-01T10:16:00.000Z' },
      },
      snapshots: richRecord().snapshots.map((s) => ({ ...s, label: s.label.replace('ŵ', 'é') })),
    };
    const ours = readCsv(exportCsv([record], catalogue, writeCsv));
    if (!ours.ok) throw new Error(ours.error);
    const excel = toWindows1252(Papa.unparse([ours.header, ...ours.rows], { newline: '\r\n' }) + '\r\n');
    const text = decodeText(excel);
    expect(text).toMatchObject({ ok: true, encoding: 'windows-1252' });
    const r = text.ok ? checkImport(text.text, catalogue, readCsv) : null;
    expect(r?.ok && r.instruments[0]!.record.answers).toEqual(record.answers);
    expect(r?.ok && r.instruments[0]!.record.snapshots).toEqual(record.snapshots);
  });

  it('reads times a spreadsheet has rewritten as dates ("02/12/2026 10:58") as the same UTC clock time', () => {
    const excel = csv().replace(/"(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):00\.000Z"/g, '"$3/$2/$1 $4:$5"');
    expect(excel).toContain('"01/03/2025 10:15"');
    const r = checkImport(excel, catalogue, readCsv);
    expect(r.ok && r.instruments[0]!.record.answers.open!.at).toBe('2025-03-01T10:15:00.000Z');
    expect(r.ok && r.instruments[0]!.record.snapshots.map((s) => s.takenAt)).toEqual(richRecord().snapshots.map((s) => s.takenAt));
    // The preview says how they were read; our own times need no such word.
    expect(r.ok && r.warnings[0]).toBe(SPREADSHEET_TIMES);
    const own = checkImport(csv(), catalogue, readCsv);
    expect(own.ok && own.warnings).not.toContain(SPREADSHEET_TIMES);
  });

  it('refuses a file whose times have the month first (US), naming the first such row', () => {
    const us = csv().replace(/"(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):00\.000Z"/g, '"$2/$3/$1 $4:$5"').replace('"03/01/2025 10:16"', '"12/25/2024 10:16"');
    expect(errorsOf(us)).toMatch(/answered_at “12\/25\/2024 10:16” has the month first, as US dates do\./);
  });

  it('reads back any time as QI Hub writes it or as a spreadsheet shows it, and refuses dates that do not exist', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true }), (d) => {
        const iso = d.toISOString();
        expect(csvTime(iso)).toBe(iso);
        const [, y, mo, day, h, mi, sec] = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})/.exec(iso)!;
        const toSecond = `${y}-${mo}-${day}T${h}:${mi}:${sec}.000Z`;
        expect(csvTime(`${day}/${mo}/${y} ${h}:${mi}:${sec}`)).toBe(toSecond);
        expect(csvTime(`${y}-${mo}-${day} ${h}:${mi}:${sec}`)).toBe(toSecond);
      }),
    );
    expect(csvTime('2/3/2025 9:05')).toBe('2025-03-02T09:05:00.000Z');
    expect(csvTime('02/12/2026 11:44 AM')).toBe('2026-12-02T11:44:00.000Z');
    expect(csvTime('02/12/2026 12:05 am')).toBe('2026-12-02T00:05:00.000Z');
    expect(csvTime('02/12/2026 12:05 PM')).toBe('2026-12-02T12:05:00.000Z');
    expect(csvTime('02/12/2026 1:05:09PM')).toBe('2026-12-02T13:05:09.000Z');
    for (const bad of ['31/02/2025 10:00', '01/13/2025 10:00', '01/03/2025 24:00', '01/03/2025', '01/03/2025 13:00 PM', '01/03/2025 0:30 AM', 'yesterday', '']) expect(csvTime(bad), bad).toBeNull();
  });

  it('lists the first ten problem rows and says how many more there are', () => {
    const rows = Array.from({ length: 12 }, (_, i) => `readiness,,Current answers,,open,${i + 10}x,,2025-03-01T10:15:00.000Z`);
    const r = checkImport(`instrument,snapshot_id,snapshot_label,snapshot_taken_at,item_id,value,note,answered_at\r\n${rows.join('\r\n')}`, catalogue, readCsv);
    expect(r.ok ? [] : r.errors).toHaveLength(11);
    expect(r.ok ? '' : r.errors.at(-1)).toBe('And 2 more problems.');
  });

  it('reads CSV without quotes where none are needed', () => {
    const text = 'instrument,snapshot_id,snapshot_label,snapshot_taken_at,item_id,value,note,answered_at\r\nreadiness,,Current answers,,open,4,"Fine, thanks",2025-03-01T10:15:00.000Z\r\n';
    const r = checkImport(text, catalogue, readCsv);
    expect(r.ok && r.instruments[0]!.record.answers).toEqual({ open: { value: 4, note: 'Fine, thanks', at: '2025-03-01T10:15:00.000Z' } });
  });

  it('refuses CSV that QI Hub did not make, and bad cells, naming the row', () => {
    expect(errorsOf('name,age\r\nAnn,3\r\n')).toMatch(/not one made by QI Hub/);
    expect(errorsOf(csv().replace('"open","We are open to new initiatives.","3"', '"open","We are open to new initiatives.","three"'))).toMatch(/Row 2: the value “three”/);
    expect(errorsOf(csv().replace('"value"', '"value","colour"'))).toMatch(/colour/);
    expect(errorsOf(csv().replace(/"2025-03-01T10:15:00.000Z"/, '"1 March, about ten"'))).toMatch(/answered_at “1 March, about ten” is not a date and time QI Hub can read/);
    const offScale = checkImport(csv().replace('"open","We are open to new initiatives.","3"', '"open","We are open to new initiatives.","7"'), catalogue, readCsv);
    expect(offScale.ok && offScale.warnings.join(' ')).toMatch(/not on this assessment’s answer scale now/);
  });
});

describe('planning an import', () => {
  const incoming = () => {
    const r = checkImport(json(), catalogue);
    if (!r.ok) throw new Error(r.errors.join());
    return r.instruments;
  };

  it('into an empty browser writes the record exactly as exported', () => {
    const [plan] = planImport(incoming(), () => undefined);
    expect(plan!.result).toEqual(richRecord());
    expect(plan).toMatchObject({ answersAdded: 3, answersReplaced: 0, snapshotsAdded: 2 });
    expect(describePlan(plan!)).toBe('3 answers added, 2 snapshots added.');
    expect(describePlan({ ...plan!, answersAdded: 1200, snapshotsAdded: 4200 })).toBe('1,200 answers added, 4,200 snapshots added.');
  });

  it('over existing answers counts added, replaced and unchanged, and keeps answers the file lacks', () => {
    const here: AnswerRecord = {
      v: 1,
      instrument: 'readiness',
      updatedAt: '2025-04-01T00:00:00.000Z',
      answers: { open: { value: 5, at: '2025-04-01T00:00:00.000Z' }, ideas: { value: 0, at: '2025-04-01T00:00:00.000Z' } },
      snapshots: [{ id: 'snap-a1', label: 'Baseline', takenAt: '2024-12-01T09:00:00.000Z', answers: {} }, { id: 'mine', label: 'Mine', takenAt: '2025-04-01T00:00:00.000Z', answers: {} }],
    };
    const now = new Date('2025-05-01T00:00:00.000Z');
    const [plan] = planImport(incoming(), () => here, now);
    expect(plan).toMatchObject({ answersAdded: 1, answersReplaced: 1, answersUnchanged: 1, snapshotsAdded: 1, snapshotsReplaced: 1, changes: true });
    expect(describePlan(plan!)).toBe('1 answer added, 1 answer replaced, 1 snapshot added, 1 snapshot replaced.');
    expect(plan!.result.snapshots.map((s) => s.id)).toEqual(['snap-a1', 'snap-b2', 'mine']);
    expect(plan!.result.answers.open!.value).toBe(3);
    // The page's own older copy, merged with what was written, keeps the import.
    expect(mergeRecords(here, plan!.result).answers).toEqual(plan!.result.answers);
    expect(mergeRecords(plan!.result, here).snapshots).toEqual(plan!.result.snapshots);
  });

  it('says when nothing changes', () => {
    const [first] = planImport(incoming(), () => undefined);
    const [again] = planImport(incoming(), () => first!.result);
    expect(again!.changes).toBe(false);
    expect(describePlan(again!)).toMatch(/No change/);
  });

  it('says nothing changes when the CSV just downloaded is imported again, whatever order a snapshot’s answers were given in', () => {
    const here = richRecord();
    const [first] = here.snapshots;
    // Answered in another order than the checklist's, which is the order the CSV lists them in.
    first!.answers = Object.fromEntries(Object.entries(first!.answers).reverse());
    const csv = checkImport(exportCsv([here], catalogue, writeCsv), catalogue, readCsv);
    if (!csv.ok) throw new Error(csv.errors.join());
    const [plan] = planImport(csv.instruments, () => here);
    expect(describePlan(plan!)).toMatch(/No change/);
  });

  it('restamps so that a restore wins over the imported copy held elsewhere', () => {
    const imported = restamp(richRecord(), new Date('2025-05-01T00:00:00.000Z'));
    const backup: AnswerRecord = { v: 1, instrument: 'readiness', updatedAt: '2025-01-01T00:00:00.000Z', answers: { ideas: { value: 1, at: '2025-01-01T00:00:00.000Z' } }, snapshots: [] };
    const restored = restamp(backup, new Date('2025-05-02T00:00:00.000Z'));
    const merged = mergeRecords(imported, restored);
    expect(merged.answers).toEqual(restored.answers);
    expect(merged.snapshots).toEqual([]);
  });
});

describe('times and ids from outside', () => {
  // A file edited by hand, or made by a browser whose clock was wrong.
  const at = (iso: string) => {
    const file = JSON.parse(exportJson([richRecord()], catalogue, NOW));
    file.instruments[0].record.answers.open.at = iso;
    return JSON.stringify(file);
  };
  const now = Date.parse('2025-03-02T08:00:00.000Z');

  it('refuses answers dated later than now (plus a few minutes), JSON and CSV alike', () => {
    const future = checkImport(at('2025-03-02T09:00:00.000Z'), catalogue, readCsv, now);
    expect(future).toMatchObject({ ok: false, errors: [expect.stringMatching(/later than now/)] });
    expect(checkImport(at('9999-12-31T00:00:00.000Z'), catalogue, readCsv, now)).toMatchObject({ ok: false });
    expect(checkImport(at('2025-03-02T08:04:00.000Z'), catalogue, readCsv, now).ok).toBe(true);
    const r = richRecord();
    r.answers.open!.at = '2030-01-01T00:00:00.000Z';
    const csv = exportCsv([r], catalogue, writeCsv, Number.POSITIVE_INFINITY);
    expect(checkImport(csv, catalogue, readCsv, now)).toMatchObject({ ok: false, errors: [expect.stringMatching(/later than now/)] });
  });

  it('holds every id to one rule: "constructor" and "prototype" are refused everywhere', async () => {
    const { readRecord } = await import('../../../../src/schemas/answers-core');
    const { answerRecordSchema } = await import('../../../../src/schemas/answers');
    const { assessmentSchema } = await import('../../../../src/schemas/assessment');
    for (const id of ['constructor', 'prototype']) {
      const record = { v: 1, instrument: 'readiness', updatedAt: NOW, answers: { [id]: { value: 1, at: NOW } }, snapshots: [] };
      expect(readRecord(record).ok, id).toBe(false);
      expect(answerRecordSchema.safeParse(record).success, id).toBe(false);
      const instrument = parse(readFileSync('content/assessments/readiness-to-innovate.yaml', 'utf8'));
      expect(assessmentSchema().safeParse(instrument).success).toBe(true);
      instrument.sections[0].items[0].id = id;
      expect(JSON.stringify(assessmentSchema().safeParse(instrument).error?.issues), id).toMatch(/cannot be \\"constructor\\"/);
      const csv = exportCsv([{ ...richRecord(), answers: { open: { value: 1, at: NOW } } }], catalogue, writeCsv).replace(/,"open",/g, `,"${id}",`);
      expect(checkImport(csv, catalogue, readCsv, now).ok, id).toBe(false);
    }
    expect(readRecord({ v: 1, instrument: 'readiness', updatedAt: NOW, answers: { 'constructor-led': { value: 1, at: NOW } }, snapshots: [] }).ok).toBe(true);
  });
});

describe('planStillHolds', () => {
  const record = (answers: Record<string, { value: number; at: string }>) => ({ v: 1 as const, instrument: 'qi-approach', updatedAt: '2026-01-01T00:00:00.000Z', answers, snapshots: [] });
  it('holds while the record is the one the plan was worked out from', () => {
    const before = record({ a: { value: 1, at: '2026-01-01T00:00:00.000Z' } });
    expect(planStillHolds({ basedOn: before }, structuredClone(before))).toBe(true);
    expect(planStillHolds({ basedOn: undefined }, undefined)).toBe(true);
  });
  it('no longer holds once an answer was given after the preview', () => {
    const before = record({ a: { value: 1, at: '2026-01-01T00:00:00.000Z' } });
    const after = record({ a: { value: 1, at: '2026-01-01T00:00:00.000Z' }, b: { value: 3, at: '2026-01-01T00:01:00.000Z' } });
    expect(planStillHolds({ basedOn: before }, after)).toBe(false);
    expect(planStillHolds({ basedOn: undefined }, after)).toBe(false);
  });
});
