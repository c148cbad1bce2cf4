/**
 * Fails the build when a content file references an entry that does not exist.
 * Called once from the home page, which every build renders.
 */
import { getCollection, type CollectionKey } from 'astro:content';
import { describeBrokenReferences, findBrokenReferences, type EntryLike } from '../lib/references';
import { focusProblems } from '../lib/focus';

const names: CollectionKey[] = ['methods', 'faculties', 'training', 'posters', 'programmes', 'news', 'pages', 'resources', 'assessments', 'focus'];

export async function assertContentIntegrity(): Promise<void> {
  const all = (await Promise.all(names.map((n) => getCollection(n)))).flat() as unknown as EntryLike[];
  const ids = new Set(all.map((e) => `${e.collection}/${e.id}`));
  const broken = findBrokenReferences(all, (c, id) => ids.has(`${c}/${id}`));
  if (broken.length) throw new Error(`Broken references in content:\n${describeBrokenReferences(broken)}`);
  const instruments = (await getCollection('assessments')).map((a) => ({ id: a.id, items: a.data.sections.flatMap((s) => s.items.map((i) => i.id)) }));
  const mapping = new Map((await getCollection('focus')).map((f) => [f.id, f.data]));
  const problems = focusProblems(instruments, mapping);
  if (problems.length) throw new Error(`"Where to focus" does not match the self-assessments:\n${problems.join('\n')}`);
}
