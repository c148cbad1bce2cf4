/**
 * The "Did you mean" list: every page's title, other names (aliases) and
 * headings, as lower case phrases. The search page loads it with its own code
 * and corrects typing mistakes from it (src/search/did-you-mean.ts).
 */
import { getCollection } from 'astro:content';
import { headingsOf, searchPhrases } from '../../search/did-you-mean';

export async function GET() {
  const texts: string[] = [];
  const names = ['methods', 'training', 'faculties', 'posters', 'programmes', 'news', 'pages', 'resources', 'assessments'] as const;
  for (const name of names) {
    for (const entry of await getCollection(name)) {
      const data = entry.data as { title: string; aliases?: string[] };
      texts.push(data.title, ...(data.aliases ?? []));
      if ('body' in entry && typeof entry.body === 'string') texts.push(...headingsOf(entry.body));
    }
  }
  return new Response(JSON.stringify(searchPhrases(texts)), { headers: { 'content-type': 'application/json' } });
}
