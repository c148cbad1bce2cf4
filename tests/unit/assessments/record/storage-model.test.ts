/**
 * A model-based test of the stored answers (the store over the storage
 * module): fast-check runs random sequences of what a person, another tab,
 * the browser and the clock can do, and after every step compares the page's
 * state with a simple model of what the person did.
 *
 * Invariants, after every step:
 * - the person's latest action is what the page shows, and, when no fault is
 *   reported, what storage holds;
 * - nothing the person did not clear disappears: a reload loses only answers
 *   the page had reported as not saved;
 * - after Clear everything no qi-hub: key remains (unless storage is blocked,
 *   which is reported);
 * - no step throws;
 * - every fault has words for the person (a status line, a heading and an explanation).
 *
 * Runs FC_RUNS sequences (default 150); `FC_RUNS=5000 npm run test:unit -- tests/unit/assessments/record/storage-model.test.ts` for more.
 */
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { $importBackup, answer, openInstrument, stateOf, useStorage } from '../../../../src/assessments/record/assessment-store';
import { clearEverything, resetInstrument, saveShownAgain, saveSnapshot, startInstrumentAgain } from '../../../../src/assessments/record/actions/assessment-actions';
import { importBackup, importRecords, restoreBackup } from '../../../../src/assessments/record/import-store';
import { latestTime, mergeRecords, setAnswer, stampFor } from '../../../../src/assessments/record/answer-record';
import { hasContent } from '../../../../src/assessments/record/current-answers';
import { sameRecord } from '../../../../src/assessments/record/other-tab-change';
import { resetRecord } from '../../../../src/assessments/record/actions/record-resets';
import { exportJson } from '../../../../src/assessments/transfer/export';
import { planInstrument } from '../../../../src/assessments/transfer/import-plan';
import { createAnswerStorage, KEY_PREFIX, parseRecord, recordKey, type StorageEvents } from '../../../../src/assessments/record/storage';
import { faultText, statusLine } from '../../../../src/assessments/record/fault-messages';
import { backupRecords, planUndo } from '../../../../src/assessments/transfer/undo-import';
import { emptyRecord, type AnswerRecord } from '../../../../src/schemas/answers';
import { FakeStorage } from '../../fixtures/fake-storage';
import { agree, catalogue, rating } from '../../fixtures/instruments';

const RUNS = Number(process.env.FC_RUNS ?? 150);
const INSTRUMENTS = [rating, agree];
const itemsOf = (id: string) => INSTRUMENTS.find((i) => i.id === id)!.sections.flatMap((s) => s.items.map((x) => x.id));
const valuesOf = (id: string) => INSTRUMENTS.find((i) => i.id === id)!.scale.points.map((p) => p.value);
const ruleOf = (id: string) => ({ items: itemsOf(id), values: valuesOf(id) });
const WRITE_FAULTS = new Set(['blocked', 'full', 'write-failed', 'cleared']);

type Answer = { value?: number; note?: string };
interface Model {
  answers: Record<string, Record<string, Answer>>;
  snapshots: Record<string, number>;
  /** Each instrument's answers as the last import found them, while it can be undone. */
  backup: Record<string, Record<string, Answer>> | null;
}

interface Real {
  fake: FakeStorage;
  events: StorageEvents;
  /** Delivers a "storage" event, as the browser does for another tab's write. */
  fire: (key: string | null, newValue: string | null) => void;
}

const T0 = Date.parse('2025-06-01T09:00:00.000Z');

function newWorld(): Real {
  const fake = new FakeStorage();
  const listeners = new Set<(e: StorageEvent) => void>();
  const events: StorageEvents = { addEventListener: (_t, fn) => listeners.add(fn), removeEventListener: (_t, fn) => listeners.delete(fn) };
  const fire = (key: string | null, newValue: string | null) => {
    for (const fn of listeners) fn({ key, newValue, storageArea: fake } as unknown as StorageEvent);
  };
  load(fake, events);
  return { fake, events, fire };
}

/** A new page load: a fresh store over the same storage, every instrument opened, the undo offer read. */
function load(fake: FakeStorage, events: StorageEvents) {
  useStorage(createAnswerStorage(() => fake, events));
  for (const i of INSTRUMENTS) openInstrument(i.id, ruleOf(i.id));
  importBackup();
}

/** What the page shows: answers with a value or a note (cleared marks show nothing). */
const shownAnswers = (id: string): Record<string, Answer> =>
  Object.fromEntries(
    Object.entries(stateOf(id).record.answers).filter(([, a]) => hasContent(a)).map(([k, a]) => [k, { ...(a.value !== undefined ? { value: a.value } : {}), ...(a.note ? { note: a.note } : {}) }]),
  );

