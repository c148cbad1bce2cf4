/**
 * Browser glue for export, import and undo: reads the answers from the store
 * (memory first, so export works when storage is blocked) and writes through
 * it, so the page on screen shows what was imported at once.
 */
import { valueRule, type Instrument } from '../../instrument';
import { $assessments, openInstrument, stateOf } from '../../record/assessment-store';
import { dropImportBackup, importBackup, importRecords, restoreBackup } from '../../record/import-store';
import { browserStorage, type StorageFault } from '../../record/storage';
import type { UndoPlan } from '../../transfer/undo-import';
import { recordHasContent } from '../../record/current-answers';
import type { AnswerRecord } from '../../../schemas/answers';
import type { InstrumentPlan } from '../../transfer/import-plan';


/** The loaded state of an instrument, loading it from storage if this page has not yet. */
export function ensureOpen(instrument: Instrument) {
  const s = $assessments.get()[instrument.id];
  return s?.loaded ? s : openInstrument(instrument.id, valueRule(instrument));
}

/** Records to export: memory wins over storage for instruments open on this page. */
export function recordsToExport(catalogue: readonly Instrument[], only?: string): AnswerRecord[] {
  const known = new Map(catalogue.map((i) => [i.id, i]));
  const byId = new Map<string, AnswerRecord>();
  if (!only) {
    for (const r of browserStorage().loadAll((id) => (known.has(id) ? valueRule(known.get(id)!) : undefined))) byId.set(r.instrument, r);
  }
  for (const [id, s] of Object.entries($assessments.get())) if (s.loaded && (!only || id === only)) byId.set(id, s.record);
  if (only && !byId.has(only) && known.has(only)) byId.set(only, ensureOpen(known.get(only)!).record);
  return [...byId.values()].filter((r) => known.has(r.instrument) && recordHasContent(r)).sort((a, b) => (a.instrument < b.instrument ? -1 : 1));
}

export interface Applied {
  written: string[];
}

const failed = (fault: StorageFault): string =>
  fault.kind === 'full'
    ? 'Nothing was imported: this browser’s storage is full, so the import and a backup of your current answers could not both be saved. Your answers are as they were. Download your answers, free some space (for example clear answers you no longer need), then try again.'
    : fault.kind === 'newer-version'
      ? 'Nothing was imported: a newer version of QI Hub saved answers in this browser, and this page will not change them. Reload the page to get the newer version.'
      : 'Nothing was imported: this browser would not let us save (its storage is blocked). Your answers are as they were.';

/** Plans already applied, or being applied: one click imports once, however many clicks arrive. */
const applying = new WeakSet<readonly InstrumentPlan[]>();

/**
 * Writes planned records, all or none, after a backup of the answers they
 * replace (taken from the answers before the import, once). If the backup
 * cannot be kept, nothing is written. A second call with the same plans (a
 * double click) does nothing.
 */
export async function applyImport(plans: readonly InstrumentPlan[], catalogue: readonly Instrument[]): Promise<{ ok: true; applied: Applied } | { ok: false; error: string } | { ok: false; repeated: true }> {
  if (applying.has(plans)) return { ok: false, repeated: true };
  applying.add(plans);
  // Code that could not be fetched changes nothing, and the same plans may be tried again.
  const loaded = await Promise.all([import('../../transfer/export'), import('../../transfer/import-plan')]).catch((error: unknown) => {
    applying.delete(plans);
    throw error;
  });
  const [{ exportJson }, { planStillHolds }] = loaded;
  const changing = plans.filter((p) => p.changes);
  // An answer given while the preview was open (here or in another tab) would be overwritten by the plan.
  if (changing.some((p) => !planStillHolds(p, stateOf(p.id).record))) {
    applying.delete(plans);
    return { ok: false, error: 'Your answers changed after you checked the file, so nothing was imported. Check the file again to see what it will change now.' };
  }
  const result = importRecords(
    changing.map((p) => p.result),
    (before, importedAt) => exportJson(before, catalogue, importedAt),
  );
  if (!result.ok) {
    // Nothing changed, so the person may try the same import again.
    applying.delete(plans);
    return { ok: false, error: failed(result.fault) };
  }
  return { ok: true, applied: { written: changing.map((p) => p.title) } };
}

/** What undo would change now, or why there is nothing to undo. */
export async function planUndoNow(catalogue: readonly Instrument[]): Promise<{ ok: true; plan: UndoPlan } | { ok: false; message: string }> {
  const text = importBackup();
  if (text === null) return { ok: false, message: 'There is no import to undo in this browser.' };
  const { backupRecords, planUndo } = await import('../../transfer/undo-import');
  const backup = backupRecords(text, catalogue);
  if (!backup) return { ok: false, message: 'The backup could not be read, so nothing was changed.' };
  for (const r of backup.records) {
    const info = catalogue.find((c) => c.id === r.instrument);
    if (info) ensureOpen(info);
  }
  const plan = planUndo(backup.records, backup.importedAt, (id) => stateOf(id).record, catalogue);
  if (plan.nothing) {
    dropImportBackup();
    return { ok: false, message: 'There is nothing to undo: your answers are already as they were before the import.' };
  }
  return { ok: true, plan };
}

/**
 * Puts back the answers from before the last import, as planned and agreed.
 * If the answers changed since the plan was shown (another tab), nothing is
 * done and the new plan comes back to be shown instead.
 */
export async function undoImport(agreed: UndoPlan, catalogue: readonly Instrument[]): Promise<{ done: true; message: string } | { done: false; message: string; plan?: UndoPlan }> {
  const now = await planUndoNow(catalogue);
  if (!now.ok) return { done: false, message: now.message };
  if (now.plan.basis !== agreed.basis) {
    return { done: false, message: 'Your answers changed since you were asked, so nothing was undone. Check what undo will change now.', plan: now.plan };
  }
  const put = restoreBackup(now.plan.instruments.map((i) => i.result));
  if (!put.ok) return { done: false, message: 'Nothing was undone: this browser would not let us save (its storage is blocked or full). Your answers are as they were.' };
  return { done: true, message: 'Your answers are back as they were before the import.' };
}

/** Plans an import against what this browser holds; instruments a newer QI Hub wrote are left alone. */
export async function planFor(instruments: import('../../transfer/import').ImportedInstrument[], catalogue: readonly Instrument[]) {
  const { planImport } = await import('../../transfer/import-plan');
  const blocked: string[] = [];
  const plans = planImport(instruments, (id) => {
    const info = catalogue.find((c) => c.id === id)!;
    const s = ensureOpen(info);
    if (s.readOnly) blocked.push(id);
    return s.record;
  }).map((p) => (blocked.includes(p.id) ? { ...p, changes: false } : p));
  return { plans, blocked };
}
