/**
 * Fails the build when a content file references an entry that does not exist,
 * when "Where to focus" does not match the self-assessments, or when a method
 * lists a general resource or a related method twice or itself. Run once per
 * build by run-once.ts, which the page layout imports.
 */
import { getCollection } from 'astro:content';
import { collectionNames } from '../../schemas/collections';
import { describeBrokenReferences, findBrokenReferences, type EntryLike } from './references';
import { focusProblems } from '../../assessments/results/focus';
import { generalGuidesOnMethods, relatedProblems, type MethodLinks } from '../../methods/method-guides';

export async function assertContentIntegrity(): Promise<void> {
  const all = (await Promise.all(collectionNames.map((n) => getCollection(n)))).flat() as unknown as EntryLike[];
  const ids = new Set(all.map((e) => `${e.collection}/${e.id}`));
  const broken = findBrokenReferences(all, (c, id) => ids.has(`${c}/${id}`));
  if (broken.length) throw new Error(`Broken references in content:\n${describeBrokenReferences(broken)}`);
  const instruments = (await getCollection('assessments')).map((a) => ({ id: a.id, items: a.data.sections.flatMap((s) => s.items.map((i) => i.id)) }));
  const mapping = new Map((await getCollection('focus')).map((f) => [f.id, f.data]));
  const problems = focusProblems(instruments, mapping);
  if (problems.length) throw new Error(`"Where to focus" does not match the self-assessments:\n${problems.join('\n')}`);
  const methods: MethodLinks[] = (await getCollection('methods')).map((m) => ({ id: m.id, guides: m.data.guides, related: m.data.related.map((r) => ({ method: r.method.id })) }));
  const general = generalGuidesOnMethods(methods, (await getCollection('resources')).map((r) => r.data.url));
  if (general.length) throw new Error(`A method's guides are for that method; general resources are listed once, on the resources page. Remove these from content/methods:\n${general.join('\n')}`);
  const related = relatedProblems(methods);
  if (related.length) throw new Error(`Related methods in content/methods:\n${related.join('\n')}`);
}
