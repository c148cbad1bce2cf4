/**
 * Browser glue for export, import and undo: reads the answers from the store
 * (memory first, so export works when storage is blocked) and writes through
 * it, so the page on screen shows what was imported at once.
 */
import { $assessments, openInstrument, putRecord, stateOf } from '../../lib/assessment-store';
import { resetRecord } from '../../lib/answer-record';
import { browserStorage, importBackupSlot, type StorageFault } from '../../lib/storage';
import type { InstrumentInfo } from '../../lib/catalogue';
import type { AnswerRecord, ValueRule } from '../../schemas/answers';
import type { CheckedImport } from '../../lib/import';
import type { InstrumentPlan } from '../../lib/import-plan';

export const ruleOf = (i: InstrumentInfo): ValueRule => ({
  items: i.sections.flatMap((s) => s.items.map((x) => x.id)),
  values: i.scale.map((p) => p.value),
});

/** The loaded state of an instrument, loading it from storage if this page has not yet. */
export function ensureOpen(instrument: InstrumentInfo) {
  const s = $assessments.get()[instrument.id];
  return s?.loaded ? s : openInstrument(instrument.id, ruleOf(instrument));
}

/** Records to export: memory wins over storage for instruments open on this page. */
export function recordsToExport(catalogue: readonly InstrumentInfo[], only?: string): AnswerRecord[] {
  const known = new Map(catalogue.map((i) => [i.id, i]));
  const byId = new Map<string, AnswerRecord>();
  if (!only) {
    for (const r of browserStorage().loadAll((id) => (known.has(id) ? ruleOf(known.get(id)!) : undefined))) byId.set(r.instrument, r);
  }
  for (const [id, s] of Object.entries($assessments.get())) if (s.loaded && (!only || id === only)) byId.set(id, s.record);
  if (only && !byId.has(only) && known.has(only)) byId.set(only, ensureOpen(known.get(only)!).record);
  const hasData = (r: AnswerRecord) => Object.keys(r.answers).length > 0 || r.snapshots.length > 0;
  return [...byId.values()].filter((r) => known.has(r.instrument) && hasData(r)).sort((a, b) => (a.instrument < b.instrument ? -1 : 1));
}

export interface Applied {
  written: string[];
  faults: { title: string; fault: StorageFault }[];
}

/** Writes planned records: the backup first; if it cannot be kept, nothing is written. */
export async function applyImport(plans: readonly InstrumentPlan[], catalogue: readonly InstrumentInfo[]): Promise<{ ok: true; applied: Applied } | { ok: false; error: string }> {
  const { exportJson } = await import('../../lib/export');
  const changing = plans.filter((p) => p.changes);
  const before = changing.map((p) => stateOf(p.id).record);
  const backup = importBackupSlot().write(exportJson(before, catalogue));
  if (backup) {
    return { ok: false, error: 'Nothing was imported: this browser would not let us keep a backup of your current answers first (its storage is blocked or full). Download your answers, then free some space or allow storage and try again.' };
  }
  const applied: Applied = { written: [], faults: [] };
  for (const p of changing) {
    const state = putRecord(p.result, true);
    // A successful write clears these faults, so any still there means this write failed.
    const fault = state.faults.find((f) => f.kind === 'blocked' || f.kind === 'full' || f.kind === 'write-failed' || f.kind === 'newer-version');
    if (fault) applied.faults.push({ title: p.title, fault });
    else applied.written.push(p.title);
  }
  return { ok: true, applied };
}

/** Whether an import can be undone in this browser. */
export const hasBackup = () => importBackupSlot().read() !== null;

/** Puts back the answers from before the last import. */
export async function undoImport(catalogue: readonly InstrumentInfo[]): Promise<string> {
  const slot = importBackupSlot();
  const text = slot.read();
  if (text === null) return 'There is no import to undo in this browser.';
  const [{ checkJson }, { restamp, isPristine }] = await Promise.all([import('../../lib/import'), import('../../lib/import-plan')]);
  const checked: CheckedImport = checkJson(text, catalogue);
  if (!checked.ok) return 'The backup could not be read, so nothing was changed.';
  for (const i of checked.instruments) {
    const info = catalogue.find((c) => c.id === i.id);
    if (info) ensureOpen(info);
    const current = stateOf(i.id).record;
    putRecord(isPristine(i.record) ? resetRecord(current) : restamp(i.record), true);
  }
  slot.remove();
  return 'Your answers are back as they were before the import.';
}

/** Plans an import against what this browser holds; instruments a newer QI Hub wrote are left alone. */
export async function planFor(instruments: import('../../lib/import').ImportedInstrument[], catalogue: readonly InstrumentInfo[]) {
  const { planImport } = await import('../../lib/import-plan');
  const blocked: string[] = [];
  const plans = planImport(instruments, (id) => {
    const info = catalogue.find((c) => c.id === id)!;
    const s = ensureOpen(info);
    if (s.readOnly) blocked.push(id);
    return s.record;
  }).map((p) => (blocked.includes(p.id) ? { ...p, changes: false } : p));
  return { plans, blocked };
}