function stored(fake: FakeStorage, id: string): AnswerRecord | null {
  const raw = fake.map.get(recordKey(id));
  if (raw === undefined) return null;
  const parsed = parseRecord(raw, id);
  return parsed.kind === 'record' ? parsed.record : null;
}
const storedAnswers = (fake: FakeStorage, id: string) => {
  const r = stored(fake, id);
  return r ? Object.fromEntries(Object.entries(r.answers).filter(([, a]) => hasContent(a)).map(([k, a]) => [k, { ...(a.value !== undefined ? { value: a.value } : {}), ...(a.note ? { note: a.note } : {}) }])) : {};
};

const unsaved = (id: string) => stateOf(id).faults.some((f) => WRITE_FAULTS.has(f.kind));

/** The invariants that hold after every step. */
function checkAll(model: Model, real: Real) {
  for (const { id } of INSTRUMENTS) {
    const state = stateOf(id);
    expect(state.loaded).toBe(true);
    expect(state.readOnly).toBe(false);
    expect(shownAnswers(id), `${id}: shown`).toEqual(model.answers[id]);
    expect(state.record.snapshots.length, `${id}: snapshots shown`).toBe(model.snapshots[id]);
    // A write fault must be reported; without one, storage holds what is shown.
    if (!unsaved(id)) {
      expect(storedAnswers(real.fake, id), `${id}: stored`).toEqual(model.answers[id]);
      expect(stored(real.fake, id)?.snapshots.length ?? 0, `${id}: snapshots stored`).toBe(model.snapshots[id]);
    }
    expect(statusLine(state)).not.toBe('');
    for (const fault of state.faults) {
      const { heading, body } = faultText(fault);
      expect(heading.length * body.length, fault.kind).toBeGreaterThan(0);
    }
  }
  if (!real.fake.blocked) expect($importBackup.get(), 'undo offered').toBe(real.fake.map.has(`${KEY_PREFIX}backup:before-import`));
}

const put = (answers: Record<string, Answer>, item: string, change: Answer) => {
  const next = { ...(answers[item] ?? {}), ...change };
  if (next.value === undefined) delete next.value;
  if (!next.note) delete next.note;
  const out = { ...answers };
  if (next.value === undefined && next.note === undefined) delete out[item];
  else out[item] = next;
  return out;
};

/** Advances the clock a second before each step, as a person takes time to act. */
const tick = () => vi.setSystemTime(Date.now() + 1000);

type Cmd = fc.Command<Model, Real>;
const cmd = (name: string, check: (m: Model, r: Real) => boolean, run: (m: Model, r: Real) => void): Cmd => ({
  check: (m) => check(m, undefined as unknown as Real),
  run: (m, r) => {
    tick();
    run(m, r);
    checkAll(m, r);
  },
  toString: () => name,
});
const always = () => true;

