/**
 * Redirects from old poster addresses to current ones, for the hosts' redirect
 * files (Netlify/Cloudflare `_redirects`, nginx, Azure `staticwebapp.config.json`).
 * The static site also writes an HTML redirect page at each old address, so a
 * host without a redirect file still sends people on.
 *
 * Pure: give it the poster entries (from `getCollection('posters')` or parsed
 * frontmatter) and the site's base path.
 */
import { withBase } from './url';

export interface Redirect {
  /** The old path, with the base path and a trailing slash: "/qi-hub/posters/old-slug/". */
  from: string;
  /** The current path, the same shape. */
  to: string;
  /** 301: the move is permanent, so search engines and bookmarks follow it. */
  status: 301;
}

interface PosterLike {
  data: { slug: string; previousSlugs?: readonly string[] | undefined };
}

/** A news item that was once published as a poster. */
interface NewsLike {
  id: string;
  data: { previousPosterSlugs?: readonly string[] | undefined };
}

export const posterPath = (slug: string) => `/posters/${slug}/`;
export const newsPath = (id: string) => `/news/${id}/`;

/**
 * One redirect per old slug, sorted by the old path so the output is stable:
 * a poster's old slugs go to the poster, and the poster slugs of a poster
 * that became a news item go to the news item.
 */
export function getRedirects(posters: readonly PosterLike[], base = '/', news: readonly NewsLike[] = []): Redirect[] {
  const moved = [
    ...posters.flatMap((p) => (p.data.previousSlugs ?? []).filter((old) => old !== p.data.slug).map((old) => [old, posterPath(p.data.slug)] as const)),
    ...news.flatMap((n) => (n.data.previousPosterSlugs ?? []).map((old) => [old, newsPath(n.id)] as const)),
  ];
  return moved
    .map(([old, to]) => ({ from: withBase(posterPath(old), base), to: withBase(to, base), status: 301 as const }))
    .sort((a, b) => a.from.localeCompare(b.from));
}
