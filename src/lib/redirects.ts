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

export const posterPath = (slug: string) => `/posters/${slug}/`;

/** One redirect per old slug, sorted by the old path so the output is stable. */
export function getRedirects(posters: readonly PosterLike[], base = '/'): Redirect[] {
  return posters
    .flatMap((p) =>
      (p.data.previousSlugs ?? [])
        .filter((old) => old !== p.data.slug)
        .map((old) => ({ from: withBase(posterPath(old), base), to: withBase(posterPath(p.data.slug), base), status: 301 as const })),
    )
    .sort((a, b) => a.from.localeCompare(b.from));
}
