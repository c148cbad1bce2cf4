/**
 * What a browser "storage" event from another tab means for stored answers
 * ("OTHER TABS" in index.ts's header). Part of the full reader (repair.ts):
 * other-tabs.ts fetches it with the first event, so a page open in one tab
 * never loads it.
 */
import type { ValueRule } from '../../../schemas/answers-core';
import { ANSWERS, IMPORT_BACKUP } from './keys';
import { readStored } from './parse-record';
import type { OtherTabChange } from './types';

/** The changes `e` reports, in order (none when it is not about answers in `store()`). */
export function otherTabChanges(e: StorageEvent, store: () => Storage | null, rules: ReadonlyMap<string, ValueRule>): OtherTabChange[] {
  const s = store();
  if (!s || (e.storageArea && e.storageArea !== s)) return [];
  if (e.key === null) return [{ kind: 'backup' }, { kind: 'cleared', instrument: null }];
  if (e.key === IMPORT_BACKUP) return [{ kind: 'backup' }];
  if (!e.key.startsWith(ANSWERS)) return [];
  const instrument = e.key.slice(ANSWERS.length);
  if (e.newValue === null) return [{ kind: 'cleared', instrument }];
  const parsed = readStored(e.newValue, instrument, rules.get(instrument));
  if (parsed.kind === 'record') return [{ kind: 'changed', instrument, record: parsed.record }];
  if (parsed.kind === 'newer') return [{ kind: 'newer-version', instrument, version: parsed.version }];
  // Anything else is left for the next load to keep aside.
  return [];
}
