/**
 * Fails the build when a content file references an entry that does not exist.
 * Called once from the home page, which every build renders.
 */
import { getCollection, type CollectionKey } from 'astro:content';
import { describeBrokenReferences, findBrokenReferences, type EntryLike } from '../lib/references';

const names: CollectionKey[] = ['methods', 'faculties', 'training', 'posters', 'programmes', 'news', 'pages', 'resources', 'assessments'];

export async function assertContentIntegrity(): Promise<void> {
  const all = (await Promise.all(names.map((n) => getCollection(n)))).flat() as unknown as EntryLike[];
  const ids = new Set(all.map((e) => `${e.collection}/${e.id}`));
  const broken = findBrokenReferences(all, (c, id) => ids.has(`${c}/${id}`));
  if (broken.length) throw new Error(`Broken references in content:\n${describeBrokenReferences(broken)}`);
}
