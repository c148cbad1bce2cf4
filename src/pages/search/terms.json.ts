/**
 * The "Did you mean" list: every page's title, other names (aliases) and
 * headings, as lower case phrases. The search page loads it with its own code
 * and corrects typing mistakes from it (src/search/did-you-mean.ts).
 */
import { getCollection } from 'astro:content';
import { headingsOf, searchPhrases } from '../../search/did-you-mean';
import { collectionNames, type CollectionName } from '../../schemas/collection-names';

export async function GET() {
  const texts: string[] = [];
  // Every collection of pages: "Where to focus" is a mapping, not a page. The phrases are sorted, so the order is not theirs.
  for (const name of collectionNames.filter((n): n is Exclude<CollectionName, 'focus'> => n !== 'focus')) {
    for (const entry of await getCollection(name)) {
      const data = entry.data as { title: string; aliases?: string[] };
      texts.push(data.title, ...(data.aliases ?? []));
      if ('body' in entry && typeof entry.body === 'string') texts.push(...headingsOf(entry.body));
    }
  }
  return new Response(JSON.stringify(searchPhrases(texts)), { headers: { 'content-type': 'application/json' } });
}