const instrument = fc.constantFrom(...INSTRUMENTS.map((i) => i.id));
const itemOf = (id: string) => fc.constantFrom(...itemsOf(id));
const answerCmd = instrument.chain((id) =>
  fc.tuple(itemOf(id), fc.constantFrom(...valuesOf(id))).map(([item, value]) =>
    cmd(`answer(${id}, ${item}, ${value})`, always, (m) => {
      answer(id, item, { value });
      m.answers[id] = put(m.answers[id]!, item, { value });
    }),
  ),
);
const noteCmd = instrument.chain((id) =>
  fc.tuple(itemOf(id), fc.constantFrom('', 'A note', 'Nodyn ŵ 🎉', 'x'.repeat(300))).map(([item, note]) =>
    cmd(`note(${id}, ${item}, ${note.slice(0, 12)})`, always, (m) => {
      answer(id, item, { note });
      m.answers[id] = put(m.answers[id]!, item, { note });
    }),
  ),
);
const snapshotCmd = instrument.map((id) =>
  cmd(`snapshot(${id})`, always, (m, r) => {
    const saved = saveSnapshot(id, 'Baseline');
    m.snapshots[id]!++;
    // "Saved" is said only when storage holds the snapshot; otherwise the page reports a fault.
    expect(saved, 'snapshot said saved').toBe(!unsaved(id));
    if (saved) expect(stored(r.fake, id)?.snapshots.length).toBe(m.snapshots[id]);
  }),
);
const startAgainCmd = instrument.map((id) =>
  cmd(`startAgain(${id})`, always, (m) => {
    startInstrumentAgain(id);
    m.answers[id] = {};
  }),
);
const resetCmd = instrument.map((id) =>
  cmd(`reset(${id})`, always, (m) => {
    resetInstrument(id);
    m.answers[id] = {};
    m.snapshots[id] = 0;
  }),
);
const clearAllCmd = fc.constant(
  cmd('clearEverything', always, (m, r) => {
    const result = clearEverything();
    for (const { id } of INSTRUMENTS) {
      m.answers[id] = {};
      m.snapshots[id] = 0;
    }
    if (!r.fake.blocked) {
      expect(result.ok).toBe(true);
      expect([...r.fake.map.keys()].filter((k) => k.startsWith(KEY_PREFIX))).toEqual([]);
      m.backup = null;
    } else expect(result.ok).toBe(false);
  }),
);
const otherTabCmd = instrument.chain((id) =>
  fc.tuple(itemOf(id), fc.constantFrom(...valuesOf(id))).map(([item, value]) =>
    cmd(`otherTab(${id}, ${item}, ${value})`, always, (m, r) => {
      if (r.fake.blocked) return;
      // Another tab knows what is stored and acts after everything it has seen.
      const base = stored(r.fake, id) ?? emptyRecord(id, new Date(T0).toISOString());
      const at = Math.max(stampFor(base), stampFor(stateOf(id).record));
      const other = createAnswerStorage(() => r.fake);
      const saved = other.save(setAnswer(base, item, { value }, new Date(at).toISOString()), { now: at });
      if (saved.fault) return;
      r.fire(recordKey(id), r.fake.map.get(recordKey(id))!);
      // Per item, the later answer wins whole: the other tab's, made from what it found stored.
      const known = base.answers[item];
      m.answers[id] = put({ ...m.answers[id], [item]: known?.note ? { note: known.note } : {} }, item, { value });
      // Snapshots are merged by id; the model counts what the merge kept.
      m.snapshots[id] = stateOf(id).record.snapshots.length;
    }),
  ),
);
const otherTabClearsCmd = fc.constant(
  cmd('otherTabClearsStorage', always, (m, r) => {
    if (r.fake.blocked) return;
    r.fake.clear();
    r.fire(null, null);
    m.backup = null;
  }),
);
/**
 * Another tab cleared everything and keeps its tombstone in memory; this tab
 * saves what it shows again. The other tab then merges this tab's write with
 * its tombstone and writes back only if the merge differs: what this tab
 * saved must survive that.
 */
