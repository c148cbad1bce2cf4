/** Imported for its effect: runs the content integrity check once, when the first page module loads. */
import { assertContentIntegrity } from './check';

await assertContentIntegrity();
