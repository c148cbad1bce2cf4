/** The localStorage keys answers storage writes (listed in index.ts's header). */
import { KEY_PREFIX } from '../../../storage/guarded';

export { KEY_PREFIX };
export const ANSWERS = `${KEY_PREFIX}answers:`;
export const KEPT_ASIDE = `${KEY_PREFIX}kept-aside:`;
export const BEFORE_MIGRATION = `${KEY_PREFIX}before-migration:`;
export const IMPORT_BACKUP = `${KEY_PREFIX}backup:before-import`;
/** Read (never written) to tell whether storage can be used at all. */
export const PROBE = `${KEY_PREFIX}probe`;

export const recordKey = (instrument: string) => `${ANSWERS}${instrument}`;