const clearedElsewhereCmd = instrument.map((id) =>
  cmd(`otherTabClearsEverything, then saveShownAgain(${id})`, always, (m, r) => {
    if (r.fake.blocked) return;
    const tombstone = resetRecord(emptyRecord(id, new Date(T0).toISOString()), new Date(Math.max(Date.now(), latestTime(stateOf(id).record) + 1)).toISOString());
    r.fake.clear();
    r.fire(null, null);
    m.backup = null;
    // The person reads the message and saves again, later than the clear by the clock both tabs share.
    vi.setSystemTime(Math.max(Date.now(), Date.parse(tombstone.resetAt!)) + 1000);
    saveShownAgain(id);
    const now = stored(r.fake, id);
    if (!now) return;
    const merged = mergeRecords(tombstone, now);
    if (!sameRecord(merged, now)) {
      createAnswerStorage(() => r.fake).save(merged, { now: stampFor(merged) });
      r.fire(recordKey(id), r.fake.map.get(recordKey(id))!);
    }
  }),
);
const fullCmd = fc.boolean().map((full) =>
  cmd(`storageFull(${full})`, always, (_m, r) => {
    r.fake.full = full;
  }),
);
const blockedCmd = fc.boolean().map((blocked) =>
  cmd(`storageBlocked(${blocked})`, always, (_m, r) => {
    r.fake.blocked = blocked;
  }),
);
const clockCmd = fc.integer({ min: -3 * 3_600_000, max: 3 * 3_600_000 }).map((delta) =>
  cmd(`clockJump(${Math.round(delta / 60_000)} min)`, always, () => {
    vi.setSystemTime(Math.max(0, Date.now() + delta));
  }),
);
const importCmd = instrument.chain((id) =>
  fc.tuple(fc.dictionary(itemOf(id), fc.constantFrom(...valuesOf(id)), { minKeys: 1 }), fc.constantFrom(-60_000, 180_000)).map(([values, offset]) =>
    cmd(`import(${id}, ${JSON.stringify(values)}, ${offset / 1000} s)`, always, (m) => {
      const info = INSTRUMENTS.find((i) => i.id === id)!;
      // A file from a computer whose clock may be a few minutes ahead (within the allowance).
      const at = new Date(Date.now() + offset).toISOString();
      let record = emptyRecord(id, at);
      for (const [item, value] of Object.entries(values)) record = setAnswer(record, item, { value }, at);
      const plan = planInstrument({ id, title: info.title, record, unknownItems: [] }, stateOf(id).record);
      if (!plan.changes) return;
      const before = m.answers[id]!;
      const outcome = importRecords([plan.result], (records, importedAt) => exportJson(records, catalogue, importedAt));
      if (!outcome.ok) {
        // Nothing changed anywhere, and the fault has words.
        expect(faultText(outcome.fault).body).not.toBe('');
        return;
      }
      // Imported answers replace this browser's answers to the same items, notes included.
      for (const [item, value] of Object.entries(values)) m.answers[id] = { ...m.answers[id], [item]: { value } };
      m.backup = { [id]: before };
      m.snapshots[id] = stateOf(id).record.snapshots.length;
      // Straight after an import the person has changed nothing: undo must not say they did.
      const backup = backupRecords(importBackup()!, catalogue)!;
      const undo = planUndo(backup.records, backup.importedAt, (i) => stateOf(i).record, catalogue);
      for (const i of undo.instruments) expect(i.lostQuestions, `${i.id}: lost after import`).toEqual([]);
    }),
  ),
);
const undoCmd = fc.constant(
  cmd('undo', always, (m, r) => {
    const text = r.fake.blocked ? null : (r.fake.map.get(`${KEY_PREFIX}backup:before-import`) ?? null);
    if (text === null) return;
    const backup = backupRecords(text, catalogue);
    expect(backup).not.toBeNull();
    const plan = planUndo(backup!.records, backup!.importedAt, (id) => stateOf(id).record, catalogue);
    if (plan.nothing) return;
    const outcome = restoreBackup(plan.instruments.map((i) => i.result));
    if (!outcome.ok) return;
    expect(m.backup, 'the model knows of the backup').not.toBeNull();
    for (const i of plan.instruments) {
      m.answers[i.id] = m.backup![i.id]!;
      m.snapshots[i.id] = stateOf(i.id).record.snapshots.length;
    }
    m.backup = null;
  }),
);
const reloadCmd = fc.constant(
  cmd('reload', always, (m, r) => {
    // Not modelled: a reload while storage is blocked shows an empty page (and says why);
    // what is stored comes back into the page with its next save once storage is back.
    if (r.fake.blocked) return;
    const lost = INSTRUMENTS.filter(({ id }) => unsaved(id)).map((i) => i.id);
    load(r.fake, r.events);
    for (const { id } of INSTRUMENTS) {
      if (lost.includes(id)) {
        // The page said these were not saved; after a reload the page shows what storage holds.
        m.answers[id] = shownAnswers(id);
        m.snapshots[id] = stateOf(id).record.snapshots.length;
      }
    }
    m.backup = r.fake.map.has(`${KEY_PREFIX}backup:before-import`) ? m.backup : null;
  }),
);

const commands = [
  answerCmd,
  answerCmd,
  noteCmd,
  snapshotCmd,
  startAgainCmd,
  resetCmd,
  clearAllCmd,
  otherTabCmd,
  otherTabClearsCmd,
  clearedElsewhereCmd,
  fullCmd,
  blockedCmd,
  clockCmd,
  importCmd,
  undoCmd,
  reloadCmd,
];

describe('stored answers, against a model', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(T0);
  });
  afterEach(() => vi.useRealTimers());

  it(`keeps what the person did, through ${RUNS} random sequences of actions, tabs, faults and clock jumps`, () => {
    fc.assert(
      fc.property(fc.commands(commands, { maxCommands: 40 }), (cmds) => {
        vi.setSystemTime(T0);
        const real = newWorld();
        const model: Model = {
          answers: Object.fromEntries(INSTRUMENTS.map((i) => [i.id, {}])),
          snapshots: Object.fromEntries(INSTRUMENTS.map((i) => [i.id, 0])),
          backup: null,
        };
        fc.modelRun(() => ({ model, real }), cmds);
      }),
      { numRuns: RUNS },
    );
    // Generous: a slow machine must not fail it; each sequence takes a few milliseconds.
  }, 60_000 + RUNS * 100);
});
