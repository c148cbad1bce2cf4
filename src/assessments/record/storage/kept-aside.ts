/**
 * Records that could not be used, kept byte for byte under their own keys
 * (`qi-hub:kept-aside:<instrument>:<time>:<n>`): written once, never
 * overwritten, listed and downloadable until the person discards them.
 */
import type { GuardedStorage } from '../../../storage/guarded';
import { KEPT_ASIDE } from './keys';
import type { KeptAside } from './types';

/** Every kept-aside record that can be read, oldest key first. */
export function listKeptAside({ read, keys }: GuardedStorage): KeptAside[] {
  const out: KeptAside[] = [];
  for (const key of keys()) {
    if (!key.startsWith(KEPT_ASIDE)) continue;
    const got = read(key);
    if (!got.ok || got.value === null) continue;
    const [instrument = '', ...rest] = key.slice(KEPT_ASIDE.length).split(':');
    // The time itself holds colons: everything but the trailing counter.
    out.push({ key, instrument, keptAt: rest.slice(0, -1).join(':'), raw: got.value });
  }
  return out.sort((a, b) => (a.key < b.key ? -1 : 1));
}

/** A file name and text for downloading a kept-aside record, exactly as it was stored. */
export function keptAsideDownload(item: KeptAside): { filename: string; text: string } {
  const safeTime = item.keptAt.replace(/[^0-9T]/g, '').slice(0, 15);
  return { filename: `qi-hub-kept-aside-${item.instrument || 'record'}-${safeTime}.txt`, text: item.raw };
}
